package club.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import club.support.BrowserTest;
import club.support.Chromium;

/** The map loads the groups of the visible area from the GeoJSON endpoint and clusters them. */
@BrowserTest
class BrowserMapTests {

	@RegisterExtension
	final Chromium browser = new Chromium();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMapShowsTheFilteredGroupsThatHaveAPosition() {
		String keyword = "map" + UUID.randomUUID().toString().substring(0, 6);
		group(keyword, "dakar", 14.7167, -17.4677);
		group(keyword, "thies", 14.7910, -16.9359);
		group(keyword, "lome", 6.1725, 1.2314);
		group(keyword, "online", null, null);

		var driver = browser.driver();
		driver.get("http://localhost:" + port + "/map?keyword=" + keyword);

		browser.waiting().until(ExpectedConditions.attributeToBe(By.id("group-map"), "data-loaded", "3"));
		assertThat(driver.findElement(By.id("map-count")).getText()).isEqualTo("3 groupe(s) dans cette zone");
		// Dakar and Thiès are close: at world zoom they share a cluster.
		assertThat(driver.findElements(By.cssSelector("#group-map .marker-cluster"))).isNotEmpty();
		assertThat(driver.findElement(By.id("keyword")).getAttribute("value")).isEqualTo(keyword);
	}

	private void group(String keyword, String name, Double latitude, Double longitude) {
		String slug = keyword + "-" + name;
		jdbc.sql("""
				insert into group_record (slug, name, tagline, group_type, activity, latitude, longitude, search_text,
				  created_at, updated_at)
				values (?, ?, 'Une ligne', 'TERRITORIAL', 'ACTIVE', ?, ?, ?, current_timestamp, current_timestamp)""")
			.params(slug, name, latitude, longitude, slug)
			.update();
		jdbc.sql("insert into group_keyword (group_id, keyword) select id, ? from group_record where slug = ?")
			.params(keyword, slug)
			.update();
	}
}
