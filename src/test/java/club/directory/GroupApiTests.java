package club.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.TestMembers;
import club.support.Visitor;

@ClubTest
class GroupApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestMembers members;

	/** Three groups sharing a marker keyword: Dakar and Lomé with positions, one online group. */
	String threeGroups() {
		String marker = "api" + UUID.randomUUID().toString().substring(0, 6);
		var creator = members.member("Awa", "10.40.0.1");
		creator.post("/groups", DirectoryTests.group(marker + "-dakar", "Dakar " + marker, "keywords", marker, "country",
				"Sénégal", "latitude", "14.7167", "longitude", "-17.4677", "type", "TERRITORIAL", "linkSubscribe",
				"https://dakar.example.org/join"));
		creator.post("/groups", DirectoryTests.group(marker + "-lome", "Lomé " + marker, "keywords", marker, "country", "Togo",
				"latitude", "6.1725", "longitude", "1.2314", "type", "TERRITORIAL"));
		creator.post("/groups", DirectoryTests.group(marker + "-web", "=HYPERLINK(\"http://evil\") " + marker, "keywords",
				marker, "type", "SUPPORT", "description", "En ligne, partout."));
		return marker;
	}

	Visitor anyone() {
		return new Visitor(mvc, "10.40.1.1");
	}

	@Test
	void theListIsFilteredPagedAndRevalidatedWithAnEtag() {
		String marker = threeGroups();
		var list = anyone().get("/api/v1/groups?keyword=" + marker + "&type=TERRITORIAL");

		assertThat(list).hasStatusOk().hasContentType("application/json");
		assertThat(list).bodyJson().extractingPath("$.total").isEqualTo(2);
		assertThat(list).bodyJson().extractingPath("$.groups[0].slug").isEqualTo(marker + "-dakar");
		assertThat(list).bodyJson().extractingPath("$.groups[0].position.longitude").isEqualTo(-17.4677);
		assertThat(list).bodyJson().extractingPath("$.groups[0].links.subscribe").isEqualTo("https://dakar.example.org/join");
		assertThat(list).bodyJson().extractingPath("$.groups[0].keywords[0]").isEqualTo(marker);

		String etag = list.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		assertThat(list.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
		var again = anyone().get("/api/v1/groups?keyword=" + marker + "&type=TERRITORIAL", "If-None-Match", etag);
		assertThat(again).hasStatus(HttpStatus.NOT_MODIFIED);
		assertThat(again.getResponse().getContentAsByteArray()).isEmpty();
	}

	@Test
	void oneGroupByItsShortNameAnd404AsProblemJson() {
		String marker = threeGroups();
		var group = anyone().get("/api/v1/groups/" + marker + "-lome");
		assertThat(group).hasStatusOk();
		assertThat(group).bodyJson().extractingPath("$.name").isEqualTo("Lomé " + marker);
		assertThat(group).bodyJson().extractingPath("$.url").isEqualTo("http://club.test/g/" + marker + "-lome");

		var missing = anyone().get("/api/v1/groups/nothing-here-" + marker, "Accept", "application/json");
		assertThat(missing).hasStatus(HttpStatus.NOT_FOUND).hasContentType("application/problem+json");
	}

	@Test
	void geojsonIsAFeatureCollectionWithLongitudeFirstAndABoundingBox() {
		String marker = threeGroups();
		var all = anyone().get("/api/v1/groups.geojson?keyword=" + marker);
		assertThat(all).hasStatusOk().hasContentType("application/geo+json");
		assertThat(all).bodyJson().extractingPath("$.type").isEqualTo("FeatureCollection");
		assertThat(all).bodyJson().extractingPath("$.features.length()").as("the online group has no position").isEqualTo(2);
		assertThat(all).bodyJson().extractingPath("$.features[0].geometry.type").isEqualTo("Point");
		assertThat(all).bodyJson().extractingPath("$.features[0].geometry.coordinates").isEqualTo(List.of(-17.4677, 14.7167));
		assertThat(all).bodyJson().extractingPath("$.features[0].properties.name").isEqualTo("Dakar " + marker);

		var westOnly = anyone().get("/api/v1/groups.geojson?keyword=" + marker + "&bbox=-20,10,-10,20");
		assertThat(westOnly).bodyJson().extractingPath("$.features.length()").isEqualTo(1);
		var acrossTheAntimeridian = anyone().get("/api/v1/groups.geojson?keyword=" + marker + "&bbox=170,0,5,20");
		assertThat(acrossTheAntimeridian).bodyJson().extractingPath("$.features.length()").isEqualTo(2);

		for (String bad : List.of("1,2,3", "a,b,c,d", "-200,0,10,10", "0,50,10,10")) {
			var refused = anyone().get("/api/v1/groups.geojson?bbox=" + bad);
			assertThat(refused).as(bad).hasStatus(HttpStatus.BAD_REQUEST).hasContentType("application/problem+json");
			assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("west,south,east,north");
		}
	}

	@Test
	void theCsvExportReadsBackAndNeverCarriesAFormula() throws Exception {
		String marker = threeGroups();
		var csv = anyone().get("/api/v1/groups.csv?keyword=" + marker);

		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(csv.getResponse().getHeader("Content-Disposition")).contains("attachment").contains("groupes.csv");
		String body = csv.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFFslug,name,tagline");
		List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(body.substring(1))).getRecords();
		assertThat(records).hasSize(3);
		assertThat(records).extracting(record -> record.get("slug"))
			.containsExactly(marker + "-web", marker + "-dakar", marker + "-lome");
		assertThat(records.get(0).get("name")).startsWith("'=HYPERLINK");
		assertThat(records.get(1).get("longitude")).isEqualTo("-17.4677");
		assertThat(records.get(1).get("linkSubscribe")).isEqualTo("https://dakar.example.org/join");
	}

	@Test
	void otherSitesMayRevalidateWithTheEtagAfterAPreflight() {
		var preflight = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options("/api/v1/groups")
			.header("Origin", "https://other.example")
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "If-None-Match"));
		assertThat(preflight).hasStatusOk();
		assertThat(preflight.getResponse().getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		var get = anyone().get("/api/v1/groups", "Origin", "https://other.example");
		assertThat(get.getResponse().getHeader("Access-Control-Expose-Headers")).contains("ETag");
	}

	@Test
	void theJsonExportIsUnpaged() {
		String marker = threeGroups();
		var json = anyone().get("/api/v1/groups.json?keyword=" + marker);
		assertThat(json).hasStatusOk();
		assertThat(json).bodyJson().extractingPath("$.length()").isEqualTo(3);
	}
}
