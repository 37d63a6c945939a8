package club.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.activity.ActivityEvent;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.GroupDirectory;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestImages;
import club.support.TestMembers;
import club.support.Visitor;
import club.support.Xss;

/** A group's news channel: publishing at once, drafts, scheduled posts, pictures, who may do what, and what the pages show. */
@ClubTest
class NewsTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	ActivityLog activity;

	@Autowired
	GroupDirectory directory;

	@Autowired
	News news;

	@Autowired
	JdbcClient jdbc;

	static String group(Visitor admin, String... keywords) {
		String slug = "n-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE",
				"keywords", String.join(", ", keywords));
		return slug;
	}

	/** Writes a post through the form; its id. */
	static long post(Visitor editor, String slug, String title, String body, String audience, String publication, String... more) {
		var params = new java.util.ArrayList<>(List.of("title", title, "body", body, "audience", audience, "publication", publication));
		params.addAll(List.of(more));
		var written = editor.post("/g/" + slug + "/news", params.toArray(String[]::new));
		assertThat(written).as("post written").hasStatus(HttpStatus.FOUND);
		return id(written);
	}

	static long id(MvcTestResult result) {
		return Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	/**
	 * A date-time of the form's field, that many days from today at that hour in Paris: an hour
	 * every day has, wherever the shared clock stands (a spring change included).
	 */
	static String day(MutableClock clock, int days, int hour) {
		return LocalDateTime.now(clock.withZone(PARIS)).plusDays(days).withHour(hour).withMinute(0).withSecond(0).withNano(0).toString();
	}

	List<ActivityEvent> published(String slug) {
		return activity.since(directory.find(slug).orElseThrow().id(), Instant.EPOCH).stream()
			.filter(event -> event.kind() == ActivityKind.NEWS_PUBLISHED)
			.toList();
	}

	long postCount(String slug) {
		return jdbc.sql("select count(*) from news_post where group_id = ?").param(directory.find(slug).orElseThrow().id()).query(Long.class)
			.single();
	}

	@Test
	void editorsPublishAtOnceKeepDraftsOrScheduleAndTheTaskPublishesAScheduledPostOnceItsTimeHasCome() {
		var admin = members.member("Awa", "10.130.0.1");
		String slug = group(admin);
		var anyone = new Visitor(mvc, "10.130.0.9");

		long now = post(admin, slug, "Atelier ouvert samedi", "Venez **nombreux**.", "PUBLIC", "NOW");
		assertThat(anyone.get("/news/" + now)).hasStatusOk().bodyText().contains("Atelier ouvert samedi").contains("<strong>nombreux</strong>")
			.contains("par Awa");
		assertThat(anyone.get("/g/" + slug + "/news")).bodyText().contains("Atelier ouvert samedi");

		long draft = post(admin, slug, "Bilan à compléter", "Brouillon", "PUBLIC", "DRAFT");
		long scheduled = post(admin, slug, "Annonce de la fête", "Bientôt", "PUBLIC", "SCHEDULE", "publishAt", day(clock, 1, 18));
		assertThat(anyone.get("/news/" + draft)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(anyone.get("/news/" + scheduled)).hasStatus(HttpStatus.NOT_FOUND);
		var member = members.member("Binta", "10.130.0.2");
		member.post("/g/" + slug + "/join");
		assertThat(member.get("/news/" + draft)).as("members who do not edit do not see drafts either").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(member.get("/g/" + slug + "/news")).bodyText().contains("Atelier ouvert samedi").doesNotContain("Bilan à compléter")
			.doesNotContain("Annonce de la fête");
		assertThat(admin.get("/g/" + slug + "/news")).bodyText().contains("Brouillons et nouvelles programmées").contains("Bilan à compléter")
			.contains("Annonce de la fête");
		assertThat(admin.get("/news/" + draft)).hasStatusOk().bodyText().contains("Brouillon");

		news.publishDue();
		assertThat(anyone.get("/news/" + scheduled)).as("not before its time").hasStatus(HttpStatus.NOT_FOUND);
		clock.advance(Duration.ofDays(2));
		assertThat(news.publishDue()).isGreaterThanOrEqualTo(1);
		news.publishDue();
		assertThat(anyone.get("/news/" + scheduled)).hasStatusOk().bodyText().contains("Annonce de la fête");
		assertThat(published(slug)).extracting(ActivityEvent::subjectId).containsExactlyInAnyOrder(now, scheduled);
		assertThat(published(slug)).extracting(ActivityEvent::actorId).containsOnly(members.accountId(admin.email()));

		assertThat(admin.post("/news/" + draft + "/edit", "title", "Bilan de l’année", "body", "Complet", "audience", "PUBLIC", "publication",
				"NOW")).hasRedirectedUrl("/news/" + draft);
		assertThat(anyone.get("/news/" + draft)).hasStatusOk().bodyText().contains("Bilan de l’année");
		assertThat(published(slug)).hasSize(3);
	}

	@Test
	void anEditorFixesAPublishedPostOrDeletesItAndOthersMayNot() {
		var admin = members.member("Awa", "10.130.1.1");
		String slug = group(admin);
		long post = post(admin, slug, "Rencontre le 12", "Au 127°", "PUBLIC", "NOW");
		var member = members.member("Binta", "10.130.1.2");
		member.post("/g/" + slug + "/join");

		assertThat(member.get("/g/" + slug + "/news/new")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.post("/g/" + slug + "/news", "title", "Pirate", "body", "Non", "audience", "PUBLIC", "publication", "NOW"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.post("/news/" + post + "/edit", "title", "Pirate", "body", "Non", "audience", "PUBLIC"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.post("/news/" + post + "/delete")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(new Visitor(mvc, "10.130.1.9").post("/news/" + post + "/delete")).hasRedirectedUrl("/login");

		assertThat(admin.post("/news/" + post + "/edit", "title", "Rencontre le 13", "body", "Au 127°, finalement", "audience", "PUBLIC"))
			.hasRedirectedUrl("/news/" + post);
		assertThat(member.get("/news/" + post)).bodyText().contains("Rencontre le 13").contains("finalement");
		assertThat(published(slug)).as("a fix is not a new publication").hasSize(1);

		// A news editor who is neither admin nor leader publishes too.
		var editor = members.member("Chloé", "10.130.1.3");
		editor.post("/g/" + slug + "/join");
		admin.post("/g/" + slug + "/members/roles", "member", Long.toString(members.accountId(editor.email())), "role", "NEWS_EDITOR");
		long byEditor = post(editor, slug, "Le mot de la rédaction", "Bonjour", "PUBLIC", "NOW");
		assertThat(member.get("/news/" + byEditor)).hasStatusOk();

		assertThat(admin.post("/news/" + post + "/delete")).hasRedirectedUrl("/g/" + slug + "/news");
		assertThat(member.get("/news/" + post)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(member.get("/g/" + slug + "/news")).bodyText().doesNotContain("Rencontre le 13");
	}

	@Test
	void badInputIsRefusedNextToEachFieldInFrenchAndInEnglishAndNothingIsWritten() {
		var admin = members.member("Awa", "10.130.2.1");
		String slug = group(admin);
		var refused = admin.post("/g/" + slug + "/news", "title", " ", "body", "x".repeat(NewsForm.MAX_BODY + 1), "audience", "PUBLIC",
				"publication", "SCHEDULE", "publishAt", day(clock, -1, 18));
		assertThat(refused).hasStatusOk();
		String page = body(refused);
		assertThat(page).contains("Indiquez le titre de la nouvelle (120 caractères au plus).").contains("Le texte dépasse 50")
			.contains("La date de publication doit être à venir.");
		assertThat(page).containsPattern("id=\"title-error\"").containsPattern("id=\"body-error\"").containsPattern("id=\"publishAt-error\"");
		assertThat(page).as("what was typed comes back").contains("xxxxxxxxxx");
		assertThat(body(admin.post("/g/" + slug + "/news", "title", "t".repeat(121), "body", "Texte", "audience", "PUBLIC", "publication",
				"SCHEDULE", "publishAt", "demain"))).contains("Indiquez le titre").contains("Indiquez une date et une heure.");

		var english = admin.post("/g/" + slug + "/news?lang=en", "title", "", "body", "", "audience", "PUBLIC", "publication", "SCHEDULE",
				"publishAt", day(clock, -1, 18));
		assertThat(english).bodyText().contains("Give the post’s title (120 characters at most).").contains("Write the post’s text.")
			.contains("The publication date must be in the future.");
		assertThat(postCount(slug)).isZero();
		assertThat(published(slug)).isEmpty();
	}

	@Test
	void aPictureIsReencodedToItsFrameKeptWhenTheFormComesBackAndABadOneIsRefusedNextToItsField() throws Exception {
		var admin = members.member("Awa", "10.130.3.1");
		String slug = group(admin);
		var refused = admin.upload("/g/" + slug + "/news", new MockMultipartFile("image", "a.png", "image/png", "pas une image".getBytes()),
				"title", "Avec une image", "body", "Texte", "audience", "PUBLIC", "publication", "NOW");
		assertThat(refused).hasStatusOk().bodyText().contains("Ce fichier n’est pas une image JPEG, PNG ou WebP.").contains("id=\"image-error\"");

		var titleMissing = admin.upload("/g/" + slug + "/news", TestImages.png("image", 1600, 1200), "title", "", "body", "Texte", "audience",
				"PUBLIC", "publication", "NOW");
		var kept = Pattern.compile("name=\"keptImage\" value=\"([A-Za-z0-9+/=]+)\"").matcher(body(titleMissing));
		assertThat(kept.find()).as("the picture chosen is kept while the title is fixed").isTrue();
		assertThat(postCount(slug)).isZero();

		long post = id(admin.post("/g/" + slug + "/news", "title", "Avec une image", "body", "Texte", "audience", "PUBLIC", "publication",
				"NOW", "keptImage", kept.group(1)));
		var anyone = new Visitor(mvc, "10.130.3.9");
		var page = body(anyone.get("/news/" + post));
		var src = Pattern.compile("src=\"(/news/" + post + "/image\\.jpg\\?v=\\d+)\"").matcher(page);
		assertThat(src.find()).isTrue();
		var served = anyone.get(src.group(1));
		assertThat(served).hasStatusOk().hasContentType("image/jpeg");
		assertThat(served.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
		BufferedImage picture = ImageIO.read(new ByteArrayInputStream(served.getResponse().getContentAsByteArray()));
		assertThat(picture.getWidth()).isEqualTo(1200);
		assertThat(picture.getHeight()).isEqualTo(630);

		assertThat(admin.post("/news/" + post + "/edit", "title", "Sans image", "body", "Texte", "audience", "PUBLIC", "removeImage", "true"))
			.hasRedirectedUrl("/news/" + post);
		assertThat(anyone.get("/news/" + post + "/image.jpg")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aMembersOnlyPostIsShownToTheGroupsMembersOnly() {
		var admin = members.member("Awa", "10.130.4.1");
		String slug = group(admin);
		long post = post(admin, slug, "Réservé aux membres", "Entre nous", "MEMBERS", "NOW");
		var member = members.member("Binta", "10.130.4.2");
		member.post("/g/" + slug + "/join");
		var stranger = members.member("Dan", "10.130.4.3");
		var anyone = new Visitor(mvc, "10.130.4.9");
		assertThat(member.get("/news/" + post)).hasStatusOk().bodyText().contains("Entre nous");
		assertThat(member.get("/g/" + slug)).bodyText().contains("Réservé aux membres");
		assertThat(stranger.get("/news/" + post)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(anyone.get("/news/" + post)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(anyone.get("/g/" + slug)).bodyText().doesNotContain("Réservé aux membres");
		assertThat(anyone.get("/g/" + slug + "/news")).bodyText().doesNotContain("Réservé aux membres");
	}

	@Test
	void theGroupPageShowsItsThreeLatestPostsAndAdvertisesItsFeeds() {
		var admin = members.member("Awa", "10.130.5.1");
		String slug = group(admin);
		var anyone = new Visitor(mvc, "10.130.5.9");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("Dernières nouvelles").contains("Aucune nouvelle publiée")
			.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"Nouvelles (RSS)\" href=\"/g/" + slug + "/news.rss\">")
			.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Nouvelles (Atom)\" href=\"/g/" + slug + "/news.atom\">");
		for (int i = 1; i <= 4; i++) {
			post(admin, slug, "Nouvelle numéro " + i, "Texte " + i, "PUBLIC", "NOW");
			clock.advance(Duration.ofMinutes(1));
		}
		post(admin, slug, "Brouillon caché", "Texte", "PUBLIC", "DRAFT");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("Nouvelle numéro 4").contains("Nouvelle numéro 3").contains("Nouvelle numéro 2")
			.doesNotContain("Nouvelle numéro 1").doesNotContain("Brouillon caché").contains("href=\"/g/" + slug + "/news\"");
	}

	@Test
	void theChannelIsPaginated() {
		var admin = members.member("Awa", "10.130.6.1");
		String slug = group(admin);
		for (int i = 1; i <= News.PAGE_SIZE + 2; i++) {
			post(admin, slug, "Billet " + i + ".", "Texte", "PUBLIC", "NOW");
			clock.advance(Duration.ofSeconds(10));
		}
		var anyone = new Visitor(mvc, "10.130.6.9");
		assertThat(anyone.get("/g/" + slug + "/news")).bodyText().contains("Billet 22.").contains("Billet 3.").doesNotContain("Billet 2.")
			.contains("Page 1 sur 2");
		assertThat(anyone.get("/g/" + slug + "/news?page=2")).bodyText().contains("Billet 2.").contains("Billet 1.").doesNotContain("Billet 3.");
	}

	@Test
	void anEcosystemAggregatesThePublicNewsOfItsGroups() {
		var platformAdmin = members.admin("10.130.7.8");
		String keyword = "nx" + UUID.randomUUID().toString().substring(0, 6);
		platformAdmin.post("/ecosystems", "keyword", keyword, "name", "Réseau " + keyword, "charter", "Règle");
		var admin = members.member("Awa", "10.130.7.1");
		String first = group(admin, keyword);
		String second = group(admin, keyword);
		String outside = group(admin);
		post(admin, first, "Du premier groupe", "Texte", "PUBLIC", "NOW");
		post(admin, second, "Du second groupe", "Texte", "PUBLIC", "NOW");
		post(admin, second, "Interne au second", "Texte", "MEMBERS", "NOW");
		post(admin, outside, "D’un groupe hors écosystème", "Texte", "PUBLIC", "NOW");
		var anyone = new Visitor(mvc, "10.130.7.9");
		assertThat(anyone.get("/e/" + keyword + "/news")).hasStatusOk().bodyText().contains("Du premier groupe").contains("Du second groupe")
			.contains("Groupe " + first).doesNotContain("Interne au second").doesNotContain("hors écosystème");
		assertThat(anyone.get("/e/" + keyword)).bodyText().contains("Dernières nouvelles").contains("Du second groupe")
			.contains("href=\"/e/" + keyword + "/news.rss\"").contains("href=\"/e/" + keyword + "/news.atom\"");
		assertThat(anyone.get("/e/inconnu-" + keyword + "/news")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void markdownInPostsIsSanitized() throws Exception {
		var admin = members.member("Awa", "10.130.8.1");
		String slug = group(admin);
		var anyone = new Visitor(mvc, "10.130.8.9");
		List<String> payloads = Xss.payloads();
		for (int i = 0; i < payloads.size(); i += 25) {
			String payload = String.join("\n\n", payloads.subList(i, Math.min(payloads.size(), i + 25)));
			long post = post(admin, slug, "Essai " + i, payload, "PUBLIC", "NOW");
			Xss.assertInert(body(anyone.get("/news/" + post)), "/news/" + post);
		}
		Xss.assertInert(body(anyone.get("/g/" + slug + "/news")), "/g/" + slug + "/news");
	}

	@Test
	void anEditorsPostsAndPacesAreInTheirDataAndTheirPostsStayUnsignedWhenTheirAccountGoes() {
		var admin = members.member("Awa", "10.130.10.1");
		String slug = group(admin);
		long post = post(admin, slug, "Écrit par Awa", "Texte", "PUBLIC", "NOW");
		admin.post("/g/" + slug + "/news/pace", "pace", "EACH");
		var export = admin.get("/profile/export");
		assertThat(export).bodyJson().extractingPath("$.news.written[0].title").isEqualTo("Écrit par Awa");
		assertThat(export).bodyJson().extractingPath("$.news.paceByGroup['" + directory.find(slug).orElseThrow().id() + "']").isEqualTo("EACH");

		assertThat(admin.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true")).hasRedirectedUrl("/");
		var anyone = new Visitor(mvc, "10.130.10.9");
		assertThat(anyone.get("/news/" + post)).hasStatusOk().bodyText().contains("Écrit par Awa").doesNotContain("par Awa</span>");
		assertThat(jdbc.sql("select count(*) from news_pace where group_id = ?").param(directory.find(slug).orElseThrow().id())
			.query(Long.class).single()).isZero();
	}

	@Test
	void aPollClosedOnADateIsAnnouncedOnceInTheGroupsNewsForItsMembers() {
		var admin = members.member("Awa", "10.130.9.1");
		String slug = group(admin);
		var member = members.member("Binta", "10.130.9.2");
		member.post("/g/" + slug + "/join");
		String deadline = day(clock, 2, 12);
		String date = LocalDateTime.parse(day(clock, 5, 18)).withMinute(30).toString();
		long poll = id(admin.post("/g/" + slug + "/polls", "title", "Atelier de décembre", "place", "https://visio.example.org/d", "duration",
				"90", "deadline", deadline, "option", date));
		long option = Long.parseLong(Pattern.compile("name=\"answer-(\\d+)\"").matcher(body(admin.get("/polls/" + poll))).results()
			.findFirst().orElseThrow().group(1));
		assertThat(admin.post("/polls/" + poll + "/close", "option", Long.toString(option))).hasRedirectedUrl("/polls/" + poll);
		admin.post("/polls/" + poll + "/close", "option", Long.toString(option));

		var announcements = jdbc.sql("select id, title, body, visibility from news_post where group_id = ?")
			.param(directory.find(slug).orElseThrow().id())
			.query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		assertThat(announcements).as("exactly one, even when closing twice").hasSize(1);
		List<String> announcement = announcements.getFirst();
		assertThat(announcement.get(1)).startsWith("Prochaine rencontre : Atelier de décembre le ").endsWith(" à 18:30");
		assertThat(announcement.get(2)).containsPattern("http://club\\.test/meetings/\\d+");
		assertThat(announcement.get(3)).as("members only, as the meeting").isEqualTo("MEMBERS");
		assertThat(member.get("/news/" + announcement.get(0))).hasStatusOk().bodyText().contains("Atelier de décembre");
		assertThat(new Visitor(mvc, "10.130.9.9").get("/news/" + announcement.get(0))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(published(slug)).extracting(ActivityEvent::subjectId).containsExactly(Long.parseLong(announcement.get(0)));

		// A poll's title may be as long as a post's: the announcement shortens it, never the date.
		long longPoll = id(admin.post("/g/" + slug + "/polls", "title", "Très longue rencontre ".repeat(5).strip(), "place", "Au jardin",
				"duration", "60", "deadline", deadline, "option", date));
		long longOption = Long.parseLong(Pattern.compile("name=\"answer-(\\d+)\"").matcher(body(admin.get("/polls/" + longPoll))).results()
			.findFirst().orElseThrow().group(1));
		admin.post("/polls/" + longPoll + "/close", "option", Long.toString(longOption));
		String longTitle = jdbc.sql("select title from news_post where group_id = ? order by id desc limit 1")
			.param(directory.find(slug).orElseThrow().id()).query(String.class).single();
		assertThat(longTitle).hasSizeLessThanOrEqualTo(NewsForm.MAX_TITLE).startsWith("Prochaine rencontre : Très longue").contains("… le ")
			.endsWith(" à 18:30");
	}
}
