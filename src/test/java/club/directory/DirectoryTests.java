package club.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

@ClubTest
class DirectoryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	static String freshSlug() {
		return "g-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** The four mandatory fields (and an activity level), then others as name, value pairs that may override them. */
	static String[] group(String slug, String name, String... more) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("name", name, "tagline", "Une ligne pour " + name, "type",
				"THEMATIC", "slug", slug, "activity", "ACTIVE"));
		for (int i = 0; i + 1 < more.length; i += 2) {
			fields.put(more[i], more[i + 1]);
		}
		List<String> flat = new ArrayList<>();
		fields.forEach((field, value) -> {
			flat.add(field);
			flat.add(value);
		});
		return flat.toArray(String[]::new);
	}

	@Test
	void aMemberListsAGroupAndBecomesItsAdmin() {
		var creator = members.member("Awa", "10.20.0.1");
		String slug = freshSlug();

		var created = creator.post("/groups", group(slug, "Énergie citoyenne", "keywords", "Énergie, coop-group, énergie",
				"country", "France", "region", "Occitanie", "latitude", "43.6", "longitude", "1.44", "memberCount", "120",
				"description", "Des **coopératives** d’énergie.", "linkSubscribe", "https://example.org/inscription",
				"partners", "Enercoop | https://www.enercoop.fr\nLa Région", "objective", "EXPERIMENTATION"));

		assertThat(created).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/g/" + slug);
		var page = new Visitor(mvc, "10.20.0.2").get("/g/" + slug);
		assertThat(page).hasStatusOk().bodyText()
			.contains("<h1>Énergie citoyenne</h1>")
			.contains("<strong>coopératives</strong>")
			.contains("href=\"https://example.org/inscription\"")
			.contains(">Enercoop</a>", "La Région")
			.contains("43.6000, 1.4400")
			.contains("Expérimentation")
			.doesNotContain("Modifier la fiche");
		assertThat(jdbc.sql("select keyword from group_keyword k join group_record g on g.id = k.group_id where g.slug = ?"
				+ " order by keyword").param(slug).query(String.class).list()).containsExactly("coop-group", "énergie");
		assertThat(creator.get("/g/" + slug)).bodyText().contains("Modifier la fiche");
		assertThat(creator.get("/g/" + slug + "/edit")).hasStatusOk();
	}

	@Test
	void listingAGroupNeedsASignedInPerson() {
		var anonymous = new Visitor(mvc, "10.20.1.1");
		assertThat(anonymous.get("/groups/new")).hasRedirectedUrl("/login");
		assertThat(anonymous.post("/groups", group(freshSlug(), "X"))).hasRedirectedUrl("/login");
	}

	@Test
	void eachBadFieldGetsItsMessageAndNothingIsWritten() {
		var creator = members.member("Awa", "10.20.2.1");
		long before = count();

		var result = creator.post("/groups", "name", "", "tagline", "x".repeat(141), "slug", "Pas Valide!", "activity",
				"ACTIVE", "latitude", "91", "memberCount", "-3", "linkHome", "javascript:alert(1)", "linkMeetings",
				"ftp://example.org", "partners", "Sans adresse\n | https://example.org");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"name-error\">Indiquez le nom du groupe.")
			.contains("id=\"tagline-error\">La description en une ligne ne peut pas dépasser 140 caractères.")
			.contains("id=\"type-error\">Choisissez le type de groupe.")
			.contains("id=\"slug-error\">Le nom court s’écrit en lettres minuscules")
			.contains("id=\"latitude-error\">La latitude est un nombre entre -90 et 90")
			.contains("id=\"longitude-error\">Indiquez la latitude et la longitude, ou aucune des deux.")
			.contains("id=\"memberCount-error\">Un nombre entier entre 0 et 10 000 000.")
			.contains("id=\"linkHome-error\">Indiquez une adresse web complète")
			.contains("id=\"linkMeetings-error\">Indiquez une adresse web complète")
			.contains("id=\"partners-error\">La ligne 2 n’est pas un partenaire valide")
			.contains("value=\"Pas Valide!\"");
		assertThat(count()).isEqualTo(before);

		var notANumber = creator.post("/groups", group(freshSlug(), "X", "latitude", "quarante", "longitude", "2"));
		assertThat(notANumber).bodyText().contains("id=\"latitude-error\">La latitude est un nombre").contains("value=\"quarante\"");
		var notAType = creator.post("/groups", group(freshSlug(), "X", "type", "HACK", "activity", "NOPE", "objective", "X"));
		assertThat(notAType).bodyText().contains("id=\"type-error\">Choisissez le type de groupe.")
			.contains("id=\"activity-error\">Choisissez un niveau d’activité.");
		assertThat(count()).isEqualTo(before);

		assertThat(creator.post("/groups", group(freshSlug(), "X", "memberCount", "1,000"))).bodyText()
			.contains("id=\"memberCount-error\">Un nombre entier");
		String thousand = freshSlug();
		assertThat(creator.post("/groups", group(thousand, "X", "memberCount", "1 000"))).hasStatus(HttpStatus.FOUND);
		assertThat(new Visitor(mvc, "10.20.2.9").get("/g/" + thousand)).bodyText().contains("<dd>1000</dd>");
	}

	@Test
	void errorsAreInEnglishForAnEnglishReader() {
		var creator = members.member("Ann", "10.20.2.2");
		creator.get("/groups?lang=en");
		assertThat(creator.post("/groups", "name", "", "slug", "-x-", "activity", "ACTIVE")).bodyText()
			.contains("Enter the name of the group.")
			.contains("Describe the group in one line.")
			.contains("The short name uses lowercase letters");
	}

	@Test
	void aShortNameIsUniqueAndARenamedGroupRedirectsFromItsOldName() {
		var creator = members.member("Awa", "10.20.3.1");
		String slug = freshSlug();
		creator.post("/groups", group(slug, "Premier nom"));
		assertThat(creator.post("/groups", group(slug, "Doublon"))).bodyText()
			.contains("Ce nom court est déjà utilisé par un autre groupe.");

		String renamed = freshSlug();
		assertThat(creator.post("/g/" + slug + "/edit", group(renamed, "Premier nom"))).hasRedirectedUrl("/g/" + renamed);

		var old = new Visitor(mvc, "10.20.3.2").get("/g/" + slug);
		assertThat(old).hasStatus(HttpStatus.MOVED_PERMANENTLY).hasRedirectedUrl("/g/" + renamed);
		assertThat(creator.post("/groups", group(slug, "Voleur de nom"))).as("the old name still redirects")
			.bodyText().contains("Ce nom court est déjà utilisé");
		assertThat(creator.post("/g/" + renamed + "/edit", group(slug, "Premier nom"))).as("but its own group may take it back")
			.hasRedirectedUrl("/g/" + slug);
		assertThat(new Visitor(mvc, "10.20.3.3").get("/g/" + slug)).hasStatusOk();
		assertThat(new Visitor(mvc, "10.20.3.3").get("/g/" + renamed)).hasStatus(HttpStatus.MOVED_PERMANENTLY);
	}

	@Test
	void onlyTheGroupsAdminsAndPlatformAdminsEditAndSeeTheHistory() {
		var creator = members.member("Awa", "10.20.4.1");
		var other = members.member("Bob", "10.20.4.2");
		String slug = freshSlug();
		creator.post("/groups", group(slug, "Groupe gardé"));

		assertThat(other.get("/g/" + slug + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(other.post("/g/" + slug + "/edit", group(slug, "Pris !"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(other.get("/g/" + slug + "/history")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(new Visitor(mvc, "10.20.4.3").get("/g/" + slug + "/history")).hasRedirectedUrl("/login");

		var admin = members.admin("10.20.4.4");
		assertThat(admin.post("/g/" + slug + "/edit", group(slug, "Renommé par l’admin"))).hasRedirectedUrl("/g/" + slug);
		assertThat(new Visitor(mvc, "10.20.4.5").get("/g/" + slug)).bodyText().contains("Renommé par l’admin");
		assertThat(new Visitor(mvc, "10.20.4.5").get("/g/does-not-exist")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void everyChangeIsKeptWithWhoWhenAndBeforeAfter() {
		var creator = members.member("Awa Traoré", "10.20.5.1");
		String slug = freshSlug();
		creator.post("/groups", group(slug, "Avant", "country", "Mali"));
		creator.post("/g/" + slug + "/edit", group(slug, "Après", "country", "Sénégal", "linkHome", "https://example.org"));
		creator.post("/g/" + slug + "/edit", group(slug, "Après", "country", "Sénégal", "linkHome", "https://example.org"));

		var history = creator.get("/g/" + slug + "/history");
		assertThat(history).hasStatusOk().bodyText()
			.contains("Awa Traoré")
			.contains("<td>Nom</td>", "<td class=\"value\">Avant</td>", "<td class=\"value\">Après</td>")
			.contains("<td>Pays</td>", "<td class=\"value\">Mali</td>", "<td class=\"value\">Sénégal</td>")
			.contains("<td>Lien : page d’accueil</td>")
			.contains("<td>Création</td>");
		assertThat(jdbc.sql("select count(*) from group_change c join group_record g on g.id = c.group_id where g.slug = ?")
			.param(slug).query(Integer.class).single()).as("created + 4 fields; saving unchanged adds nothing").isEqualTo(5);
	}

	@Test
	void aDeletedAuthorShowsAsAFormerMemberAndLosesTheAdminRight() {
		var creator = members.member("Éphémère", "10.20.6.1");
		String slug = freshSlug();
		creator.post("/groups", group(slug, "Groupe orphelin"));
		creator.post("/profile/delete", "password", TestMembers.PASSWORD, "confirm", "true");

		var admin = members.admin("10.20.6.2");
		assertThat(admin.get("/g/" + slug + "/history")).bodyText().contains("Ancien membre").doesNotContain("Éphémère");
		assertThat(jdbc.sql("select count(*) from group_member m join group_record g on g.id = m.group_id where g.slug = ?")
			.param(slug).query(Integer.class).single()).as("no longer a member").isZero();
	}

	@Test
	void searchIgnoresCaseAndAccentsAndFiltersStayInTheAddress() {
		var creator = members.member("Awa", "10.20.7.1");
		String marker = "zq" + UUID.randomUUID().toString().substring(0, 6);
		String energy = freshSlug();
		creator.post("/groups", group(energy, "Énergie-" + marker, "keywords", "Électricité", "country", "Bénin"));
		creator.post("/groups", group(freshSlug(), "Santé " + marker, "type", "TERRITORIAL", "country", "Mali"));
		creator.post("/groups", group(freshSlug(), "Archivé " + marker, "activity", "ARCHIVED"));

		var visitor = new Visitor(mvc, "10.20.7.2");
		assertThat(visitor.get("/groups?q=ENERGIE-" + marker.toUpperCase())).bodyText().contains("Énergie-" + marker)
			.doesNotContain("Santé " + marker).contains("1 groupe");
		assertThat(visitor.get("/groups?q=electricite")).bodyText().contains("Énergie-" + marker);
		assertThat(visitor.get("/groups?q=" + marker)).bodyText().contains("2 groupes").doesNotContain("Archivé " + marker);
		assertThat(visitor.get("/groups?q=" + marker + "&archived=true")).bodyText().contains("3 groupes");
		assertThat(visitor.get("/groups?q=" + marker + "&activity=ARCHIVED")).bodyText().contains("1 groupe")
			.contains("Archivé " + marker);
		assertThat(visitor.get("/groups?q=" + marker + "&country=benin")).bodyText().contains("Aucun groupe");
		assertThat(visitor.get("/groups?q=" + marker + "&country=Bénin")).bodyText().contains("Énergie-" + marker);
		assertThat(visitor.get("/groups?q=" + marker + "&keyword=électricité")).bodyText().contains("1 groupe");
		assertThat(visitor.get("/groups?q=" + marker + "&type=TERRITORIAL")).bodyText().contains("Santé " + marker)
			.contains("1 groupe");
		assertThat(visitor.get("/groups?q=100%25_")).hasStatusOk().bodyText().contains("Aucun groupe");
		assertThat(visitor.get("/groups?type=nonsense&sort=nonsense&page=-4")).hasStatusOk();
	}

	@Test
	void theDirectoryIsPaginatedTwentyAtATime() {
		var creator = members.member("Awa", "10.20.8.1");
		String marker = "pg" + UUID.randomUUID().toString().substring(0, 6);
		for (int i = 0; i < 23; i++) {
			creator.post("/groups", group(freshSlug(), String.format("Groupe %02d %s", i, marker)));
		}
		var first = new Visitor(mvc, "10.20.8.2").get("/groups?q=" + marker);
		assertThat(first).bodyText().contains("23 groupes").contains("Page 1 sur 2").contains("Groupe 19 " + marker)
			.doesNotContain("Groupe 20 " + marker).contains("rel=\"next\"");
		var second = new Visitor(mvc, "10.20.8.2").get("/groups?q=" + marker + "&page=2");
		assertThat(second).bodyText().contains("Groupe 22 " + marker).contains("Page 2 sur 2");
	}

	@Test
	void scriptTypedIntoAGroupStaysInertOnItsPageAndInTheDirectory() throws Exception {
		var creator = members.member("Awa", "10.20.9.1");
		String slug = freshSlug();
		String marker = "xss" + UUID.randomUUID().toString().substring(0, 6);
		creator.post("/groups", group(slug, "<script>alert('" + marker + "')</script>", "tagline",
				"<img src=x onerror=alert(1)> " + marker, "description", "<iframe src=javascript:alert(1)></iframe>",
				"keywords", "<b onmouseover=alert(1)>k</b>", "region", "\"><svg onload=alert(1)>", "country", "Mali",
				"partners", "<script>p</script> | https://example.org/"));

		for (String path : List.of("/g/" + slug, "/groups?q=" + marker)) {
			String html = new Visitor(mvc, "10.20.9.2").get(path).getResponse().getContentAsString();
			assertThat(html).as(path).contains(marker)
				.doesNotContain("<script>alert", "<img src=x", "<iframe", "<svg", "<b onmouseover")
				.doesNotContainPattern("<[^>]+\\son[a-z]+\\s*=");
		}
	}

	private long count() {
		return jdbc.sql("select count(*) from group_record").query(Long.class).single();
	}

	@Test
	void aBannerIsCheckedByContentCutTo1920By160AndKeptInTheHistory() throws Exception {
		var creator = members.member("Awa", "10.20.10.1");
		String slug = freshSlug();
		creator.post("/groups", group(slug, "Avec bandeau"));

		var uploaded = creator.upload("/g/" + slug + "/banner", png("banner", 800, 600));
		assertThat(uploaded).hasRedirectedUrl("/g/" + slug + "/edit");
		assertThat(creator.get("/g/" + slug + "/edit")).bodyText().contains("Bandeau enregistré.")
			.contains("<img class=\"banner\" src=\"/g/" + slug + "/banner.jpg?v=");
		String page = new Visitor(mvc, "10.20.10.2").get("/g/" + slug).getResponse().getContentAsString();
		var version = java.util.regex.Pattern.compile("/g/" + slug + "/banner.jpg\\?v=(\\d+)").matcher(page);
		assertThat(version.find()).as("banner on the group page").isTrue();

		var banner = new Visitor(mvc, "10.20.10.2").get("/g/" + slug + "/banner.jpg?v=" + version.group(1));
		assertThat(banner).hasStatusOk().hasContentType("image/jpeg");
		assertThat(banner.getResponse().getHeader("Cache-Control")).contains("max-age=31536000");
		var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(banner.getResponse().getContentAsByteArray()));
		assertThat(image.getWidth()).isEqualTo(1920);
		assertThat(image.getHeight()).isEqualTo(160);
		assertThat(creator.get("/g/" + slug + "/history")).bodyText().contains("<td>Bandeau</td>");

		byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
		creator.upload("/g/" + slug + "/banner", new org.springframework.mock.web.MockMultipartFile("banner", "b.svg",
				"image/svg+xml", svg));
		assertThat(creator.get("/g/" + slug + "/edit")).bodyText().contains("id=\"banner-error\">Ce fichier n’est pas une image");
		creator.upload("/g/" + slug + "/banner", new org.springframework.mock.web.MockMultipartFile("banner", "b.jpg",
				"image/jpeg", new byte[5 * 1024 * 1024 + 1]));
		assertThat(creator.get("/g/" + slug + "/edit")).bodyText().contains("Ce fichier dépasse 5 Mo.");

		var other = members.member("Bob", "10.20.10.3");
		assertThat(other.upload("/g/" + slug + "/banner", png("banner", 10, 10))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(other.post("/g/" + slug + "/banner/delete")).hasStatus(HttpStatus.FORBIDDEN);

		assertThat(creator.post("/g/" + slug + "/banner/delete")).hasRedirectedUrl("/g/" + slug + "/edit");
		assertThat(new Visitor(mvc, "10.20.10.2").get("/g/" + slug + "/banner.jpg")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private static org.springframework.mock.web.MockMultipartFile png(String field, int width, int height) throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB),
				"png", out);
		return new org.springframework.mock.web.MockMultipartFile(field, "b.png", "image/png", out.toByteArray());
	}
}
