package club.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import club.support.ClubTest;
import club.support.Visitor;

@ClubTest
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void theHomePageIsInFrenchByDefaultWithTheTagline() {
		var home = new Visitor(mvc, "10.7.0.1").get("/");
		assertThat(home).hasStatusOk();
		assertThat(home).bodyText()
			.contains("<html lang=\"fr\">")
			.contains("Pour changer le monde, vous avez besoin d’un réseau !")
			.contains("<a class=\"skip-link\" href=\"#main\">Aller au contenu</a>")
			.contains("<main id=\"main\"")
			.contains("hreflang=\"en\"");
	}

	@Test
	void englishComesFromAcceptLanguageOrFromTheSwitchWhichIsRemembered() {
		assertThat(new Visitor(mvc, "10.7.0.2").get("/", "Accept-Language", "en-US,en;q=0.9")).bodyText()
			.contains("<html lang=\"en\">")
			.contains("To change the world, you need a network!");
		assertThat(new Visitor(mvc, "10.7.0.3").get("/", "Accept-Language", "de-DE,de;q=0.9")).bodyText()
			.contains("<html lang=\"fr\">");

		var visitor = new Visitor(mvc, "10.7.0.4");
		assertThat(visitor.get("/?lang=en")).bodyText().contains("<html lang=\"en\">");
		assertThat(visitor.get("/")).bodyText().contains("<html lang=\"en\">").contains("hreflang=\"fr\"");
		assertThat(visitor.get("/?lang=xx")).bodyText().contains("<html lang=\"en\">");
		assertThat(visitor.get("/?lang=fr")).bodyText().contains("<html lang=\"fr\">");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		for (String path : new String[] { "/", "/login", "/does-not-exist", "/actuator/health" }) {
			var response = new Visitor(mvc, "10.7.1.1").get(path).getResponse();
			String csp = response.getHeader("Content-Security-Policy");
			assertThat(csp).as(path).contains("script-src 'self'").contains("frame-ancestors 'none'")
				.doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
			assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("strict-origin-when-cross-origin");
			assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(response.getHeader("Strict-Transport-Security")).as(path).isNull();
		}
	}

	@Test
	void hstsIsSentOverHttps() {
		var response = mvc.perform(MockMvcRequestBuilders.get("/").secure(true)).getResponse();
		assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
	}

	@Test
	void noPageHasInlineScriptOrStyle() throws Exception {
		for (String path : new String[] { "/", "/login", "/signup", "/password/forgot", "/groups", "/map", "/ecosystems" }) {
			String html = new Visitor(mvc, "10.7.2.1").get(path).getResponse().getContentAsString();
			assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\ssrc=)").doesNotContain("<style")
				.doesNotContain(" style=").doesNotContainPattern(" on[a-z]+=");
		}
	}

	@Test
	void anonymousVisitorsGetNoSessionCookie() {
		var home = new Visitor(mvc, "10.7.3.1").get("/");
		assertThat(home.getResponse().getHeaders("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION"));
	}

	@Test
	void theWidgetThatOtherSitesLoadByItsPlainNameIsRevalidated() {
		var widget = new Visitor(mvc, "10.7.5.1").get("/js/widget.js");
		assertThat(widget).hasStatusOk();
		assertThat(widget.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
	}

	@Test
	void staticAssetsHaveFingerprintedNamesAndAYearOfCache() throws Exception {
		String html = new Visitor(mvc, "10.7.4.1").get("/").getResponse().getContentAsString();
		var matcher = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"").matcher(html);
		assertThat(matcher.find()).as("fingerprinted stylesheet in " + html).isTrue();

		var css = new Visitor(mvc, "10.7.4.1").get(matcher.group(1));
		assertThat(css).hasStatusOk();
		assertThat(css.getResponse().getHeader("Cache-Control")).contains("max-age=31536000").contains("public");
		assertThat(css.getResponse().getContentAsString()).contains("--brand: #009e89");
	}
}
