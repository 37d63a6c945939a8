package club.wiki;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.access.Access;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestMembers;
import club.support.Visitor;
import club.support.Xss;

/** A group's wiki: its preconfigured pages, internal links, revisions, diffs, restores, conflicts, who may edit, and bad input. */
@ClubTest
class WikiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	@Autowired
	GroupDirectory directory;

	@Autowired
	Access access;

	@Autowired
	ActivityLog activity;

	@Autowired
	Wiki wiki;

	@Autowired
	JdbcClient jdbc;

	/** A group its admin creates, with a description; its slug. */
	static String group(Visitor admin) {
		String slug = "w-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Des curieux qui partagent", "type", "THEMATIC", "slug", slug, "activity",
				"ACTIVE", "description", "Nous explorons **ensemble**.");
		return slug;
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	Group find(String slug) {
		return directory.find(slug).orElseThrow();
	}

	/** A member of the group (joined through the registry: how they joined is not the subject here). */
	Visitor memberOf(String slug, String name, String ip) {
		var member = members.member(name, ip);
		access.addMember(find(slug).id(), members.accountId(member.email()), clock.instant());
		return member;
	}

	long pageCount(String slug) {
		return jdbc.sql("select count(*) from wiki_page where group_id = ?").param(find(slug).id()).query(Long.class).single();
	}

	int revisionOf(String slug, String page) {
		return jdbc.sql("select revision from wiki_page where group_id = ? and slug = ?").params(find(slug).id(), page).query(Integer.class)
			.single();
	}

	String text(String slug, String page, int revision) {
		return jdbc.sql("select r.body from wiki_revision r join wiki_page p on p.id = r.page_id where p.group_id = ? and p.slug = ? and r.number = ?")
			.params(find(slug).id(), page, revision)
			.query(String.class)
			.single();
	}

	static MvcTestResult save(Visitor editor, String slug, String page, String title, String text, int base, String... more) {
		var params = new ArrayList<>(List.of("title", title, "body", text, "base", Integer.toString(base)));
		params.addAll(List.of(more));
		return editor.post("/g/" + slug + "/wiki/" + page + "/edit", params.toArray(String[]::new));
	}

	@Test
	void theFirstVisitWritesThePreconfiguredPagesFromTheGroupRecordOnce() {
		var admin = members.member("Awa", "10.140.0.1");
		String slug = group(admin);
		var anyone = new Visitor(mvc, "10.140.0.9");
		assertThat(pageCount(slug)).isZero();

		var home = anyone.get("/g/" + slug + "/wiki");
		assertThat(home).hasStatusOk().bodyText().contains("Groupe " + slug).contains("Des curieux qui partagent")
			.contains("<strong>ensemble</strong>").contains("la plateforme");
		for (String page : List.of("comment-nous-rejoindre", "rencontres", "projets", "ressources", "charte")) {
			assertThat(body(home)).contains("href=\"/g/" + slug + "/wiki/" + page + "\"");
			assertThat(anyone.get("/g/" + slug + "/wiki/" + page)).hasStatusOk();
		}
		assertThat(anyone.get("/g/" + slug + "/wiki/rencontres")).bodyText().contains("/g/" + slug + "/meetings.ics");
		assertThat(anyone.get("/g/" + slug + "/wiki/comment-nous-rejoindre")).bodyText().contains("Entrée dans le groupe");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("href=\"/g/" + slug + "/wiki\"");

		anyone.get("/g/" + slug + "/wiki/charte");
		assertThat(pageCount(slug)).isEqualTo(6);
		assertThat(jdbc.sql("select count(*) from wiki_revision r join wiki_page p on p.id = r.page_id where p.group_id = ?")
			.param(find(slug).id()).query(Long.class).single()).isEqualTo(6);
		assertThat(anyone.get("/g/" + slug + "/wiki/inconnue")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void twoFirstVisitsAtOnceWriteThePagesOnce() throws Exception {
		var admin = members.member("Awa", "10.140.1.1");
		String slug = group(admin);
		Group group = find(slug);
		var start = new CountDownLatch(1);
		try (var threads = Executors.newFixedThreadPool(2)) {
			List<Future<?>> visits = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				visits.add(threads.submit(() -> {
					start.await();
					wiki.open(group);
					return null;
				}));
			}
			start.countDown();
			for (var visit : visits) {
				visit.get();
			}
		}
		assertThat(pageCount(slug)).isEqualTo(6);
	}

	@Test
	void internalLinksLeadToPagesOrToTheFormThatCreatesThem() {
		var admin = members.member("Awa", "10.140.2.1");
		String slug = group(admin);
		var anyone = new Visitor(mvc, "10.140.2.9");
		anyone.get("/g/" + slug + "/wiki");

		assertThat(save(admin, slug, "accueil", "Accueil", "Voir [[Projets]], [[Charte|nos règles]] et [[Idées à creuser]].", 1))
			.hasRedirectedUrl("/g/" + slug + "/wiki/accueil");
		String home = body(anyone.get("/g/" + slug + "/wiki"));
		assertThat(home).contains("href=\"/g/" + slug + "/wiki/projets\"").contains(">Projets</a>")
			.contains("href=\"/g/" + slug + "/wiki/charte\"").contains(">nos règles</a>")
			.contains("href=\"/g/" + slug + "/wiki/idees-a-creuser/edit?title&#61;Id%C3%A9es&#43;%C3%A0&#43;creuser\"")
			.contains("Idées à creuser (à créer)</a>");

		var form = admin.get("/g/" + slug + "/wiki/idees-a-creuser/edit?title=Idées à creuser");
		assertThat(form).hasStatusOk().bodyText().contains("value=\"Idées à creuser\"").contains("name=\"base\" value=\"0\"");
		assertThat(save(admin, slug, "idees-a-creuser", "Idées à creuser", "Une première idée.", 0))
			.hasRedirectedUrl("/g/" + slug + "/wiki/idees-a-creuser");
		assertThat(body(anyone.get("/g/" + slug + "/wiki"))).contains("href=\"/g/" + slug + "/wiki/idees-a-creuser\"")
			.doesNotContain("(à créer)");
		assertThat(anyone.get("/g/" + slug + "/wiki/idees-a-creuser")).bodyText().contains("Une première idée.");
	}

	@Test
	void eachSaveIsARevisionWithItsAuthorWhichTheHistoryListsTheDiffComparesAndARestoreBringsBack() {
		var admin = members.member("Awa", "10.140.3.1");
		String slug = group(admin);
		var moussa = memberOf(slug, "Moussa", "10.140.3.2");
		var anyone = new Visitor(mvc, "10.140.3.9");
		anyone.get("/g/" + slug + "/wiki");
		String first = text(slug, "charte", 1);

		assertThat(save(moussa, slug, "charte", "Charte", "Première ligne\nDeuxième <b>ligne</b>\nTroisième ligne\n", 1, "comment",
				"Plus court")).hasRedirectedUrl("/g/" + slug + "/wiki/charte");
		assertThat(save(admin, slug, "charte", "Charte", "Première ligne\nTroisième ligne\nQuatrième & dernière\n", 2))
			.hasRedirectedUrl("/g/" + slug + "/wiki/charte");
		assertThat(revisionOf(slug, "charte")).isEqualTo(3);
		assertThat(anyone.get("/g/" + slug + "/wiki/charte")).bodyText().contains("Révision 3").contains("par").contains("Awa")
			.contains("Quatrième &amp; dernière");
		assertThat(anyone.get("/g/" + slug + "/wiki/charte?revision=2")).bodyText().contains("Moussa").contains("Ancienne révision 2");

		String history = body(anyone.get("/g/" + slug + "/wiki/charte/history"));
		assertThat(history).contains("Moussa").contains("Awa").contains("la plateforme").contains("Plus court")
			.contains("/g/" + slug + "/wiki/charte/diff?from=2&amp;to=3");

		String diff = body(anyone.get("/g/" + slug + "/wiki/charte/diff?from=2&to=3"));
		assertThat(diff).contains("class=\"diff-removed\"").contains("class=\"diff-added\"")
			.contains("<code>Deuxième &lt;b&gt;ligne&lt;/b&gt;</code>").contains("<code>Quatrième &amp; dernière</code>")
			.doesNotContain("<b>ligne</b>");
		assertThat(anyone.get("/g/" + slug + "/wiki/charte/diff?from=3&to=3")).bodyText().contains("Les deux révisions ont le même texte.");
		assertThat(anyone.get("/g/" + slug + "/wiki/charte/diff?from=1&to=9")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(moussa.post("/g/" + slug + "/wiki/charte/restore", "revision", "1")).hasRedirectedUrl("/g/" + slug + "/wiki/charte");
		assertThat(revisionOf(slug, "charte")).isEqualTo(4);
		assertThat(text(slug, "charte", 4)).isEqualTo(first);
		assertThat(anyone.get("/g/" + slug + "/wiki/charte/history")).bodyText().contains("Restauration de la révision 1");

		var edits = activity.since(find(slug).id(), Instant.EPOCH).stream().filter(e -> e.kind() == ActivityKind.WIKI_PAGE_EDITED).toList();
		assertThat(edits).hasSize(3);
		assertThat(edits.getFirst().actorId()).isEqualTo(members.accountId(moussa.email()));
	}

	@Test
	void aSaveFromARevisionSomeoneElseMovedOnIsAConflictThatKeepsBothTexts() {
		var admin = members.member("Awa", "10.140.4.1");
		String slug = group(admin);
		var moussa = memberOf(slug, "Moussa", "10.140.4.2");
		assertThat(admin.get("/g/" + slug + "/wiki/projets/edit")).bodyText().contains("name=\"base\" value=\"1\"");
		assertThat(moussa.get("/g/" + slug + "/wiki/projets/edit")).bodyText().contains("name=\"base\" value=\"1\"");

		assertThat(save(admin, slug, "projets", "Projets", "Le texte d’Awa", 1)).hasRedirectedUrl("/g/" + slug + "/wiki/projets");
		var conflict = save(moussa, slug, "projets", "Projets", "Le texte de Moussa", 1);
		assertThat(conflict).hasStatusOk();
		assertThat(body(conflict)).contains("Quelqu’un a enregistré cette page").contains("Le texte enregistré entre-temps (révision 2)")
			.contains("Le texte d’Awa</textarea>").contains("Le texte de Moussa</textarea>").contains("name=\"base\" value=\"2\"");
		assertThat(revisionOf(slug, "projets")).isEqualTo(2);
		assertThat(text(slug, "projets", 2)).isEqualTo("Le texte d’Awa");

		assertThat(save(moussa, slug, "projets", "Projets", "Le texte d’Awa\nLe texte de Moussa", 2))
			.hasRedirectedUrl("/g/" + slug + "/wiki/projets");
		assertThat(text(slug, "projets", 3)).isEqualTo("Le texte d’Awa\nLe texte de Moussa");

		// A page created meanwhile by someone else: the second creation is a conflict too.
		assertThat(save(admin, slug, "nouvelle", "Nouvelle", "Par Awa", 0)).hasRedirectedUrl("/g/" + slug + "/wiki/nouvelle");
		assertThat(save(moussa, slug, "nouvelle", "Nouvelle", "Par Moussa", 0)).hasStatusOk().bodyText()
			.contains("Quelqu’un a enregistré cette page").contains("Par Moussa</textarea>");
		assertThat(text(slug, "nouvelle", 1)).isEqualTo("Par Awa");
	}

	@Test
	void membersEditTheWikiAndNobodyElse() {
		var admin = members.member("Awa", "10.140.5.1");
		String slug = group(admin);
		var member = memberOf(slug, "Moussa", "10.140.5.2");
		var outsider = members.member("Lina", "10.140.5.3");
		var anonymous = new Visitor(mvc, "10.140.5.9");

		assertThat(anonymous.get("/g/" + slug + "/wiki/charte")).hasStatusOk().bodyText().doesNotContain("/wiki/charte/edit\"");
		assertThat(anonymous.get("/g/" + slug + "/wiki/charte/edit")).hasRedirectedUrl("/login");
		assertThat(save(anonymous, slug, "charte", "Charte", "Anonyme", 1)).hasRedirectedUrl("/login");
		assertThat(outsider.get("/g/" + slug + "/wiki/charte/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(save(outsider, slug, "charte", "Charte", "Extérieur", 1)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(outsider.post("/g/" + slug + "/wiki/charte/restore", "revision", "1")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(outsider.get("/g/" + slug + "/wiki/a-creer")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(revisionOf(slug, "charte")).isEqualTo(1);

		assertThat(member.get("/g/" + slug + "/wiki/charte")).bodyText().contains("/wiki/charte/edit\"");
		assertThat(member.get("/g/" + slug + "/wiki/a-creer")).hasRedirectedUrl("/g/" + slug + "/wiki/a-creer/edit");
		assertThat(save(member, slug, "charte", "Charte", "Par un membre", 1)).hasRedirectedUrl("/g/" + slug + "/wiki/charte");
		assertThat(save(member, slug, "Pas_Une_Adresse", "Titre", "Texte", 0)).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void xssThroughPagesTitlesAndLinksComesOutInert() {
		var admin = members.member("Awa", "10.140.6.1");
		String slug = group(admin);
		var anyone = new Visitor(mvc, "10.140.6.9");
		anyone.get("/g/" + slug + "/wiki");
		List<String> payloads = Xss.payloads();
		int revision = 1;
		for (int i = 0; i < payloads.size(); i += 25) {
			String text = String.join("\n\n", payloads.subList(i, Math.min(payloads.size(), i + 25)))
					+ "\n\n[[<img src=x onerror=alert(1)>]] [[Charte|<script>alert(1)</script>]] [[javascript:alert(1)]] [[x\"onmouseover=\"alert(1)]]";
			String title = payloads.get(i).length() <= WikiForm.MAX_TITLE ? payloads.get(i) : "<svg onload=alert(1)>";
			assertThat(save(admin, slug, "accueil", title, text, revision++)).hasStatus(HttpStatus.FOUND);
			for (String path : List.of("", "/accueil/history", "/accueil/diff?from=" + (revision - 1) + "&to=" + revision, "/accueil/edit")) {
				var visitor = path.endsWith("/edit") ? admin : anyone;
				Xss.assertInert(body(visitor.get("/g/" + slug + "/wiki" + path)), "/g/" + slug + "/wiki" + path);
			}
		}
		String page = body(anyone.get("/g/" + slug + "/wiki"));
		assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x onerror").doesNotContain("href=\"javascript:");
	}

	@Test
	void overLongTextsAreRefusedWithAMessageNextToTheField() {
		var admin = members.member("Awa", "10.140.7.1");
		String slug = group(admin);
		admin.get("/g/" + slug + "/wiki");
		var refused = save(admin, slug, "charte", "Charte", "x".repeat(WikiForm.MAX_BODY + 1), 1);
		assertThat(refused).hasStatusOk().bodyText().contains("id=\"body-error\"").contains("Le texte dépasse");
		var untitled = save(admin, slug, "charte", "t".repeat(WikiForm.MAX_TITLE + 1), "Texte", 1, "comment", "c".repeat(201));
		assertThat(untitled).bodyText().contains("id=\"title-error\"").contains("Indiquez le titre de la page (120 caractères au plus).")
			.contains("id=\"comment-error\"");
		assertThat(revisionOf(slug, "charte")).isEqualTo(1);

		admin.get("/g/" + slug + "/wiki/charte/edit?lang=en");
		assertThat(save(admin, slug, "charte", "Charte", "x".repeat(WikiForm.MAX_BODY + 1), 1)).bodyText().contains("The text is over");
		assertThat(save(admin, slug, "charte", "Charte", "x".repeat(WikiForm.MAX_BODY), 1)).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void savesAreLimitedPerPersonAndHourKeepingTheText() {
		var admin = members.member("Awa", "10.140.9.1");
		String slug = group(admin);
		admin.get("/g/" + slug + "/wiki");
		int base = 1;
		for (int i = 0; i < Wiki.SAVES_PER_HOUR; i++) {
			assertThat(save(admin, slug, "projets", "Projets", "Version " + i, base++)).hasStatus(HttpStatus.FOUND);
		}
		assertThat(save(admin, slug, "projets", "Projets", "Une de trop", base)).hasStatusOk().bodyText()
			.contains("Trop d’enregistrements en peu de temps").contains("Une de trop</textarea>");
		assertThat(revisionOf(slug, "projets")).isEqualTo(base);
		clock.advance(java.time.Duration.ofHours(1));
		assertThat(save(admin, slug, "projets", "Projets", "Une heure plus tard", base)).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void aDeletedAccountsRevisionsStayReadableSignedByAFormerMemberAndItsDataListsThem() {
		var admin = members.member("Awa", "10.140.8.1");
		String slug = group(admin);
		var moussa = memberOf(slug, "Moussa", "10.140.8.2");
		var anyone = new Visitor(mvc, "10.140.8.9");
		anyone.get("/g/" + slug + "/wiki");
		save(moussa, slug, "ressources", "Ressources", "Un guide utile", 1, "comment", "Ajout du guide");
		assertThat(moussa.get("/profile/export")).bodyJson().extractingPath("$.wiki.revisions[0].title").isEqualTo("Ressources");

		moussa.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true");
		assertThat(anyone.get("/g/" + slug + "/wiki/ressources")).hasStatusOk().bodyText().contains("Un guide utile").contains("Ancien membre");
		assertThat(anyone.get("/g/" + slug + "/wiki/ressources/history")).bodyText().contains("Ancien membre").contains("Ajout du guide");
		assertThat(anyone.get("/g/" + slug + "/wiki/ressources?lang=en")).bodyText().contains("Former member");
	}
}
