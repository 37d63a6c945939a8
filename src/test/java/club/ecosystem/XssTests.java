package club.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;
import club.support.Xss;

/** Every payload through every text field of a group, then every page that shows groups. */
@ClubTest
class XssTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	EcosystemRepository ecosystems;

	@Test
	void noPayloadTypedIntoAGroupBecomesActiveOnAnyPage() throws Exception {
		List<String> payloads = Xss.payloads();
		assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
		String keyword = "xss" + UUID.randomUUID().toString().substring(0, 6);
		ecosystems.insert(new Ecosystem(0, keyword, "XSS " + keyword, payloads.getFirst(), payloads.get(1), null,
				false, Instant.now()));
		var author = members.member("<b onmouseover=alert(1)>Auteur</b>", "10.50.0.1");

		List<String> slugs = new ArrayList<>();
		for (int i = 0; i < payloads.size(); i++) {
			String payload = payloads.get(i);
			String slug = keyword + "-" + i;
			var created = author.post("/groups", "name", cut(keyword + " " + payload, 120), "tagline", cut(payload, 140),
					"type", "THEMATIC", "slug", slug, "activity", "ACTIVE", "description", payload, "domain", payload,
					"keywords", keyword + ", " + cut(payload.replaceAll("[,;]", " "), 40).strip(), "country", cut(payload, 80),
					"region", cut(payload, 80), "partners", cut(payload.replace("|", " "), 120));
			assertThat(created).as("payload %d accepted: %s", i, payload).hasStatus(HttpStatus.FOUND);
			slugs.add(slug);
		}

		var anyone = new Visitor(mvc, "10.50.0.2");
		for (String slug : slugs) {
			Xss.assertInert(anyone.get("/g/" + slug).getResponse().getContentAsString(), "/g/" + slug);
			Xss.assertInert(author.get("/g/" + slug + "/edit").getResponse().getContentAsString(), "/g/" + slug + "/edit");
		}
		Xss.assertInert(author.get("/g/" + slugs.get(7) + "/history").getResponse().getContentAsString(), "history");
		int pages = (payloads.size() + 19) / 20;
		for (int page = 1; page <= pages; page++) {
			String html = anyone.get("/groups?keyword=" + keyword + "&page=" + page).getResponse().getContentAsString();
			Xss.assertInert(html, "/groups page " + page);
		}
		int ecosystemPages = (payloads.size() + Ecosystems.View.PAGE_SIZE - 1) / Ecosystems.View.PAGE_SIZE;
		var allEmbeds = new StringBuilder();
		for (int page = 1; page <= ecosystemPages; page++) {
			Xss.assertInert(anyone.get("/e/" + keyword + "?page=" + page).getResponse().getContentAsString(),
					"/e/" + keyword + " page " + page);
			String embed = anyone.get("/e/" + keyword + "/embed?page=" + page).getResponse().getContentAsString();
			Xss.assertInert(embed, "/e/" + keyword + "/embed page " + page);
			allEmbeds.append(embed);
		}
		for (int i = 0; i < payloads.size(); i++) {
			assertThat(allEmbeds).as("group %d on one of the embed pages", i).contains("/g/" + keyword + "-" + i + "\"");
		}
		Xss.assertInert(anyone.get("/ecosystems").getResponse().getContentAsString(), "/ecosystems");
	}

	@Test
	void theCheckItselfCatchesActiveMarkup() {
		for (String active : List.of("<p>ok</p><script>alert(1)</script>", "<a href=\"javascript:alert(1)\">x</a>",
				"<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<iframe src=\"/x\"></iframe>",
				"<a href=\" JavaScript:alert(1)\">x</a>", "<a href=\"&#106;avascript:alert(1)\">x</a>",
				"<a href=\"java&#x09;script&colon;alert(1)\">x</a>", "<meta http-equiv=\"refresh\" content=\"0\">")) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> Xss.assertInert(active, "sample"))
				.as(active)
				.isInstanceOf(AssertionError.class);
		}
		Xss.assertInert("<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href=\"https://example.org\">ok</a></p>", "escaped");
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
