package club.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.access.Access;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;
import club.support.Xss;

/** A group's discussion: threads and replies among members, following, mentions, quotes, pages, moderation. */
@ClubTest
class DiscussionTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	Access access;

	@Autowired
	ActivityLog activity;

	@Autowired
	DiscussionRepository repository;

	@Autowired
	Discussions discussions;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	record Place(String slug, long groupId) {
	}

	Place group(Visitor admin, Visitor... others) {
		String slug = "d-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Une ligne", "type", "THEMATIC", "slug", slug, "activity", "ACTIVE");
		long id = jdbc.sql("select id from group_record where slug = ?").param(slug).query(Long.class).single();
		for (Visitor other : others) {
			access.addMember(id, members.accountId(other.email()), clock.instant());
		}
		return new Place(slug, id);
	}

	static long id(MvcTestResult result, String prefix) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith(prefix);
		return Long.parseLong(location.substring(prefix.length()).replaceAll("\\D.*", ""));
	}

	@Test
	void membersTalkInThreadsFollowThemAndAreToldWhenMentionedWhileOthersSeeNothing() {
		var awa = members.member("Awa Diop", "10.120.0.1");
		var binta = members.member("Binta Sow", "10.120.0.2");
		var chloe = members.member("Chloé Martin", "10.120.0.3");
		var outsider = members.member("Denis", "10.120.0.4");
		Place group = group(awa, binta, chloe);

		long thread = id(awa.post("/g/" + group.slug() + "/discussion", "title", "Prochain atelier", "body", "Qui vient **jeudi** ?"),
				"/threads/");
		long reply = id(binta.post("/threads/" + thread + "/messages", "body", "Moi ! Et @chloe, tu viens ?"), "/messages/");
		assertThat(members.mailsTo(awa)).last().asString().startsWith("Nouveau message de Binta Sow : Prochain atelier")
			.contains("/messages/" + reply);
		assertThat(members.mailsTo(chloe)).last().asString().startsWith("Binta Sow vous mentionne : Prochain atelier");
		assertThat(members.mailsTo(binta)).noneMatch(mail -> mail.contains("Prochain atelier"));

		assertThat(chloe.get("/messages/" + reply)).hasRedirectedUrl("/threads/" + thread + "?page=1#m" + reply);
		var page = chloe.get("/threads/" + thread);
		assertThat(page).bodyText().contains("<strong>jeudi</strong>").contains("Awa Diop").contains("Binta Sow")
			.containsPattern("<a href=\"/people/[0-9a-f-]+\"[^>]*>&#64;chloe</a>");
		assertThat(chloe.get("/threads/" + thread + "?quote=" + reply)).bodyText().contains("&gt; **Binta Sow** — [message](/messages/" + reply + ")")
			.contains("&gt; Moi ! Et @chloe, tu viens ?");
		assertThat(awa.get("/g/" + group.slug() + "/discussion")).bodyText().contains("Prochain atelier").contains("2 messages");

		assertThat(outsider.get("/g/" + group.slug() + "/discussion")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(outsider.get("/threads/" + thread)).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(outsider.post("/threads/" + thread + "/messages", "body", "Intrus")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(new Visitor(mvc, "10.120.0.9").get("/g/" + group.slug() + "/discussion")).hasStatus(HttpStatus.FOUND);
		assertThat(activity.since(group.groupId(), Instant.EPOCH)).filteredOn(event -> event.kind() == ActivityKind.DISCUSSION_MESSAGE_POSTED)
			.hasSize(2).allMatch(event -> event.subjectId() == thread, "about the thread");

		awa.post("/threads/" + thread + "/follow", "follow", "false");
		int before = members.mailsTo(awa).size();
		chloe.post("/threads/" + thread + "/messages", "body", "Oui, j’apporte les kits.");
		assertThat(members.mailsTo(awa)).as("no longer following").hasSize(before);
		assertThat(members.mailsTo(binta)).last().asString().startsWith("Nouveau message de Chloé Martin");
	}

	@Test
	void eachMemberChoosesTheirPaceEachMessageADailyDigestOrNothingButMentions() {
		var awa = members.member("Awa", "10.120.7.1");
		var binta = members.member("Binta", "10.120.7.2");
		var chloe = members.member("Chloé", "10.120.7.3");
		Place group = group(awa, binta, chloe);
		assertThat(binta.post("/g/" + group.slug() + "/discussion/pace", "pace", "DAILY", "wholeGroup", "true"))
			.hasRedirectedUrl("/g/" + group.slug() + "/discussion");
		chloe.post("/g/" + group.slug() + "/discussion/pace", "pace", "NONE");
		assertThat(binta.get("/g/" + group.slug() + "/discussion")).bodyText().contains("value=\"DAILY\" checked");

		int bintaBefore = members.mailsTo(binta).size();
		long thread = id(awa.post("/g/" + group.slug() + "/discussion", "title", "Fête de fin d’année", "body", "Qui organise ?"), "/threads/");
		chloe.post("/threads/" + thread + "/messages", "body", "Moi, avec Awa.");
		awa.post("/threads/" + thread + "/messages", "body", "Parfait. @Chloé, on se voit lundi ?");
		assertThat(members.mailsTo(binta)).as("daily: nothing at once").hasSize(bintaBefore);
		assertThat(members.mailsTo(chloe)).as("none: only the mention").filteredOn(mail -> mail.contains("Fête de fin d’année")).hasSize(1)
			.first().asString().startsWith("Awa vous mentionne : Fête de fin d’année");

		var paris = java.time.ZoneId.of("Europe/Paris");
		var tomorrow = clock.instant().atZone(paris).toLocalDate().plusDays(1).atTime(7, 30).atZone(paris).toInstant();
		clock.advance(Duration.between(clock.instant(), tomorrow));
		discussions.sendDigests(paris);
		discussions.sendDigests(paris);
		assertThat(members.mailsTo(binta)).filteredOn(mail -> mail.contains("Fête de fin d’année (3)")).hasSize(1);
		assertThat(members.mailsTo(binta)).last().asString().contains("3 nouveaux messages");
		assertThat(members.mailsTo(awa)).noneMatch(mail -> mail.contains("nouveaux messages"));
	}

	@Test
	void aLongThreadIsReadPageByPageAndAMessageLinkOpensItsPage() {
		var awa = members.member("Awa", "10.120.1.1");
		Place group = group(awa);
		long thread = id(awa.post("/g/" + group.slug() + "/discussion", "title", "Long fil", "body", "Message 1"), "/threads/");
		long awaId = members.accountId(awa.email());
		long last = 0;
		for (int i = 2; i <= 120; i++) {
			last = repository.append(thread, group.groupId(), awaId, "Message " + i, "message " + i, clock.instant());
		}
		assertThat(awa.get("/threads/" + thread + "?page=3")).bodyText().contains("Message 101").contains("Message 120")
			.doesNotContain("Message 100<").contains("Page 3 sur 3");
		assertThat(awa.get("/messages/" + last)).hasRedirectedUrl("/threads/" + thread + "?page=3#m" + last);
		assertThat(awa.get("/threads/" + thread)).bodyText().contains("Message 50").doesNotContain("Message 51<");
	}

	@Test
	void moderatorsDecideOnReportsHideLockPinAndMoveAndEveryActionIsLogged() throws Exception {
		var admin = members.member("Awa", "10.120.2.1");
		var binta = members.member("Binta", "10.120.2.2");
		var chloe = members.member("Chloé", "10.120.2.3");
		Place group = group(admin, binta, chloe);
		Place other = group(admin);
		long thread = id(binta.post("/g/" + group.slug() + "/discussion", "title", "Débat", "body", "Un avis tranché"), "/threads/");
		long rude = id(binta.post("/threads/" + thread + "/messages", "body", "Propos injurieux"), "/messages/");

		assertThat(chloe.post("/messages/" + rude + "/report", "reason", "")).hasRedirectedUrl("/messages/" + rude);
		chloe.post("/messages/" + rude + "/report", "reason", "Insultant");
		assertThat(chloe.get("/g/" + group.slug() + "/moderation")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(chloe.post("/messages/" + rude + "/hide", "hidden", "true")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(admin.get("/g/" + group.slug() + "/moderation")).bodyText().contains("Insultant").contains("Propos injurieux")
			.contains("signalé par Chloé");
		long report = jdbc.sql("select id from discussion_report where message_id = ?").param(rude).query(Long.class).single();
		assertThat(admin.post("/reports/" + report + "/decide", "outcome", "HIDDEN")).hasRedirectedUrl("/g/" + group.slug() + "/moderation");
		assertThat(admin.get("/g/" + group.slug() + "/moderation")).bodyText().contains("Décision enregistrée.");
		assertThat(chloe.get("/threads/" + thread)).bodyText().contains("Message masqué par la modération.").doesNotContain("Propos injurieux");
		assertThat(admin.get("/threads/" + thread)).as("moderators still read it").bodyText().contains("Propos injurieux");
		assertThat(admin.post("/reports/" + report + "/decide", "outcome", "KEPT")).hasRedirectedUrl("/g/" + group.slug() + "/moderation");
		assertThat(admin.get("/g/" + group.slug() + "/moderation")).bodyText().contains("Message masqué").contains("Ce signalement a déjà été traité.");

		admin.post("/threads/" + thread + "/lock", "locked", "true");
		assertThat(binta.post("/threads/" + thread + "/messages", "body", "Encore un mot")).hasRedirectedUrl("/threads/" + thread);
		assertThat(jdbc.sql("select message_count from discussion_thread where id = ?").param(thread).query(Integer.class).single()).isEqualTo(2);
		admin.post("/threads/" + thread + "/pin", "pinned", "true");
		id(binta.post("/g/" + group.slug() + "/discussion", "title", "Plus récent", "body", "Un autre fil"), "/threads/");
		String list = binta.get("/g/" + group.slug() + "/discussion").getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(list.indexOf("Débat")).as("pinned first").isLessThan(list.indexOf("Plus récent"));

		assertThat(admin.post("/threads/" + thread + "/move", "group", "nulle-part")).hasRedirectedUrl("/threads/" + thread);
		admin.post("/threads/" + thread + "/move", "group", other.slug());
		assertThat(binta.get("/threads/" + thread)).as("binta is not a member of the other group").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(admin.get("/g/" + group.slug() + "/moderation")).bodyText().contains("Message masqué").contains("Fil fermé")
			.contains("Fil épinglé").contains("Fil déplacé").contains("→ " + other.slug());
	}

	@Test
	void badMessagesAreRefusedNextToTheirFieldAndMarkupIsMadeHarmless() throws Exception {
		var awa = members.member("Awa", "10.120.3.1");
		Place group = group(awa);
		assertThat(awa.post("/g/" + group.slug() + "/discussion", "title", "", "body", "")).hasStatusOk().bodyText()
			.contains("Indiquez le sujet du fil (160 caractères au plus).").contains("Écrivez votre message.");
		assertThat(awa.post("/g/" + group.slug() + "/discussion?lang=en", "title", "Trop long", "body", "x".repeat(20_001))).bodyText()
			.contains("A message has 20,000 characters at most; this one has 20,001.").contains("value=\"Trop long\"");
		assertThat(jdbc.sql("select count(*) from discussion_thread where group_id = ?").param(group.groupId()).query(Long.class).single())
			.as("nothing half-written").isZero();

		long thread = id(awa.post("/g/" + group.slug() + "/discussion", "title", "<script>alert('t')</script>", "body",
				"<script>alert(1)</script> <img src=x onerror=alert(2)> [clic](javascript:alert(3)) <a href=\"#\" onclick=\"alert(4)\">a</a>"),
				"/threads/");
		String html = awa.get("/threads/" + thread).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script>alert").doesNotContain("onerror=").doesNotContainPattern("href=\"\\s*javascript:")
			.doesNotContain("onclick=").contains("<h1>&lt;script&gt;alert('t')&lt;/script&gt;</h1>");
	}

	@Test
	void searchFindsMessagesHoldingEveryWordWhateverTheAccentsAndCaseButNotHiddenOnes() {
		var awa = members.member("Awa", "10.120.5.1");
		var outsider = members.member("Denis", "10.120.5.2");
		Place group = group(awa);
		long thread = id(awa.post("/g/" + group.slug() + "/discussion", "title", "Énergie solaire", "body", "Les panneaux photovoltaïques du village"),
				"/threads/");
		long other = id(awa.post("/threads/" + thread + "/messages", "body", "Réunion jeudi pour le village"), "/messages/");
		long secret = id(awa.post("/threads/" + thread + "/messages", "body", "Mot de passe du village : soleil"), "/messages/");
		awa.post("/messages/" + secret + "/hide", "hidden", "true", "reason", "Donnée privée");

		assertThat(awa.get("/g/" + group.slug() + "/discussion/search?q=energie")).bodyText().contains("Énergie solaire")
			.contains("/messages/").contains("Les panneaux photovoltaïques du village").doesNotContain("Réunion jeudi");
		assertThat(awa.get("/g/" + group.slug() + "/discussion/search?q=PHOTOVOLTAIQUES+Village")).bodyText()
			.contains("Les panneaux photovoltaïques").doesNotContain("Réunion jeudi");
		assertThat(awa.get("/g/" + group.slug() + "/discussion/search?q=village")).bodyText().contains("Réunion jeudi")
			.contains("/messages/" + other).doesNotContain("soleil");
		assertThat(awa.get("/g/" + group.slug() + "/discussion/search?q=introuvable")).bodyText()
			.contains("Aucun message ne contient tous ces mots.");
		assertThat(outsider.get("/g/" + group.slug() + "/discussion/search?q=village")).hasStatus(HttpStatus.FORBIDDEN);
	}

	/** Every payload as a message of its own, through the form, and the first ones as thread subjects too. */
	@Test
	void everyXssPayloadComesOutInertOnThreadListThreadPagesAndSearch() throws Exception {
		var awa = members.member("Awa", "10.120.6.1");
		Place group = group(awa);
		List<String> payloads = Xss.payloads();
		long thread = id(awa.post("/g/" + group.slug() + "/discussion", "title", "Charge utile", "body", "Début"), "/threads/");
		for (int i = 0; i < payloads.size(); i++) {
			if (i % 50 == 49) {
				clock.advance(Duration.ofHours(1));
			}
			assertThat(awa.post("/threads/" + thread + "/messages", "body", payloads.get(i))).as(payloads.get(i)).hasStatus(HttpStatus.FOUND);
		}
		for (String title : payloads.subList(0, 20)) {
			if (title.length() <= Discussions.MAX_TITLE) {
				awa.post("/g/" + group.slug() + "/discussion", "title", title, "body", title);
			}
		}
		var pages = new java.util.ArrayList<String>(List.of("/g/" + group.slug() + "/discussion",
				"/g/" + group.slug() + "/discussion/search?q=alert"));
		for (int page = 1; page <= (payloads.size() + 1) / Discussions.PAGE_SIZE + 1; page++) {
			pages.add("/threads/" + thread + "?page=" + page);
		}
		for (String path : pages) {
			Xss.assertInert(awa.get(path).getResponse().getContentAsString(StandardCharsets.UTF_8), path);
		}
	}

	@Test
	void aDeletedAccountsMessagesStayReadableSignedFormerMember() {
		var awa = members.member("Awa", "10.120.4.1");
		var binta = members.member("Binta Partante", "10.120.4.2");
		Place group = group(awa, binta);
		long thread = id(binta.post("/g/" + group.slug() + "/discussion", "title", "Au revoir", "body", "Mon dernier message"), "/threads/");
		assertThat(binta.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true")).hasRedirectedUrl("/");
		assertThat(awa.get("/threads/" + thread)).bodyText().contains("Mon dernier message").contains("Ancien membre")
			.doesNotContain("Binta Partante");
	}
}
