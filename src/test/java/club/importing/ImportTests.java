package club.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

@ClubTest
class ImportTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	/** The shape of ?api/forms/{id}/entries/json: entries keyed by id_fiche, strings or null. */
	static String bazar(String p, String taglineOfFirst) {
		return """
				{
				  "%1$s-1": {"id_fiche": "%1$s-1", "bf_titre": "Fablab de %1$s", "bf_chapeau": "%2$s",
				    "listeListeTypeDeGl": "thematique", "bf_description": "======Qui sommes-nous======\\nUn //fablab// ouvert. [[https://fab.example.org notre site]]",
				    "bf_mots_cles": "fablab,%1$s", "geolocation": {"bf_latitude": "14.7167", "bf_longitude": "-17.4677"},
				    "bf_site_internet": "https://fab.example.org", "date_creation_fiche": "2015-03-12 10:22:01",
				    "date_maj_fiche": "2019-06-01 08:00:00", "imagebf_image": "logo.png"},
				  "%1$s-2": {"id_fiche": "%1$s-2", "bf_titre": "Santé %1$s", "bf_chapeau": null, "bf_description": "Des soignants qui partagent leurs outils. Et bien plus.",
				    "listeListeTypeDeGl": "territorial", "bf_latitude": "12,6392", "bf_longitude": "-8,0029", "bf_pays": "Mali", "bf_mots_cles": "%1$s"},
				  "%1$s-3": {"id_fiche": "%1$s-3", "bf_titre": "Carto %1$s", "bf_chapeau": "Cartographier ensemble", "listeListeTypeDeGl": "support",
				    "carte_google": "6.1725|1.2314", "bf_mots_cles": "%1$s"},
				  "%1$s-4": {"id_fiche": "%1$s-4", "bf_titre": null, "bf_chapeau": "Sans nom", "listeListeTypeDeGl": "thematique"},
				  "%1$s-5": {"id_fiche": "%1$s-5", "bf_titre": "Coordonnées %1$s", "bf_chapeau": "x", "listeListeTypeDeGl": "thematique",
				    "bf_latitude": "45.5", "bf_longitude": "45.5"},
				  "%1$s-6": {"id_fiche": "%1$s-6", "bf_titre": "Inconnu %1$s", "bf_chapeau": "x", "listeListeTypeDeGl": "autre chose"},
				  "%1$s-7": {"id_fiche": "%1$s-7", "bf_titre": "Loin %1$s", "bf_chapeau": "x", "listeListeTypeDeGl": "thematique",
				    "bf_latitude": "123", "bf_longitude": "4", "bf_site_internet": "pas une adresse"}
				}""".formatted(p, taglineOfFirst);
	}

	long upload(Visitor admin, String source, String fileName, String content) {
		var result = admin.upload("/admin/imports?source=" + source, new MockMultipartFile("file", fileName,
				"application/octet-stream", content.getBytes(StandardCharsets.UTF_8)));
		assertThat(result).hasStatus(HttpStatus.FOUND);
		var id = Pattern.compile("/admin/imports/(\\d+)").matcher(result.getResponse().getRedirectedUrl());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	int groupsWithKeyword(String keyword) {
		return jdbc.sql("select count(*) from group_keyword where keyword = ?").param(keyword).query(Integer.class).single();
	}

	@Test
	void aBazarExportIsDryRunThenImportedThenUpdatedOnTheNextImport() throws Exception {
		var admin = members.admin("10.60.0.1");
		String p = "bz" + UUID.randomUUID().toString().substring(0, 6);
		long job = upload(admin, p, "fiches.json", bazar(p, "Fabriquer ensemble"));

		var page = admin.get("/admin/imports/" + job);
		assertThat(page).hasStatusOk().bodyText().contains("JSON Bazar (YesWiki)", "7 fiche(s)")
			.contains("<option value=\"bf_titre\" selected>bf_titre</option>")
			.contains("<option value=\"geolocation.bf_latitude\" selected>geolocation.bf_latitude</option>");

		var dryRun = admin.post("/admin/imports/" + job + "/dry-run", "map.ID", "id_fiche", "map.NAME", "bf_titre", "map.TAGLINE",
				"bf_chapeau", "map.TYPE", "listeListeTypeDeGl", "map.DESCRIPTION", "bf_description", "map.KEYWORDS", "bf_mots_cles",
				"map.LATITUDE", "geolocation.bf_latitude", "map.LONGITUDE", "geolocation.bf_longitude", "map.COUNTRY", "bf_pays",
				"map.LINK_HOME", "bf_site_internet");
		assertThat(dryRun).hasRedirectedUrl("/admin/imports/" + job);
		String report = admin.get("/admin/imports/" + job).getResponse().getContentAsString();
		assertThat(report).contains("Essai à blanc", "3 créé(s), 0 mis à jour, 4 ignoré(s)")
			.contains("nom : Indiquez le nom du groupe.")
			.contains("la latitude est égale à la longitude (45.5)")
			.contains("type de groupe inconnu : « autre chose »")
			.contains("latitude : La latitude est un nombre entre -90 et 90")
			.contains("lien vers la page d’accueil : Indiquez une adresse web complète");
		assertThat(groupsWithKeyword(p)).as("a dry run writes nothing").isZero();

		assertThat(admin.post("/admin/imports/" + job + "/apply")).hasRedirectedUrl("/admin/imports/" + job);
		assertThat(admin.get("/admin/imports/" + job)).bodyText().contains("Compte rendu de l’import",
				"3 créé(s), 0 mis à jour, 4 ignoré(s)");
		assertThat(groupsWithKeyword(p)).isEqualTo(3);
		var fablab = new Visitor(mvc, "10.60.0.2").get("/g/fablab-de-" + p);
		assertThat(fablab).hasStatusOk().bodyText().contains("Fabriquer ensemble").contains("<h1>Qui sommes-nous</h1>")
			.contains("<em>fablab</em>").contains("href=\"https://fab.example.org\"").contains("14.7167, -17.4677");
		assertThat(new Visitor(mvc, "10.60.0.2").get("/g/sante-" + p)).bodyText()
			.contains("Des soignants qui partagent leurs outils.").contains("12.6392, -8.0029");
		assertThat(new Visitor(mvc, "10.60.0.2").get("/g/carto-" + p)).bodyText().contains("6.1725, 1.2314");
		assertThat(admin.post("/admin/imports/" + job + "/apply")).as("applying twice does nothing more")
			.hasRedirectedUrl("/admin/imports/" + job);
		assertThat(groupsWithKeyword(p)).isEqualTo(3);

		// What the group's admins add by hand must survive the next import.
		admin.post("/g/fablab-de-" + p + "/edit", "name", "Fablab de " + p, "tagline", "Fabriquer ensemble", "type", "THEMATIC",
				"slug", "fablab-de-" + p, "activity", "ACTIVE", "keywords", "fablab, " + p, "linkMeetings",
				"https://rencontres.example.org", "partners", "La Casa | https://casa.example.org");

		long again = upload(admin, p, "fiches.json", bazar(p, "Fabriquer ensemble, encore mieux"));
		admin.post("/admin/imports/" + again + "/dry-run", "map.ID", "id_fiche", "map.NAME", "bf_titre", "map.TAGLINE",
				"bf_chapeau", "map.TYPE", "listeListeTypeDeGl", "map.KEYWORDS", "bf_mots_cles", "map.LATITUDE", "bf_latitude",
				"map.LONGITUDE", "bf_longitude", "map.DESCRIPTION", "bf_description");
		admin.post("/admin/imports/" + again + "/apply");
		assertThat(admin.get("/admin/imports/" + again)).bodyText().contains("0 créé(s), 3 mis à jour, 4 ignoré(s)");
		assertThat(groupsWithKeyword(p)).as("no duplicate").isEqualTo(3);
		assertThat(new Visitor(mvc, "10.60.0.2").get("/g/fablab-de-" + p)).bodyText().contains("Fabriquer ensemble, encore mieux")
			.contains("href=\"https://rencontres.example.org\"").contains(">La Casa</a>");

		// Renamed by its admins since: the next import still finds it.
		admin.post("/g/sante-" + p + "/edit", "name", "Santé " + p, "tagline", "Renommé", "type", "TERRITORIAL", "slug",
				"sante-renommee-" + p, "activity", "ACTIVE", "keywords", p);
		long third = upload(admin, p, "fiches.json", bazar(p, "Fabriquer"));
		admin.post("/admin/imports/" + third + "/dry-run", "map.ID", "id_fiche", "map.NAME", "bf_titre", "map.TAGLINE",
				"bf_chapeau", "map.TYPE", "listeListeTypeDeGl", "map.KEYWORDS", "bf_mots_cles", "map.DESCRIPTION", "bf_description");
		admin.post("/admin/imports/" + third + "/apply");
		assertThat(admin.get("/admin/imports/" + third)).bodyText().contains("0 créé(s), 3 mis à jour");
		assertThat(groupsWithKeyword(p)).isEqualTo(3);
	}

	@Test
	void aCsvWithSemicolonsAndABomIsReadAndASlugCollisionIsReported() throws Exception {
		var admin = members.admin("10.60.1.1");
		String p = "cs" + UUID.randomUUID().toString().substring(0, 6);
		admin.post("/groups", "name", "Déjà là", "tagline", "Existe", "type", "SUPPORT", "slug", p + "-taken", "activity",
				"ACTIVE");
		String csv = "\uFEFFid;name;tagline;type;slug;keywords;latitude;longitude\n"
				+ "1;Énergie citoyenne;Des coopératives;THEMATIC;;" + p + ";43.6;1.44\n"
				+ "2;Pris;Nom déjà pris;TERRITORIAL;" + p + "-taken;" + p + ";;\n";
		long job = upload(admin, p, "groupes.csv", csv);
		admin.post("/admin/imports/" + job + "/dry-run", "map.ID", "id", "map.NAME", "name", "map.TAGLINE", "tagline",
				"map.TYPE", "type", "map.SLUG", "slug", "map.KEYWORDS", "keywords", "map.LATITUDE", "latitude", "map.LONGITUDE",
				"longitude");
		admin.post("/admin/imports/" + job + "/apply");
		assertThat(admin.get("/admin/imports/" + job)).bodyText().contains("1 créé(s), 0 mis à jour, 1 ignoré(s)")
			.contains("le nom court « " + p + "-taken » est déjà utilisé par un autre groupe");
		assertThat(new Visitor(mvc, "10.60.1.2").get("/g/energie-citoyenne")).hasStatusOk();
	}

	@Test
	void malformedFilesGetAClearMessageAndNoJob() throws Exception {
		var admin = members.admin("10.60.2.1");
		for (String[] bad : new String[][] { { "a.json", "{\"1\": {\"bf_titre\": \"x\"" }, { "a.json", "[1, 2, 3]" },
				{ "a.json", "{\"1\": \"pas une fiche\"}" }, { "a.csv", "" } }) {
			MvcTestResult result = admin.upload("/admin/imports?source=bad", new MockMultipartFile("file", bad[0],
					"application/octet-stream", bad[1].getBytes(StandardCharsets.UTF_8)));
			assertThat(result).as(bad[1]).hasStatusOk();
			assertThat(result).bodyText().contains("role=\"alert\"").doesNotContain("Exception").doesNotContain("at club.");
		}
		long empty = upload(admin, "vide", "vide.json", "null");
		assertThat(admin.get("/admin/imports/" + empty)).bodyText().contains("0 fiche(s)");
	}

	@Test
	void importsAreForPlatformAdminsOnly() {
		var member = members.member("M", "10.60.3.1");
		assertThat(member.get("/admin/imports")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.upload("/admin/imports?source=x", new MockMultipartFile("file", "a.csv", "text/csv",
				"name\nx\n".getBytes()))).hasStatus(HttpStatus.FORBIDDEN);
	}
}
