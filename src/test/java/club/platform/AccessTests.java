package club.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

@ClubTest
class AccessTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	TestMembers members;

	Visitor admin() {
		return members.admin("10.8.0.1");
	}

	@Test
	void everyStateChangingRouteRefusesARequestWithoutCsrfToken() {
		List<String> posts = new ArrayList<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (info.getMethodsCondition().getMethods().stream().anyMatch(m -> m != RequestMethod.GET)) {
				info.getPatternValues().forEach(pattern -> posts.add(pattern.replaceAll("\\{[^}]+}", "1")));
			}
		});
		posts.add("/login");
		posts.add("/logout");
		assertThat(posts).contains("/signup", "/profile", "/profile/delete", "/verify", "/password/reset");

		var admin = admin();
		for (String path : posts) {
			assertThat(admin.postWithoutCsrf(path)).as(path).hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(admin.get("/profile")).as("still signed in").hasStatusOk();
	}

	@Test
	void theOutboxIsForPlatformAdminsOnly() {
		assertThat(new Visitor(mvc, "10.8.1.1").get("/admin/mails")).hasStatus(HttpStatus.FOUND);
		assertThat(admin().get("/admin/mails")).hasStatusOk().bodyText().contains("Boîte d’envoi")
			.contains("Aucun serveur SMTP n’est configuré");
	}

	@Test
	void aSignedInMemberIsForbiddenTheAdminPagesAndTheActuator() {
		var member = members.member("M", "10.8.1.3");

		assertThat(member.get("/admin/mails")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.get("/admin/mails/1/html")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(member.get("/actuator/metrics")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(admin().get("/admin/mails/999999")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void actuatorHealthIsPublicAndTheRestIsForAdmins() {
		var anonymous = new Visitor(mvc, "10.8.2.1");
		assertThat(anonymous.get("/actuator/health")).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
		assertThat(anonymous.get("/actuator/metrics")).hasStatus(HttpStatus.FOUND);
		assertThat(admin().get("/actuator/metrics")).hasStatusOk();
	}

	@Test
	void pagesAnswerTheirErrorsWithTheErrorPageAndTheApiWithProblemJson() {
		var member = members.member("M", "10.8.1.4");
		for (var refused : List.of(member.get("/admin/mails"), member.get("/g/nope-" + System.nanoTime()))) {
			assertThat(refused.getResponse().getStatus()).isIn(403, 404);
			String type = refused.getResponse().getContentType();
			assertThat(type == null || !type.contains("json")).as("the error page, not a JSON document: %s", type).isTrue();
		}
		var api = new Visitor(mvc, "10.8.1.5").get("/api/v1/groups/nope-" + System.nanoTime());
		assertThat(api).hasStatus(HttpStatus.NOT_FOUND).hasContentType("application/problem+json");
	}

	@Test
	void theApiAnswersProblemJsonAndNeverCreatesASession() {
		var result = new Visitor(mvc, "10.8.3.1").get("/api/v1/anything", "Accept-Language", "en");
		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Authentication required.");
		assertThat(result.getResponse().getHeaders("Set-Cookie")).isEmpty();
	}

	@Test
	void theOpenApiDescriptionIsPublicAndListsTheOpenData() {
		var docs = new Visitor(mvc, "10.8.4.1").get("/api/docs");
		assertThat(docs).hasStatusOk();
		assertThat(docs).bodyJson().extractingPath("$.openapi").asString().startsWith("3.");
		assertThat(docs).bodyJson().extractingPath("$.info.title").isEqualTo("Club des innovateurs API");
		assertThat(docs).bodyText().contains("/api/v1/groups.geojson", "/api/v1/ecosystems/{keyword}/groups")
			.doesNotContain("/profile", "/admin");
	}
}
