package club.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import club.support.Api;
import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

/** Writing groups through the API with personal tokens. */
@ClubTest
class GroupApiWriteTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	String token(Visitor member, String name) {
		return members.apiToken(member, name);
	}

	MvcTestResult call(String method, String uri, String token, String json, String... headers) {
		return new Api(mvc).call(method, uri, token, json, headers);
	}

	static String slug() {
		return "api-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aTokenCreatesAGroupWhoseAuthorBecomesItsAdmin() throws Exception {
		var member = members.member("Awa", "10.90.0.1");
		String token = token(member, "synchronisation du site");
		assertThat(member.get("/profile/tokens")).bodyText().contains("synchronisation du site").contains("jamais utilisé");

		String slug = slug();
		var created = call("POST", "/api/v1/groups", token, """
				{"name": "Fablab de Lomé", "tagline": "Fabriquer ensemble", "type": "THEMATIC", "slug": "%s",
				 "activity": "ACTIVE", "keywords": ["fablab", "Togo"], "latitude": 6.1725, "longitude": 1.2314,
				 "linkHome": "https://fablab.example.org"}""".formatted(slug));
		assertThat(created).hasStatus(HttpStatus.CREATED);
		assertThat(created.getResponse().getHeader("Location")).isEqualTo("http://club.test/api/v1/groups/" + slug);
		assertThat(created).bodyJson().extractingPath("$.keywords").isEqualTo(java.util.List.of("fablab", "togo"));
		assertThat(created).bodyJson().extractingPath("$.position.latitude").isEqualTo(6.1725);
		assertThat(created.getResponse().getHeaders("Set-Cookie")).as("no session for a token").isEmpty();
		assertThat(member.get("/g/" + slug)).bodyText().contains("Modifier la fiche");
		assertThat(member.get("/profile/tokens")).bodyText().contains("dernier usage");

		var patched = call("PATCH", "/api/v1/groups/" + slug, token, "{\"tagline\": \"Fabriquer et réparer ensemble\"}");
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.tagline").isEqualTo("Fabriquer et réparer ensemble");
		assertThat(patched).bodyJson().extractingPath("$.name").as("untouched").isEqualTo("Fablab de Lomé");
		assertThat(member.get("/g/" + slug + "/history")).bodyText().contains("Awa").contains("Fabriquer et réparer ensemble");
	}

	@Test
	void badBodiesGet422WithTheMessagesOfTheFormInTheCallersLanguage() {
		String token = token(members.member("Awa", "10.90.1.1"), "t");
		var invalid = call("POST", "/api/v1/groups", token, "{\"name\": \"\", \"slug\": \"Pas Valide\", \"latitude\": \"x\"}");
		assertThat(invalid).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType("application/problem+json");
		assertThat(invalid).bodyJson().extractingPath("$.errors[?(@.field=='name')].message")
			.isEqualTo(java.util.List.of("Indiquez le nom du groupe."));
		assertThat(invalid).bodyJson().extractingPath("$.errors[?(@.field=='latitude')].message")
			.isEqualTo(java.util.List.of("La latitude est un nombre entre -90 et 90, par exemple 44.8378."));

		var english = call("POST", "/api/v1/groups", token, "{\"name\": \"\"}", "Accept-Language", "en");
		assertThat(english).bodyJson().extractingPath("$.errors[?(@.field=='name')].message")
			.isEqualTo(java.util.List.of("Enter the name of the group."));

		var unknown = call("POST", "/api/v1/groups", token, "{\"nom\": \"typo\"}");
		assertThat(unknown).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(unknown).bodyJson().extractingPath("$.errors[0].field").isEqualTo("nom");
	}

	@Test
	void onlyItsAdminsEditAGroupAndBadOrRevokedTokensAreRefused() {
		var owner = members.member("Awa", "10.90.2.1");
		String ownerToken = token(owner, "t");
		String slug = slug();
		call("POST", "/api/v1/groups", ownerToken, """
				{"name": "À moi", "tagline": "x", "type": "SUPPORT", "slug": "%s", "activity": "ACTIVE"}""".formatted(slug));

		String otherToken = token(members.member("Bob", "10.90.2.2"), "t");
		assertThat(call("PATCH", "/api/v1/groups/" + slug, otherToken, "{\"name\": \"Pris\"}"))
			.hasStatus(HttpStatus.FORBIDDEN).hasContentType("application/problem+json");
		assertThat(call("PUT", "/api/v1/groups/" + slug, otherToken, "{}")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(call("PATCH", "/api/v1/groups/nothing-" + slug, ownerToken, "{}")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(call("POST", "/api/v1/groups", null, "{}")).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasContentType("application/problem+json");
		var forged = call("POST", "/api/v1/groups", "club_not-a-real-token", "{}");
		assertThat(forged).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(forged.getResponse().getHeader("WWW-Authenticate")).contains("invalid_token");

		var list = owner.get("/profile/tokens").getResponse();
		var id = Pattern.compile("/profile/tokens/(\\d+)/revoke").matcher(new String(list.getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8));
		assertThat(id.find()).isTrue();
		owner.post("/profile/tokens/" + id.group(1) + "/revoke");
		assertThat(call("PATCH", "/api/v1/groups/" + slug, ownerToken, "{\"name\": \"Encore\"}"))
			.as("revoked at once").hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aSessionWriteStillNeedsItsCsrfToken() {
		var member = members.member("Awa", "10.90.3.1");
		assertThat(member.postWithoutCsrf("/api/v1/groups")).hasStatus(HttpStatus.FORBIDDEN);
	}
}
