package club.ecosystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import club.support.BrowserTest;
import club.support.Chromium;
import club.support.Xss;

/**
 * Another site (a host page served from another origin) shows the ecosystem twice: in an
 * iframe of the embed page, and through the script widget rendering the list in its own page.
 */
@BrowserTest
class BrowserEmbedTests {

	@RegisterExtension
	final Chromium browser = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	EcosystemRepository ecosystems;

	@Autowired
	JdbcClient jdbc;

	HttpServer hostSite;
	String keyword;

	@BeforeEach
	void anEcosystemAndAHostSite() throws IOException {
		keyword = "emb-" + UUID.randomUUID().toString().substring(0, 8);
		ecosystems.insert(new Ecosystem(0, keyword, "Écosystème intégré", null, Ecosystem.COOP_GROUP_CHARTER, null,
				false, Instant.now()));
		group(keyword + "-a", "Fablab de Lomé", "ACTIVE", "https://fablab.example.org/join");
		group(keyword + "-b", "<img src=x onerror=document.title='pwned'>Santé Bamako", "ACTIVE", null);
		group(keyword + "-c", "Groupe arrêté", "ARCHIVED", null);

		String app = "http://localhost:" + port;
		String page = """
				<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Site partenaire</title></head><body>
				<h1>Site partenaire</h1>
				<iframe id="embedded" src="%1$s/e/%2$s/embed" title="Écosystème" width="900" height="500"></iframe>
				<iframe id="forbidden" src="%1$s/e/%2$s" title="Page normale" width="900" height="200"></iframe>
				<div id="widget" data-club-ecosystem="%2$s"></div>
				<script src="%1$s/js/widget.js" async></script>
				</body></html>""".formatted(app, keyword);
		// 127.0.0.1 and another port: another origin than the platform's localhost.
		hostSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		hostSite.createContext("/", exchange -> {
			byte[] body = page.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		hostSite.start();
	}

	@AfterEach
	void stopHostSite() {
		hostSite.stop(0);
	}

	@Test
	void theIframeAndTheWidgetShowTheLiveGroupsInsideAnotherSite() {
		var driver = browser.driver();
		var wait = browser.waiting();
		driver.get("http://127.0.0.1:" + hostSite.getAddress().getPort() + "/");

		// The widget renders the live groups as text inside the host page.
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#widget .club-ecosystem-group"), 2));
		String widget = driver.findElement(By.id("widget")).getText();
		assertThat(widget).contains("Fablab de Lomé", "S’inscrire", "<img src=x onerror=document.title='pwned'>Santé Bamako")
			.doesNotContain("Groupe arrêté");
		assertThat(driver.findElements(By.cssSelector("#widget img"))).isEmpty();
		assertThat(driver.getTitle()).isEqualTo("Site partenaire");

		// The embed page shows in its frame.
		driver.switchTo().frame("embedded");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1.embed-title")));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Fablab de Lomé", "2 groupes");
		driver.switchTo().defaultContent();

		// An ordinary page refuses to be framed: its frame stays without the page's content.
		driver.switchTo().frame("forbidden");
		assertThat(driver.findElements(By.cssSelector("h1"))).noneMatch(h1 -> h1.getText().contains("Écosystème intégré"));
		driver.switchTo().defaultContent();
	}

	@Test
	void noPayloadRunsInTheWidgetOrTheFramedEmbed() {
		List<String> payloads = Xss.payloads();
		for (int i = 0; i < payloads.size(); i++) {
			String payload = payloads.get(i);
			group(keyword + "-x" + i, payload.length() > 120 ? payload.substring(0, 120) : payload, "ACTIVE", null);
		}
		int live = payloads.size() + 2;
		var driver = browser.driver();
		var wait = browser.waiting();
		driver.get("http://127.0.0.1:" + hostSite.getAddress().getPort() + "/");

		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#widget .club-ecosystem-group"), live));
		assertThat(driver.findElements(By.cssSelector("#widget img, #widget script, #widget svg, #widget iframe, "
				+ "#widget object, #widget embed, #widget style, #widget input"))).isEmpty();
		assertThat(driver.findElement(By.id("widget")).getText()).contains(payloads.get(0), payloads.get(3));
		assertNoScriptRan(driver);

		driver.switchTo().frame("embedded");
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("main .group-list > li"), Ecosystems.View.PAGE_SIZE));
		int pages = (live + Ecosystems.View.PAGE_SIZE - 1) / Ecosystems.View.PAGE_SIZE;
		assertThat(driver.findElement(By.cssSelector("main .pagination")).getText()).contains("Page 1 sur " + pages);
		assertThat(driver.findElements(By.cssSelector("main .group-list img, main .group-list script, main .group-list svg, "
				+ "main .group-list iframe"))).isEmpty();
		assertNoScriptRan(driver);
		driver.switchTo().defaultContent();
	}

	/** A payload that ran would have opened an alert or renamed the page. */
	private static void assertNoScriptRan(org.openqa.selenium.WebDriver driver) {
		assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
		assertThat(driver.getTitle()).isIn("Site partenaire", "Écosystème intégré");
	}

	private void group(String slug, String name, String activity, String subscribe) {
		long id = jdbc.sql("""
				insert into group_record (slug, name, tagline, group_type, activity, search_text, created_at, updated_at)
				values (?, ?, 'Une ligne', 'THEMATIC', ?, ?, current_timestamp, current_timestamp)""")
			.params(slug, name, activity, slug)
			.update() > 0 ? jdbc.sql("select id from group_record where slug = ?").param(slug).query(Long.class).single() : 0;
		jdbc.sql("insert into group_keyword (group_id, keyword) values (?, ?)").params(id, keyword).update();
		if (subscribe != null) {
			jdbc.sql("insert into group_link (group_id, kind, url) values (?, 'SUBSCRIBE', ?)").params(id, subscribe).update();
		}
	}
}
