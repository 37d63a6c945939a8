package club.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.support.Api;
import club.support.ClubTest;
import club.support.TestMembers;

/** Imports through the API: the same steps as the admin page, with an admin's personal token. */
@ClubTest
class ImportApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	JdbcClient jdbc;

	MvcTestResult upload(String token, String source, MediaType type, String content, String... headers) {
		return new Api(mvc).send("POST", "/api/v1/imports?source=" + source, token, type,
				content.getBytes(StandardCharsets.UTF_8), headers);
	}

	long idOf(MvcTestResult created) {
		String json = new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		return ((Number) com.jayway.jsonpath.JsonPath.read(json, "$.id")).longValue();
	}

	int groupsWithKeyword(String keyword) {
		return jdbc.sql("select count(*) from group_keyword where keyword = ?").param(keyword).query(Integer.class).single();
	}

	@Test
	void aBazarExportIsUploadedDryRunWithAnEditedMappingAppliedAndReimportedWithoutDuplicates() throws Exception {
		String token = members.apiToken(members.admin("10.61.0.1"), "import nocturne");
		var api = new Api(mvc);
		String p = "ap" + UUID.randomUUID().toString().substring(0, 6);

		var created = upload(token, p, MediaType.APPLICATION_JSON, ImportTests.bazar(p, "Fabriquer ensemble"));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		long id = idOf(created);
		assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/imports/" + id);
		assertThat(created).bodyJson().extractingPath("$.format").isEqualTo("BAZAR");
		assertThat(created).bodyJson().extractingPath("$.total").isEqualTo(7);
		assertThat(created).bodyJson().extractingPath("$.mapping.NAME").isEqualTo("bf_titre");
		assertThat(created).bodyJson().extractingPath("$.sourceFields").asArray().contains("geolocation.bf_latitude", "bf_pays");

		var dryRun = api.call("POST", "/api/v1/imports/" + id + "/dry-run", token, """
				{"mapping": {"ID": "id_fiche", "NAME": "bf_titre", "TAGLINE": "bf_chapeau", "TYPE": "listeListeTypeDeGl",
				  "KEYWORDS": "bf_mots_cles", "DESCRIPTION": "bf_description", "LATITUDE": "geolocation.bf_latitude", "LONGITUDE": "geolocation.bf_longitude"}}""");
		assertThat(dryRun).hasStatusOk();
		assertThat(dryRun).bodyJson().extractingPath("$.report.dryRun").isEqualTo(true);
		assertThat(dryRun).bodyJson().extractingPath("$.report.counts.created").isEqualTo(3);
		assertThat(dryRun).bodyJson().extractingPath("$.report.counts.skipped").isEqualTo(4);
		assertThat(dryRun).bodyJson().extractingPath("$.report.rows[3].reasons").asArray()
			.anyMatch(reason -> reason.toString().contains("Indiquez le nom du groupe."));
		assertThat(dryRun).bodyJson().extractingPath("$.mapping").asMap().doesNotContainKey("COUNTRY");
		assertThat(groupsWithKeyword(p)).as("a dry run writes nothing").isZero();

		var applied = api.call("POST", "/api/v1/imports/" + id + "/apply", token, "");
		assertThat(applied).hasStatus(HttpStatus.ACCEPTED);
		assertThat(applied.getResponse().getHeader("Location")).endsWith("/api/v1/imports/" + id);
		var done = api.call("GET", "/api/v1/imports/" + id, token, "");
		assertThat(done).bodyJson().extractingPath("$.status").isEqualTo("DONE");
		assertThat(done).bodyJson().extractingPath("$.percent").isEqualTo(100);
		assertThat(done).bodyJson().extractingPath("$.report.counts.created").isEqualTo(3);
		assertThat(groupsWithKeyword(p)).isEqualTo(3);
		assertThat(api.call("POST", "/api/v1/imports/" + id + "/apply", token, "")).as("applied once")
			.hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);

		long again = idOf(upload(token, p, MediaType.APPLICATION_JSON, ImportTests.bazar(p, "Fabriquer, encore")));
		api.call("POST", "/api/v1/imports/" + again + "/dry-run", token, "");
		api.call("POST", "/api/v1/imports/" + again + "/apply", token, "");
		assertThat(api.call("GET", "/api/v1/imports/" + again, token, "")).bodyJson().extractingPath("$.report.counts.updated")
			.isEqualTo(3);
		assertThat(groupsWithKeyword(p)).as("no duplicate").isEqualTo(3);
		assertThat(api.call("GET", "/api/v1/imports", token, "")).bodyJson().extractingPath("$[0].id").isEqualTo((int) again);
	}

	@Test
	void badUploadsAndMappingsGet422PerFieldInTheCallersLanguage() {
		String token = members.apiToken(members.admin("10.61.1.1"), "t");
		var api = new Api(mvc);

		var broken = upload(token, "x", MediaType.APPLICATION_JSON, "{\"1\": {\"bf_titre\": \"x\"");
		assertThat(broken).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(broken).bodyJson().extractingPath("$.errors[0].field").isEqualTo("file");
		assertThat(broken).bodyJson().extractingPath("$.errors[0].message").asString().startsWith("Le fichier JSON est mal formé");
		assertThat(upload(token, "x", MediaType.APPLICATION_JSON, "[1, 2]", "Accept-Language", "en")).bodyJson()
			.extractingPath("$.errors[0].message").asString().contains("Bazar export");
		var nothing = upload(token, "", MediaType.parseMediaType("text/csv"), "");
		assertThat(nothing).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(nothing).bodyJson().extractingPath("$.errors[*].field").asArray().containsExactly("source", "file");

		long id = idOf(upload(token, "csv", MediaType.parseMediaType("text/csv"), "name;tagline;type\nÉnergie;x;THEMATIC\n"));
		var badMapping = api.call("POST", "/api/v1/imports/" + id + "/dry-run", token,
				"{\"mapping\": {\"NOM\": \"name\", \"TAGLINE\": \"chapeau\"}}");
		assertThat(badMapping).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(badMapping).bodyJson().extractingPath("$.errors[0].field").isEqualTo("mapping.NOM");
		assertThat(badMapping).bodyJson().extractingPath("$.errors[1].message").isEqualTo("« chapeau » n’est pas un champ de la source.");
		assertThat(api.call("POST", "/api/v1/imports/" + id + "/dry-run", token, "{\"mapping\": [1]}"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(api.call("GET", "/api/v1/imports/999999999", token, "")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void onlyPlatformAdminsImport() {
		String memberToken = members.apiToken(members.member("M", "10.61.2.1"), "t");
		assertThat(upload(memberToken, "x", MediaType.parseMediaType("text/csv"), "name\nx\n")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(new Api(mvc).call("GET", "/api/v1/imports", memberToken, "")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(upload(null, "x", MediaType.parseMediaType("text/csv"), "name\nx\n")).hasStatus(HttpStatus.UNAUTHORIZED);
	}
}
