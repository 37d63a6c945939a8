package club.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

@ClubTest
class EcosystemTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	EcosystemRepository ecosystems;

	/** An ecosystem and three groups carrying its keyword: two live, one archived. */
	String ecosystemWithGroups(String origins) {
		String keyword = "eco-" + UUID.randomUUID().toString().substring(0, 8);
		ecosystems.insert(new Ecosystem(0, keyword, "Écosystème " + keyword, "Des **groupes** reliés.",
				Ecosystem.COOP_GROUP_CHARTER, origins, false, Instant.now()));
		var creator = members.member("Awa", "10.30.0.1");
		creator.post("/groups", "name", "Fablab " + keyword, "tagline", "Fabriquer ensemble", "type", "THEMATIC", "slug",
				keyword + "-fab", "activity", "ACTIVE", "keywords", keyword + ", fablab", "linkHome", "https://fab.example.org",
				"linkSubscribe", "https://fab.example.org/join");
		creator.post("/groups", "name", "Dakar " + keyword, "tagline", "Les innovateurs de Dakar", "type", "TERRITORIAL",
				"slug", keyword + "-dkr", "activity", "PREPARATION", "keywords", keyword, "country", "Sénégal");
		creator.post("/groups", "name", "Ancien " + keyword, "tagline", "Arrêté", "type", "THEMATIC", "slug",
				keyword + "-old", "activity", "ARCHIVED", "keywords", keyword);
		return keyword;
	}

	@Test
	void theEcosystemPageListsItsLiveGroupsWithTheirLinksAndCountsByTypeAndActivity() {
		String keyword = ecosystemWithGroups(null);

		var page = new Visitor(mvc, "10.30.1.1").get("/e/" + keyword);

		assertThat(page).hasStatusOk().bodyText()
			.contains("<h1>Écosystème " + keyword + "</h1>")
			.contains("<strong>groupes</strong>")
			.contains("Fablab " + keyword, "Dakar " + keyword).doesNotContain("Ancien " + keyword)
			.contains("href=\"https://fab.example.org\"", "href=\"https://fab.example.org/join\"")
			.contains("<strong>2 groupes</strong>")
			.contains("Thématique : 2", "Territorial : 1", "Archivé : 1", "En préparation : 1")
			.contains("sans adhésion ni autre restriction")
			.contains("&lt;iframe src=\"http://club.test/e/" + keyword + "/embed\"")
			.contains("data-club-ecosystem=\"" + keyword + "\"")
			.contains("data-geojson=\"/api/v1/ecosystems/" + keyword + "/groups.geojson\"");
		assertThat(new Visitor(mvc, "10.30.1.1").get("/ecosystems")).bodyText().contains("Écosystème " + keyword);
		assertThat(new Visitor(mvc, "10.30.1.1").get("/e/nothing-here")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aGroupPageNamesTheEcosystemsItsKeywordsPutItIn() {
		String keyword = ecosystemWithGroups(null);
		assertThat(new Visitor(mvc, "10.30.2.1").get("/g/" + keyword + "-fab")).bodyText()
			.contains("href=\"/e/" + keyword + "\">Écosystème " + keyword + "</a>");
	}

	@Test
	void onlyTheEmbedPageMayBeFramedAndOnlyByTheAllowedSites() {
		String open = ecosystemWithGroups(null);
		var embed = new Visitor(mvc, "10.30.3.1").get("/e/" + open + "/embed").getResponse();
		assertThat(embed.getHeader("Content-Security-Policy")).endsWith("frame-ancestors *").contains("script-src 'self'");
		assertThat(embed.getHeader("X-Frame-Options")).isNull();

		String restricted = ecosystemWithGroups("https://cap-sciences.example https://coop-group.example");
		assertThat(new Visitor(mvc, "10.30.3.1").get("/e/" + restricted + "/embed").getResponse()
			.getHeader("Content-Security-Policy"))
			.endsWith("frame-ancestors https://cap-sciences.example https://coop-group.example");

		var page = new Visitor(mvc, "10.30.3.1").get("/e/" + open).getResponse();
		assertThat(page.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'none'");
		assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void theEmbedPageHasNoSiteChromeAndOpensLinksOutside() {
		String keyword = ecosystemWithGroups(null);
		var embed = new Visitor(mvc, "10.30.4.1").get("/e/" + keyword + "/embed");
		assertThat(embed).bodyText()
			.doesNotContain("site-header")
			.contains("href=\"http://club.test/g/" + keyword + "-fab\" target=\"_blank\"")
			.contains("Dakar " + keyword);
	}

	@Test
	void theOpenDataApiGivesTheGroupsToAnySite() {
		String keyword = ecosystemWithGroups(null);
		var groups = new Visitor(mvc, "10.30.5.1").get("/api/v1/ecosystems/" + keyword + "/groups", "Origin",
				"https://any-site.example");

		assertThat(groups).hasStatusOk().hasContentType("application/json");
		assertThat(groups.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(groups).bodyJson().extractingPath("$.length()").isEqualTo(2);
		assertThat(groups).bodyJson().extractingPath("$[1].subscribeUrl").isEqualTo("https://fab.example.org/join");
		assertThat(groups).bodyJson().extractingPath("$[1].url").isEqualTo("http://club.test/g/" + keyword + "-fab");
		assertThat(groups.getResponse().getHeaders("Set-Cookie")).isEmpty();

		var ecosystem = new Visitor(mvc, "10.30.5.1").get("/api/v1/ecosystems/" + keyword);
		assertThat(ecosystem).bodyJson().extractingPath("$.groupsByType.THEMATIC").isEqualTo(2);
		assertThat(ecosystem).bodyJson().extractingPath("$.groupsByActivity.ARCHIVED").isEqualTo(1);

		var missing = new Visitor(mvc, "10.30.5.1").get("/api/v1/ecosystems/nothing-here", "Accept", "application/json");
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND).hasContentType("application/problem+json");
	}

	@Test
	void groupTextIsInertOnTheEcosystemAndEmbedPages() throws Exception {
		String keyword = ecosystemWithGroups(null);
		var creator = members.member("Awa", "10.30.6.1");
		creator.post("/groups", "name", "<script>alert(1)</script>" + keyword, "tagline", "<img src=x onerror=alert(1)>",
				"type", "SUPPORT", "slug", keyword + "-xss", "activity", "ACTIVE", "keywords", keyword);

		for (String path : new String[] { "/e/" + keyword, "/e/" + keyword + "/embed" }) {
			String html = new Visitor(mvc, "10.30.6.2").get(path).getResponse().getContentAsString();
			assertThat(html).as(path).contains("&lt;script&gt;alert(1)&lt;/script&gt;" + keyword)
				.doesNotContain("<script>alert", "<img src=x").doesNotContainPattern("<[^>]+\\son[a-z]+\\s*=");
		}
	}

	@Test
	void aLargeEcosystemIsShownFiftyGroupsAPageWithItsCountsOverAll(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc)
			throws Exception {
		String keyword = "big" + UUID.randomUUID().toString().substring(0, 6);
		ecosystems.insert(new Ecosystem(0, keyword, "Grand " + keyword, null, Ecosystem.COOP_GROUP_CHARTER, null, false,
				Instant.now()));
		for (int i = 0; i < 55; i++) {
			String slug = keyword + "-" + i;
			jdbc.sql("""
					insert into group_record (slug, name, tagline, group_type, activity, search_text, created_at, updated_at)
					values (?, ?, 'Une ligne', 'THEMATIC', 'ACTIVE', ?, current_timestamp, current_timestamp)""")
				.params(slug, String.format("Groupe %02d", i), slug)
				.update();
			jdbc.sql("insert into group_keyword (group_id, keyword) select id, ? from group_record where slug = ?")
				.params(keyword, slug)
				.update();
		}
		for (String path : new String[] { "/e/" + keyword, "/e/" + keyword + "/embed" }) {
			String first = new Visitor(mvc, "10.30.7.1").get(path).getResponse().getContentAsString();
			assertThat(first).as(path).contains("55 groupes", "Groupe 49").doesNotContain("Groupe 50")
				.contains("Page 1 sur 2").contains("?page=2\" rel=\"next\"");
			assertThat(new Visitor(mvc, "10.30.7.1").get(path + "?page=2")).bodyText().contains("Groupe 54")
				.doesNotContain("Groupe 49").contains("Page 2 sur 2");
		}
	}
}
