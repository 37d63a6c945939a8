package club.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.access.Access;
import club.access.GroupRole;
import club.activity.ActivityEvent;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.GroupDirectory;
import club.support.ClubTest;
import club.support.MutableClock;
import club.support.SignedInAs;
import club.support.TestMembers;
import club.support.Visitor;
import club.support.Xss;

/**
 * Resources: links, files and notes through their forms, files checked by their content and
 * served as downloads, who sees and who edits what, productions public by default where an
 * ecosystem's charter asks it and listed on the group's and ecosystem's pages, catching a
 * contribution, XSS through descriptions, personal data, the demo's resources.
 */
@ClubTest
class ResourceTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

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
	JdbcClient jdbc;

	@Autowired
	Resources resources;

	@Autowired
	DemoResources demo;

	/** A group its admin creates, with these keywords; its slug. */
	static String group(Visitor admin, String keywords) {
		String slug = "rs-" + UUID.randomUUID().toString().substring(0, 8);
		admin.post("/groups", "name", "Groupe " + slug, "tagline", "Des curieux qui partagent", "type", "THEMATIC", "slug", slug, "activity",
				"ACTIVE", "keywords", keywords);
		return slug;
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static long idOf(MvcTestResult created) {
		assertThat(created).hasStatus(HttpStatus.FOUND);
		return Long.parseLong(created.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
	}

	long groupId(String slug) {
		return directory.find(slug).orElseThrow().id();
	}

	Visitor memberOf(String slug, String name, String ip) {
		var member = members.member(name, ip);
		access.addMember(groupId(slug), members.accountId(member.email()), clock.instant());
		return member;
	}

	static MvcTestResult link(Visitor by, String slug, String title, String... more) {
		return by.post("/g/" + slug + "/resources", with(more, "kind", "LINK", "title", title, "url", "https://example.org/guide", "license",
				"CC_BY_SA_4", "audience", "PUBLIC"));
	}

	static MvcTestResult file(Visitor by, String slug, MockMultipartFile file, String... more) {
		return by.upload("/g/" + slug + "/resources", file, with(more, "kind", "FILE", "title", "Un fichier", "license", "CC_BY_SA_4",
				"audience", "MEMBERS"));
	}

	/** The fields, with those of {@code more} replacing them. */
	static String[] with(String[] more, String... fields) {
		var params = new java.util.LinkedHashMap<String, String>();
		for (int i = 0; i + 1 < fields.length; i += 2) {
			params.put(fields[i], fields[i + 1]);
		}
		for (int i = 0; i + 1 < more.length; i += 2) {
			params.put(more[i], more[i + 1]);
		}
		return params.entrySet().stream().flatMap(entry -> java.util.stream.Stream.of(entry.getKey(), entry.getValue())).toArray(String[]::new);
	}

	long events(String slug, long resourceId) {
		return activity.since(groupId(slug), Instant.EPOCH).stream()
			.filter(event -> event.kind() == ActivityKind.RESOURCE_ADDED)
			.map(ActivityEvent::subjectId)
			.filter(subject -> subject != null && subject == resourceId)
			.count();
	}

	@Test
	void aMemberAddsALinkWhichEveryoneReadsAndWhichGoesToTheActivityLog() {
		var admin = members.member("Awa", "10.160.1.1");
		String slug = group(admin, "");
		var camille = memberOf(slug, "Camille", "10.160.1.2");
		long id = idOf(link(camille, slug, "Guide d’animation", "description", "Un guide **pratique**.", "tags", "Méthode, atelier ; méthode",
				"license", "CC_BY_4"));

		assertThat(events(slug, id)).isEqualTo(1);
		var anyone = new Visitor(mvc, "10.160.1.9");
		var page = anyone.get("/resources/" + id);
		assertThat(page).hasStatusOk().bodyText().contains("Guide d’animation").contains("href=\"https://example.org/guide\"")
			.contains("<strong>pratique</strong>").contains("Ajouté par Camille").contains("CC BY 4.0")
			.contains("href=\"https://creativecommons.org/licenses/by/4.0/\"");
		assertThat(jdbc.sql("select tag from resource_tag where resource_id = ? order by position").param(id).query(String.class).list())
			.containsExactly("méthode", "atelier");
		assertThat(anyone.get("/g/" + slug + "/resources")).hasStatusOk().bodyText().contains("Guide d’animation").contains("Lien");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("href=\"/g/" + slug + "/resources\"");
		assertThat(anyone.get("/g/" + slug + "/wiki/ressources")).bodyText().contains("href=\"/g/" + slug + "/resources\"");
	}

	@Test
	void invalidFieldsAreShownNextToThemInFrenchAndEnglishAndNothingIsWritten() {
		var admin = members.member("Awa", "10.160.2.1");
		String slug = group(admin, "");
		var refused = link(admin, slug, "", "url", "javascript:alert(1)", "tags", "x".repeat(41), "license", "GPL");
		assertThat(refused).hasStatusOk().bodyText().contains("id=\"title-error\"").contains("Indiquez le titre de la ressource (200 caractères au plus).")
			.contains("id=\"url-error\"").contains("Indiquez une adresse web complète").contains("id=\"tags-error\"")
			.contains("id=\"license-error\"").contains("value=\"javascript:alert(1)\"");
		var tooLong = admin.post("/g/" + slug + "/resources", "kind", "TEXT", "title", "Trop long", "description",
				"a".repeat(ResourceForm.MAX_DESCRIPTION + 1), "license", "CC_BY_SA_4", "audience", "PUBLIC");
		assertThat(tooLong).hasStatusOk().bodyText().contains("id=\"description-error\"").containsPattern("Le texte est trop long : 20.000 caractères au plus.");
		assertThat(admin.post("/g/" + slug + "/resources", "kind", "TEXT", "title", "Vide", "license", "CC_BY_SA_4", "audience", "PUBLIC"))
			.bodyText().contains("Écrivez le texte de la note.");

		admin.get("/g/" + slug + "/resources/new?lang=en");
		assertThat(link(admin, slug, "", "url", "ftp://example.org")).bodyText().contains("Give the resource’s title (200 characters at most).")
			.contains("Give a full web address, starting with https:// or http://");
		assertThat(file(admin, slug, new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))).bodyText()
			.contains("Choose the file to upload (20 MB at most).");
		assertThat(jdbc.sql("select count(*) from resource where group_id = ?").param(groupId(slug)).query(Long.class).single()).isZero();
	}

	@Test
	void aFileIsCheckedByItsContentAndServedAsADownload() {
		var admin = members.member("Awa", "10.160.3.1");
		String slug = group(admin, "");
		long id = idOf(file(admin, slug, new MockMultipartFile("file", "C:\\Users\\awa\\Compte rendu été.pdf", "text/html", PDF), "audience", "PUBLIC"));

		var download = new Visitor(mvc, "10.160.3.9").get("/resources/" + id + "/download");
		assertThat(download).hasStatusOk().hasContentType("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PDF);
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''Compte%20rendu%20%C3%A9t%C3%A9.pdf").doesNotContain("Users");
		assertThat(download.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getResponse().getHeader("Content-Security-Policy")).isEqualTo(ResourcePages.DOWNLOAD_POLICY);
		assertThat(admin.get("/g/" + slug + "/resources")).bodyText().contains("PDF, ").contains(" o");
		assertThat(admin.get("/resources/" + id)).bodyText().contains("href=\"/resources/" + id + "/download\"")
			.contains("Compte rendu été.pdf");

		assertThat(file(admin, slug, new MockMultipartFile("file", "faux.pdf", "application/pdf",
				"<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8))))
			.hasStatusOk().bodyText().contains("id=\"file-error\"").contains("Le contenu de ce fichier ne correspond pas à son extension");
		assertThat(file(admin, slug, new MockMultipartFile("file", "page.html", "text/html",
				"<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))))
			.bodyText().contains("Ce type de fichier n’est pas accepté.");
		assertThat(file(admin, slug, new MockMultipartFile("file", "notes.txt", "text/plain",
				"<html><body onload=\"alert(1)\">Bonjour</body></html>".getBytes(StandardCharsets.UTF_8))))
			.bodyText().contains("id=\"file-error\"");
		assertThat(file(admin, slug, new MockMultipartFile("file", "dessin.svg", "image/svg+xml",
				"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>".getBytes(StandardCharsets.UTF_8))))
			.bodyText().contains("Ce type de fichier n’est pas accepté.");
		assertThat(file(admin, slug, new MockMultipartFile("file", "outil.exe", "application/octet-stream", executable())))
			.bodyText().contains("Ce type de fichier n’est pas accepté.");
		assertThat(file(admin, slug, new MockMultipartFile("file", "photo.png", "image/png", PDF)))
			.bodyText().contains("Le contenu de ce fichier ne correspond pas à son extension");
		assertThat(file(admin, slug, new MockMultipartFile("file", "script.sh", "text/plain",
				"#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8)))).bodyText().contains("Ce type de fichier n’est pas accepté.");
		assertThat(file(admin, slug, new MockMultipartFile("file", "vide.txt", "text/plain", new byte[0]))).bodyText()
			.contains("Choisissez le fichier à déposer (20 Mo au plus).");
		byte[] big = new byte[20 * 1024 * 1024 + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		assertThat(file(admin, slug, new MockMultipartFile("file", "gros.pdf", "application/pdf", big), "title", "Gros fichier"))
			.hasStatusOk().bodyText().contains("Ce fichier est trop gros : 20 Mo au plus.").contains("value=\"Gros fichier\"");
		assertThat(jdbc.sql("select count(*) from resource where group_id = ?").param(groupId(slug)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void officeDocumentsTextAndMarkdownAreAcceptedWithTheirType() throws IOException {
		var admin = members.member("Awa", "10.160.4.1");
		String slug = group(admin, "");
		long docx = idOf(file(admin, slug, new MockMultipartFile("file", "rapport.docx", "application/octet-stream", docx())));
		long odt = idOf(file(admin, slug, new MockMultipartFile("file", "rapport.odt", "application/octet-stream", odt())));
		long markdown = idOf(file(admin, slug, new MockMultipartFile("file", "notes.md", "text/markdown",
				"# Notes\n\n- une\n- deux\n".getBytes(StandardCharsets.UTF_8))));
		long csv = idOf(file(admin, slug, new MockMultipartFile("file", "membres.csv", "text/csv",
				"nom;ville\nAwa;Dakar\n".getBytes(StandardCharsets.UTF_8))));
		assertThat(List.of(docx, odt, markdown, csv).stream().map(id -> resources.find(id).orElseThrow().file().type()).toList())
			.containsExactly(FileType.DOCX, FileType.ODT, FileType.MARKDOWN, FileType.CSV);
		assertThat(admin.get("/resources/" + odt + "/download")).hasContentType("application/vnd.oasis.opendocument.text");
	}

	@Test
	void membersOnlyResourcesAreNotRevealedToOthers() {
		var admin = members.member("Awa", "10.160.5.1");
		String slug = group(admin, "");
		var moussa = memberOf(slug, "Moussa", "10.160.5.2");
		long id = idOf(file(admin, slug, new MockMultipartFile("file", "interne.pdf", "application/pdf", PDF), "title", "Document interne"));
		var anonymous = new Visitor(mvc, "10.160.5.9");
		var outsider = members.member("Zoé", "10.160.5.8");

		for (Visitor other : List.of(anonymous, outsider)) {
			assertThat(other.get("/resources/" + id)).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(other.get("/resources/" + id + "/download")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(other.get("/g/" + slug + "/resources")).hasStatusOk().bodyText().doesNotContain("Document interne");
		}
		assertThat(moussa.get("/resources/" + id + "/download")).hasStatusOk();
		assertThat(moussa.get("/resources/" + id + "/download").getResponse().getHeader("Cache-Control")).contains("no-store");
		assertThat(moussa.get("/g/" + slug + "/resources")).bodyText().contains("Document interne").contains("Membres seulement");
	}

	@Test
	void whoAddedItAndTheCuratorsEditAndDeleteOthersAreRefused() {
		var admin = members.member("Awa", "10.160.6.1");
		String slug = group(admin, "");
		var camille = memberOf(slug, "Camille", "10.160.6.2");
		var moussa = memberOf(slug, "Moussa", "10.160.6.3");
		var curator = memberOf(slug, "Fatou", "10.160.6.4");
		access.grant(groupId(slug), members.accountId(curator.email()), GroupRole.CURATOR, clock.instant());
		long id = idOf(link(camille, slug, "Lien de Camille"));

		assertThat(camille.post("/resources/" + id + "/edit", "kind", "FILE", "title", "Lien revu", "url", "https://example.org/v2", "license",
				"CC0_1", "audience", "MEMBERS", "tags", "revu")).hasRedirectedUrl("/resources/" + id);
		Resource edited = resources.find(id).orElseThrow();
		assertThat(edited.kind()).isEqualTo(ResourceKind.LINK);
		assertThat(edited.title()).isEqualTo("Lien revu");
		assertThat(edited.url()).isEqualTo("https://example.org/v2");
		assertThat(edited.license()).isEqualTo(License.CC0_1);
		assertThat(edited.tags()).containsExactly("revu");

		assertThat(moussa.get("/resources/" + id + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(moussa.post("/resources/" + id + "/delete")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(moussa.get("/resources/" + id)).bodyText().doesNotContain("/resources/" + id + "/edit");
		assertThat(new Visitor(mvc, "10.160.6.9").post("/g/" + slug + "/resources", "kind", "LINK")).hasRedirectedUrl("/login");
		assertThat(members.member("Zoé", "10.160.6.8").post("/g/" + slug + "/resources", "kind", "LINK", "title", "Extérieur"))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(curator.get("/resources/" + id + "/edit")).hasStatusOk();
		assertThat(curator.post("/resources/" + id + "/delete")).hasRedirectedUrl("/g/" + slug + "/resources");
		assertThat(resources.find(id)).isEmpty();
	}

	@Test
	void productionsArePublicByDefaultWhereAnEcosystemsCharterAsksAndAreListedOnTheGroupAndEcosystemPages() {
		var platformAdmin = members.admin("10.160.7.1");
		String keyword = "partage" + UUID.randomUUID().toString().substring(0, 6);
		platformAdmin.post("/ecosystems", "keyword", keyword, "name", "Partageurs " + keyword, "charter", "Partager.", "sharesProductions", "true");
		assertThat(platformAdmin.get("/e/" + keyword + "/edit")).bodyText().containsPattern("id=\"sharesProductions\"[^>]*checked");
		var admin = members.member("Awa", "10.160.7.2");
		String sharing = group(admin, keyword);
		String closed = group(admin, "");

		assertThat(body(admin.get("/g/" + sharing + "/resources/new?kind=FILE&production=true")))
			.containsPattern("<option value=\"PUBLIC\" selected>").containsPattern("id=\"production\"[^>]*checked")
			.contains("la charte d’un écosystème du groupe demande");
		assertThat(body(admin.get("/g/" + closed + "/resources/new?kind=FILE&production=true"))).contains("<option value=\"MEMBERS\" selected>");

		// Cached for anonymous visitors: a public production must make the cache drop them.
		var anyone = new Visitor(mvc, "10.160.7.9");
		assertThat(anyone.get("/g/" + sharing)).bodyText().contains("Aucune production pour l’instant.");
		assertThat(anyone.get("/e/" + keyword)).bodyText().doesNotContain("Notre guide");
		long production = idOf(file(admin, sharing, new MockMultipartFile("file", "guide.pdf", "application/pdf", PDF), "title",
				"Notre guide", "production", "true", "audience", "PUBLIC"));
		long internal = idOf(file(admin, sharing, new MockMultipartFile("file", "brouillon.pdf", "application/pdf", PDF), "title",
				"Brouillon de guide", "production", "true", "audience", "MEMBERS"));
		idOf(link(admin, sharing, "Un simple lien"));

		assertThat(anyone.get("/g/" + sharing)).bodyText().contains("Productions du groupe").contains("href=\"/resources/" + production + "\"")
			.doesNotContain("Brouillon de guide");
		assertThat(admin.get("/g/" + sharing)).bodyText().contains("Brouillon de guide");
		assertThat(anyone.get("/e/" + keyword)).bodyText().contains("Notre guide").doesNotContain("Brouillon de guide")
			.doesNotContain("Un simple lien");
		var list = body(anyone.get("/g/" + sharing + "/resources"));
		assertThat(list.indexOf("Notre guide")).isLessThan(list.indexOf("Un simple lien"));
		assertThat(anyone.get("/g/" + sharing + "/resources?productions=true")).bodyText().contains("Notre guide").doesNotContain("Un simple lien");
		assertThat(resources.find(internal).orElseThrow().production()).isTrue();

		assertThat(admin.post("/resources/" + production + "/edit", "title", "Notre guide", "license", "CC_BY_SA_4", "audience", "MEMBERS",
				"production", "true")).hasRedirectedUrl("/resources/" + production);
		assertThat(anyone.get("/g/" + sharing)).bodyText().doesNotContain("Notre guide");
		assertThat(anyone.get("/e/" + keyword)).bodyText().doesNotContain("Notre guide");
		assertThat(anyone.get("/resources/" + production + "/download")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void listsFilterByTagAndKindAndArePaginated() {
		var admin = members.member("Awa", "10.160.8.1");
		String slug = group(admin, "");
		for (int i = 1; i <= Resources.PAGE_SIZE + 2; i++) {
			clock.advance(Duration.ofMinutes(1));
			link(admin, slug, "Lien numéro " + i, "tags", i % 2 == 0 ? "pair" : "impair");
		}
		admin.post("/g/" + slug + "/resources", "kind", "TEXT", "title", "Une note", "description", "Du texte", "license", "CC_BY_SA_4",
				"audience", "PUBLIC", "tags", "pair");
		var anyone = new Visitor(mvc, "10.160.8.9");
		assertThat(anyone.get("/g/" + slug + "/resources")).bodyText().contains("Une note").contains("Page 1 sur 2").contains("rel=\"next\"");
		assertThat(anyone.get("/g/" + slug + "/resources?page=2")).bodyText().contains("Lien numéro 1<").doesNotContain("Une note");
		assertThat(anyone.get("/g/" + slug + "/resources?kind=TEXT")).bodyText().contains("Une note").doesNotContain("Lien numéro");
		var pairs = body(anyone.get("/g/" + slug + "/resources?tag=pair"));
		assertThat(pairs).contains("Lien numéro 2<").contains("Une note").doesNotContain("Lien numéro 1<").doesNotContain("Lien numéro 3<");
		assertThat(anyone.get("/g/" + slug + "/resources?tag=rien")).bodyText().contains("Aucune ressource ne correspond à ce filtre.");
	}

	@Test
	void uploadsAreLimitedPerHour() {
		var admin = members.member("Awa", "10.160.9.1");
		String slug = group(admin, "");
		for (int i = 0; i < Resources.UPLOADS_PER_HOUR; i++) {
			idOf(file(admin, slug, new MockMultipartFile("file", "n" + i + ".txt", "text/plain", ("note " + i).getBytes(StandardCharsets.UTF_8))));
		}
		assertThat(file(admin, slug, new MockMultipartFile("file", "encore.txt", "text/plain", "encore".getBytes(StandardCharsets.UTF_8))))
			.hasStatusOk().bodyText().contains("Vous avez déposé beaucoup de fichiers en peu de temps");
		clock.advance(Duration.ofHours(1));
		idOf(file(admin, slug, new MockMultipartFile("file", "encore.txt", "text/plain", "encore".getBytes(StandardCharsets.UTF_8))));
	}

	@Test
	void aCuratorCatchesAContributionCreditedToItsAuthor() {
		var admin = members.member("Awa", "10.160.10.1");
		String slug = group(admin, "");
		var moussa = memberOf(slug, "Moussa", "10.160.10.2");
		var curator = memberOf(slug, "Fatou", "10.160.10.3");
		long curatorId = members.accountId(curator.email());
		access.grant(groupId(slug), curatorId, GroupRole.CURATOR, clock.instant());

		Resource caught = resources.catchText(groupId(slug), new SignedInAs(curatorId), "  Une idée de Moussa  ", "Tester **à six**.",
				members.accountId(moussa.email()), "/messages/42", "Message de Moussa");
		assertThat(caught.kind()).isEqualTo(ResourceKind.TEXT);
		assertThat(caught.title()).isEqualTo("Une idée de Moussa");
		assertThat(caught.audience()).isEqualTo(club.access.Audience.MEMBERS);
		assertThat(events(slug, caught.id())).isEqualTo(1);
		assertThat(moussa.get("/resources/" + caught.id())).bodyText().contains("Par Moussa, ajouté par Fatou").contains("<strong>à six</strong>")
			.contains("href=\"/messages/42\"").contains("Message de Moussa");

		long moussaId = members.accountId(moussa.email());
		assertThatThrownBy(() -> resources.catchText(groupId(slug), new SignedInAs(moussaId), "Pas curateur", "Texte", null, null, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> resources.catchText(groupId(slug), new SignedInAs(curatorId), "Source", "Texte", null, "javascript:alert(1)",
				null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> resources.catchText(groupId(slug), new SignedInAs(curatorId), "Long", "a".repeat(ResourceForm.MAX_DESCRIPTION + 1),
				null, null, null)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void everyXssPayloadThroughADescriptionComesOutInert() {
		var admin = members.member("Awa", "10.160.11.1");
		String slug = group(admin, "");
		List<String> payloads = Xss.payloads();
		assertThat(payloads).hasSizeGreaterThanOrEqualTo(200);
		for (String payload : payloads) {
			clock.advance(Duration.ofSeconds(1));
			var created = admin.post("/g/" + slug + "/resources", "kind", "TEXT", "title",
					payload.substring(0, Math.min(payload.length(), ResourceForm.MAX_TITLE)), "description", payload, "tags", payload.substring(0,
							Math.min(payload.length(), 30)), "license", "CC_BY_SA_4", "audience", "PUBLIC", "sourceLabel",
					payload.substring(0, Math.min(payload.length(), ResourceForm.MAX_SOURCE_LABEL)), "production", "true");
			String path = created.getResponse().getRedirectedUrl();
			assertThat(path).as("saved: " + payload).startsWith("/resources/");
			Xss.assertInert(body(admin.get(path)), path + " for " + payload);
		}
		for (int page = 1; page <= (payloads.size() + Resources.PAGE_SIZE - 1) / Resources.PAGE_SIZE; page++) {
			String path = "/g/" + slug + "/resources?page=" + page;
			Xss.assertInert(body(admin.get(path)), path);
		}
		Xss.assertInert(body(admin.get("/g/" + slug)), "/g/" + slug);
	}

	@Test
	void theirDataListsTheirResourcesWhichStaySignedFormerMemberOnceTheyLeave() {
		var admin = members.member("Awa", "10.160.12.1");
		String slug = group(admin, "");
		var moussa = memberOf(slug, "Moussa", "10.160.12.2");
		long id = idOf(link(moussa, slug, "Lien de Moussa"));
		var export = moussa.get("/profile/export");
		assertThat(export).bodyJson().extractingPath("$.resources.resources[0].title").isEqualTo("Lien de Moussa");
		assertThat(export).bodyJson().extractingPath("$.resources.resources[0].addedByMe").isEqualTo(true);

		moussa.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true");
		assertThat(new Visitor(mvc, "10.160.12.9").get("/resources/" + id)).hasStatusOk().bodyText().contains("Lien de Moussa")
			.contains("Ajouté par Ancien membre").doesNotContain("par Moussa");
		assertThat(resources.find(id).orElseThrow().addedBy()).isNull();
	}

	@Test
	void theDemoGivesCyou1ItsProductionALinkANoteAndAMembersOnlyFile() throws Exception {
		var camille = members.member("Camille", "10.160.13.1");
		String slug = group(camille, "");
		var moussa = memberOf(slug, "Moussa", "10.160.13.2");
		demo.write(groupId(slug), null, members.accountId(camille.email()), members.accountId(moussa.email()));

		var anyone = new Visitor(mvc, "10.160.13.9");
		assertThat(anyone.get("/g/" + slug)).bodyText().contains("Exolife — guide de l’exposition");
		var list = body(anyone.get("/g/" + slug + "/resources"));
		assertThat(list).contains("Exolife — guide de l’exposition").contains("Markdown").contains("Cap Sciences")
			.doesNotContain("Compte rendu de la dernière rencontre");
		long guide = jdbc.sql("select id from resource where group_id = ? and production = true").param(groupId(slug)).query(Long.class).single();
		assertThat(anyone.get("/resources/" + guide + "/download")).hasStatusOk().bodyText().contains("# Exolife");
		assertThat(camille.get("/g/" + slug + "/resources")).bodyText().contains("Compte rendu de la dernière rencontre")
			.contains("Tester avec six visiteurs suffit");
		assertThat(body(camille.get("/g/" + slug + "/resources?kind=TEXT"))).contains("Par Moussa, ajouté par Camille");
	}

	/** A Windows program's first bytes: « MZ » and the DOS stub. */
	private static byte[] executable() {
		byte[] bytes = new byte[512];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, bytes, 78, stub.length);
		bytes[60] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	/** A Word document's container: a ZIP with its content types. */
	private static byte[] docx() throws IOException {
		var out = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	/** An OpenDocument text: a ZIP whose first entry, stored, is its media type. */
	private static byte[] odt() throws IOException {
		var out = new ByteArrayOutputStream();
		byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
		try (var zip = new ZipOutputStream(out)) {
			var mimetype = new ZipEntry("mimetype");
			mimetype.setMethod(ZipEntry.STORED);
			mimetype.setSize(type.length);
			var crc = new CRC32();
			crc.update(type);
			mimetype.setCrc(crc.getValue());
			zip.putNextEntry(mimetype);
			zip.write(type);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}
}
