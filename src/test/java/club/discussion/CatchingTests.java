package club.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import club.access.Access;
import club.access.GroupRole;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestGroups;
import club.support.TestMembers;
import club.support.Visitor;

/**
 * Contribution catching (a message or a thread copied into the wiki, credited and linked back),
 * links to meetings and wiki pages in messages, and a moved or hidden message staying consistent
 * in mails, digests and search.
 */
@ClubTest
class CatchingTests {

	@Autowired
	TestMembers members;

	@Autowired
	Access access;

	@Autowired
	ActivityLog activity;

	@Autowired
	Discussions discussions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestGroups groups;

	record Place(String slug, long groupId) {
	}

	Place group(Visitor admin, Visitor... others) {
		long[] ids = java.util.Arrays.stream(others).mapToLong(other -> members.accountId(other.email())).toArray();
		var group = groups.create("k", "Une ligne", members.accountId(admin.email()), ids);
		return new Place(group.slug(), group.id());
	}

	String wikiText(Place group, String pageSlug) {
		return jdbc.sql("""
				select r.body from wiki_revision r join wiki_page p on p.id = r.page_id
				where p.group_id = ? and p.slug = ? order by r.number desc limit 1""").params(group.groupId(), pageSlug).query(String.class).single();
	}

	@Test
	void aCuratorCatchesAMessageIntoANewWikiPageCreditedToItsAuthorWhoIsTold() {
		var awa = members.member("Awa Diop", "10.121.0.1");
		var binta = members.member("Binta Sow", "10.121.0.2");
		var chloe = members.member("Chloé Curatrice", "10.121.0.3");
		var outsider = members.member("Denis", "10.121.0.4");
		Place group = group(awa, binta, chloe);
		access.grant(group.groupId(), members.accountId(chloe.email()), GroupRole.CURATOR, clock.instant());
		long thread = DiscussionTests.id(awa.post("/g/" + group.slug() + "/discussion", "title", "Compost partagé", "body", "Qui sait faire ?"),
				"/threads/");
		long tip = DiscussionTests.id(binta.post("/threads/" + thread + "/messages", "body",
				"Trois bacs : **vert**, brun, mûr. On retourne *chaque semaine*."), "/messages/");

		assertThat(binta.get("/threads/" + thread)).as("a member who is not a curator is not offered it").bodyText()
			.doesNotContain("/messages/" + tip + "/catch");
		assertThat(binta.get("/messages/" + tip + "/catch")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(outsider.get("/messages/" + tip + "/catch")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(chloe.get("/threads/" + thread)).bodyText().contains("/messages/" + tip + "/catch").contains("/threads/" + thread + "/catch");
		assertThat(chloe.get("/messages/" + tip + "/catch")).hasStatusOk().bodyText().contains("value=\"Compost partagé\"")
			.contains("<strong>vert</strong>").contains("Binta Sow").contains("/messages/" + tip);

		assertThat(chloe.post("/messages/" + tip + "/catch", "target", "WIKI_PAGE", "title", "Accueil")).as("the home page exists")
			.hasStatusOk().bodyText().contains("Une page « Accueil » existe déjà");
		assertThat(chloe.post("/messages/" + tip + "/catch", "target", "", "title", "Compost")).hasStatusOk().bodyText()
			.contains("Choisissez où reprendre le texte.");
		assertThat(chloe.post("/messages/" + tip + "/catch?lang=en", "target", "WIKI_PAGE", "title", " ")).hasStatusOk().bodyText()
			.contains("Give the page a title");
		chloe.get("/?lang=fr");
		assertThat(jdbc.sql("select count(*) from discussion_catch where thread_id = ?").param(thread).query(Long.class).single())
			.as("nothing written").isZero();

		int mailsBefore = members.mailsTo(binta).size();
		assertThat(chloe.post("/messages/" + tip + "/catch", "target", "WIKI_PAGE", "title", "Compost partagé"))
			.hasRedirectedUrl("/g/" + group.slug() + "/wiki/compost-partage");
		String text = wikiText(group, "compost-partage");
		assertThat(text).startsWith("Trois bacs : **vert**, brun, mûr.").contains("Binta Sow").contains("(/messages/" + tip + ")")
			.contains("Compost partagé");
		assertThat(awa.get("/g/" + group.slug() + "/wiki/compost-partage")).bodyText().contains("<strong>vert</strong>")
			.contains("href=\"/messages/" + tip + "\"").contains("Chloé Curatrice");
		assertThat(members.mailsTo(binta)).hasSize(mailsBefore + 1).last().asString()
			.startsWith("Votre contribution est reprise : Compost partagé").contains("Chloé Curatrice")
			.contains("/g/" + group.slug() + "/wiki/compost-partage");
		assertThat(activity.since(group.groupId(), Instant.EPOCH)).filteredOn(event -> event.kind() == ActivityKind.WIKI_PAGE_EDITED)
			.anyMatch(event -> event.actorId() == members.accountId(chloe.email()));
		assertThat(awa.get("/threads/" + thread)).bodyText().contains("Repris dans :")
			.contains("<a href=\"/g/" + group.slug() + "/wiki/compost-partage\">Compost partagé</a>");
	}

	@Test
	void aWholeThreadGoesIntoASectionOfAPageWithoutItsHiddenMessagesAndWithItsFormerMembers() {
		var awa = members.member("Awa", "10.121.1.1");
		var binta = members.member("Binta Partante", "10.121.1.2");
		Place group = group(awa, binta);
		long thread = DiscussionTests.id(awa.post("/g/" + group.slug() + "/discussion", "title", "Ressources énergie", "body",
				"Le guide de l’ADEME est très clair."), "/threads/");
		DiscussionTests.id(binta.post("/threads/" + thread + "/messages", "body", "Et la carte des installateurs."), "/messages/");
		long rude = DiscussionTests.id(awa.post("/threads/" + thread + "/messages", "body", "Un mot de trop"), "/messages/");
		awa.post("/messages/" + rude + "/hide", "hidden", "true", "reason", "Hors sujet");
		binta.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true");

		assertThat(awa.get("/messages/" + rude + "/catch")).as("a hidden message is not caught").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(awa.get("/g/" + group.slug() + "/wiki")).hasStatusOk();
		assertThat(awa.post("/threads/" + thread + "/catch", "target", "WIKI_SECTION", "page", "", "heading", "Énergie")).bodyText()
			.contains("Choisissez la page où ajouter la section.");
		assertThat(awa.post("/threads/" + thread + "/catch", "target", "WIKI_SECTION", "page", "ressources", "heading", "Énergie"))
			.hasRedirectedUrl("/g/" + group.slug() + "/wiki/ressources");
		String text = wikiText(group, "ressources");
		assertThat(text).contains("## Énergie").contains("Le guide de l’ADEME est très clair.").contains("**Ancien membre**")
			.contains("Et la carte des installateurs.").doesNotContain("Un mot de trop").contains("(/threads/" + thread + ")");
		assertThat(text.indexOf("## Énergie")).as("added at the end, after the page's own text").isGreaterThan(0);
		assertThat(awa.get("/threads/" + thread)).bodyText().contains("Ce fil est repris dans :");
	}

	@Test
	void aMessageBecomesAMembersOnlyResourceCreditedToItsAuthorAndAddedByTheCurator() {
		var awa = members.member("Awa Organisatrice", "10.121.4.1");
		var binta = members.member("Binta Autrice", "10.121.4.2");
		var outsider = members.member("Denis", "10.121.4.3");
		Place group = group(awa, binta);
		long thread = DiscussionTests.id(awa.post("/g/" + group.slug() + "/discussion", "title", "Outils", "body", "Vos outils ?"), "/threads/");
		long tip = DiscussionTests.id(binta.post("/threads/" + thread + "/messages", "body", "Framacarte pour nos cartes, **simple**."),
				"/messages/");

		assertThat(awa.post("/messages/" + tip + "/catch", "target", "RESOURCE", "title", "")).hasStatusOk().bodyText()
			.contains("Indiquez le titre de la ressource");
		var caught = awa.post("/messages/" + tip + "/catch", "target", "RESOURCE", "title", "Framacarte");
		String path = caught.getResponse().getRedirectedUrl();
		assertThat(path).startsWith("/resources/");
		assertThat(binta.get(path)).bodyText().contains("Framacarte").contains("<strong>simple</strong>").contains("Binta Autrice")
			.contains("Awa Organisatrice").contains("/messages/" + tip);
		assertThat(outsider.get(path)).as("members only, as the discussion").hasStatus(HttpStatus.NOT_FOUND);
		assertThat(activity.since(group.groupId(), Instant.EPOCH)).anyMatch(event -> event.kind() == ActivityKind.RESOURCE_ADDED);
		assertThat(members.mailsTo(binta)).last().asString().startsWith("Votre contribution est reprise : Framacarte");
		assertThat(awa.get("/threads/" + thread)).bodyText().contains("<a href=\"" + path + "\">Framacarte</a>");
	}

	@Test
	void aMessageLinksToAMeetingWhichIsPreviewedAndToWikiPagesByTheirNames() throws Exception {
		var awa = members.member("Awa", "10.121.2.1");
		var binta = members.member("Binta", "10.121.2.2");
		Place group = group(awa, binta);
		Place other = group(awa);
		var start = LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Paris"))).plusDays(10).withHour(18).withMinute(0).withSecond(0).withNano(0);
		long meeting = meetingId(awa.post("/g/" + group.slug() + "/meetings", "title", "Atelier compost", "starts", start.toString(), "ends",
				start.plusHours(2).toString(), "address", "Jardin partagé", "visibility", "MEMBERS"));
		long hidden = meetingId(awa.post("/g/" + other.slug() + "/meetings", "title", "Réunion secrète", "starts", start.toString(), "ends",
				start.plusHours(2).toString(), "address", "Ailleurs", "visibility", "MEMBERS"));
		awa.get("/g/" + group.slug() + "/wiki");

		long thread = DiscussionTests.id(awa.post("/g/" + group.slug() + "/discussion", "title", "On se voit ?", "body",
				"Venez à /meetings/" + meeting + " et à http://localhost:8080/meetings/" + hidden
						+ ", mais pas à https://ailleurs.example/meetings/" + meeting + ". Lisez [[Charte]] et [[Idées futures]]."),
				"/threads/");
		String page = binta.get("/threads/" + thread).getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("class=\"link-preview\"").contains("<strong>Atelier compost</strong>").contains("Jardin partagé")
			.doesNotContain("Réunion secrète").contains("href=\"/g/" + group.slug() + "/wiki/charte\"")
			.contains("href=\"/g/" + group.slug() + "/wiki/idees-futures/edit?title&#61;Id%C3%A9es&#43;futures\"").contains("(à créer)");
		assertThat(page.split("class=\"link-preview\"", -1)).as("one preview: the other site's link and the hidden meeting show none")
			.hasSize(2);
	}

	private static long meetingId(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/meetings/");
		return Long.parseLong(location.substring("/meetings/".length()).replaceAll("\\D.*", ""));
	}

	@Test
	void aMovedThreadAndAHiddenMessageStayConsistentInMailsDigestsAndSearch() {
		var awa = members.member("Awa", "10.121.3.1");
		var binta = members.member("Binta", "10.121.3.2");
		var chloe = members.member("Chloé", "10.121.3.3");
		Place group = group(awa, binta, chloe);
		Place other = group(awa, chloe);
		long thread = DiscussionTests.id(binta.post("/g/" + group.slug() + "/discussion", "title", "Sujet baladeur", "body",
				"Parlons tournesols"), "/threads/");
		chloe.post("/g/" + group.slug() + "/discussion/pace", "pace", "DAILY", "wholeGroup", "true");
		chloe.post("/g/" + other.slug() + "/discussion/pace", "pace", "DAILY", "wholeGroup", "true");
		long hidden = DiscussionTests.id(awa.post("/threads/" + thread + "/messages", "body", "Coquelicots confidentiels"), "/messages/");
		awa.post("/messages/" + hidden + "/hide", "hidden", "true", "reason", "Privé");

		awa.post("/threads/" + thread + "/move", "group", other.slug());
		int bintaBefore = members.mailsTo(binta).size();
		awa.post("/threads/" + thread + "/messages", "body", "Tournesols déplacés");
		assertThat(members.mailsTo(binta)).as("binta followed it but is not in the other group").hasSize(bintaBefore);
		assertThat(binta.get("/messages/" + hidden)).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(awa.get("/g/" + group.slug() + "/discussion/search?q=tournesols")).bodyText().doesNotContain("Sujet baladeur");
		assertThat(awa.get("/g/" + other.slug() + "/discussion/search?q=tournesols")).bodyText().contains("Sujet baladeur")
			.contains("Tournesols déplacés");
		assertThat(awa.get("/g/" + other.slug() + "/discussion/search?q=coquelicots")).bodyText().doesNotContain("Coquelicots");

		var paris = ZoneId.of("Europe/Paris");
		var tomorrow = clock.instant().atZone(paris).toLocalDate().plusDays(1).atTime(7, 30).atZone(paris).toInstant();
		clock.advance(Duration.between(clock.instant(), tomorrow));
		int chloeBefore = members.mailsTo(chloe).size();
		discussions.sendDigests(paris);
		assertThat(members.mailsTo(chloe)).hasSize(chloeBefore + 1).last().asString().contains("Sujet baladeur (2)")
			.doesNotContain("Coquelicots");
	}
}
