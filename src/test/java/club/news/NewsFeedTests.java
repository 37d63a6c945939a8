package club.news;

import static club.news.NewsTests.group;
import static club.news.NewsTests.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import club.support.ClubTest;
import club.support.MutableClock;
import club.support.TestImages;
import club.support.TestMembers;
import club.support.Visitor;
import club.support.Xss;

/** A group's and an ecosystem's public news as RSS 2.0 and Atom, read back as a feed reader reads them (Rome). */
@ClubTest
class NewsFeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	@Autowired
	MutableClock clock;

	static SyndFeed parse(MvcTestResult result) throws Exception {
		return new SyndFeedInput().build(new StringReader(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)));
	}

	@Test
	void aGroupsFeedsHoldItsPublicPublishedPostsOnlyWithAbsoluteLinksStableIdsAndDates() throws Exception {
		var admin = members.member("Awa", "10.132.0.1");
		String slug = group(admin);
		long published = post(admin, slug, "Ouvert à tous", "Un texte avec un [lien](https://example.org).", "PUBLIC", "NOW");
		long withPicture = NewsTests.id(admin.upload("/g/" + slug + "/news", TestImages.png("image", 1200, 630), "title", "En image", "body",
				"Regardez", "audience", "PUBLIC", "publication", "NOW"));
		post(admin, slug, "Réservé aux membres", "Entre nous", "MEMBERS", "NOW");
		post(admin, slug, "Brouillon", "Pas prêt", "PUBLIC", "DRAFT");
		post(admin, slug, "Programmée", "Plus tard", "PUBLIC", "SCHEDULE", "publishAt", NewsTests.day(clock, 1, 18));
		var reader = new Visitor(mvc, "10.132.0.9");

		var rssResponse = reader.get("/g/" + slug + "/news.rss");
		assertThat(rssResponse).hasStatusOk();
		assertThat(rssResponse.getResponse().getContentType()).startsWith("application/rss+xml");
		assertThat(rssResponse).bodyText().as("its own address, as validators ask")
			.containsPattern("<atom:link [^>]*href=\"http://club\\.test/g/" + slug + "/news\\.rss\" rel=\"self\"");
		SyndFeed rss = parse(rssResponse);
		assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
		assertThat(rss.getTitle()).isEqualTo("Groupe " + slug);
		assertThat(rss.getLink()).isEqualTo("http://club.test/g/" + slug + "/news");
		assertThat(rss.getEntries()).extracting(SyndEntry::getTitle).containsExactly("En image", "Ouvert à tous");
		SyndEntry entry = rss.getEntries().get(1);
		assertThat(entry.getLink()).isEqualTo("http://club.test/news/" + published);
		assertThat(entry.getUri()).startsWith("urn:uuid:");
		assertThat(entry.getPublishedDate()).isNotNull();
		assertThat(entry.getDescription().getValue()).contains("<a href=\"https://example.org\" rel=\"nofollow noopener ugc\">lien</a>");
		assertThat(rss.getEntries().get(0).getDescription().getValue())
			.containsPattern("<img src=\"http://club\\.test/news/" + withPicture + "/image\\.jpg\\?v=\\d+\"");

		var atomResponse = reader.get("/g/" + slug + "/news.atom");
		assertThat(atomResponse.getResponse().getContentType()).startsWith("application/atom+xml");
		SyndFeed atom = parse(atomResponse);
		assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
		assertThat(atom.getEntries()).extracting(SyndEntry::getTitle).containsExactly("En image", "Ouvert à tous");
		assertThat(atom.getEntries()).extracting(SyndEntry::getUri).as("the same identity in both formats")
			.containsExactlyElementsOf(rss.getEntries().stream().map(SyndEntry::getUri).toList());
		assertThat(atom.getEntries().get(1).getContents().getFirst().getValue()).contains("Un texte avec un");
		assertThat(atom.getEntries().get(1).getUpdatedDate()).isNotNull();
		assertThat(atom.getLinks()).anySatisfy(link -> {
			assertThat(link.getRel()).isEqualTo("self");
			assertThat(link.getHref()).isEqualTo("http://club.test/g/" + slug + "/news.atom");
		});

		String etag = atomResponse.getResponse().getHeader("ETag");
		assertThat(reader.get("/g/" + slug + "/news.atom", "If-None-Match", etag)).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(reader.get("/g/inconnu-" + slug + "/news.rss")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anEcosystemsFeedsAggregateThePublicPostsOfItsGroupsEachNamingItsGroup() throws Exception {
		var platformAdmin = members.admin("10.132.1.8");
		String keyword = "fx" + UUID.randomUUID().toString().substring(0, 6);
		platformAdmin.post("/ecosystems", "keyword", keyword, "name", "Réseau " + keyword, "charter", "Règle");
		var admin = members.member("Awa", "10.132.1.1");
		String first = group(admin, keyword);
		String second = group(admin, keyword);
		String outside = group(admin);
		post(admin, first, "Du premier", "Texte", "PUBLIC", "NOW");
		post(admin, second, "Du second", "Texte", "PUBLIC", "NOW");
		post(admin, second, "Interne", "Texte", "MEMBERS", "NOW");
		post(admin, second, "En brouillon", "Texte", "PUBLIC", "DRAFT");
		post(admin, outside, "D’ailleurs", "Texte", "PUBLIC", "NOW");
		var reader = new Visitor(mvc, "10.132.1.9");
		for (String format : new String[] { "rss", "atom" }) {
			SyndFeed feed = parse(reader.get("/e/" + keyword + "/news." + format));
			assertThat(feed.getTitle()).isEqualTo("Réseau " + keyword);
			assertThat(feed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Du second", "Du premier");
			assertThat(feed.getEntries().getFirst().getCategories()).extracting(category -> category.getName()).containsExactly("Groupe " + second);
		}
		assertThat(reader.get("/e/inconnu-" + keyword + "/news.atom")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void aPostsHtmlIsSanitizedInFeeds() throws Exception {
		var admin = members.member("Awa", "10.132.2.1");
		String slug = group(admin);
		post(admin, slug, "Piégé", "<script>alert(1)</script>\n\n[clic](javascript:alert(2)) <img src=x onerror=alert(3)>", "PUBLIC", "NOW");
		SyndFeed feed = parse(new Visitor(mvc, "10.132.2.9").get("/g/" + slug + "/news.rss"));
		String html = feed.getEntries().getFirst().getDescription().getValue();
		Xss.assertInert(html, "the feed's content");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:");
	}
}
