package club.ecosystem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import club.directory.GroupJson;
import club.platform.ClubProperties;
import club.platform.web.CsvExport;

/**
 * Ecosystems as open data. Readable from any site (CORS), which is what the script widget
 * relies on: it runs in the host page and fetches the groups from here.
 */
@RestController
@RequestMapping("/api/v1/ecosystems")
@CrossOrigin(origins = "*", methods = org.springframework.web.bind.annotation.RequestMethod.GET, exposedHeaders = "ETag")
class EcosystemApi {

	private final Ecosystems ecosystems;
	private final ClubProperties properties;

	EcosystemApi(Ecosystems ecosystems, ClubProperties properties) {
		this.ecosystems = ecosystems;
		this.properties = properties;
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return ecosystems.all().stream().map(summary -> {
			Map<String, Object> json = describe(summary.ecosystem());
			json.put("groupCount", summary.groupCount());
			return json;
		}).toList();
	}

	@GetMapping("/{keyword}")
	Map<String, Object> show(@PathVariable String keyword) {
		var view = find(keyword);
		Map<String, Object> json = describe(view.ecosystem());
		json.put("charter", view.ecosystem().charter());
		json.put("groupsByType", view.byType());
		json.put("groupsByActivity", view.byActivity());
		return json;
	}

	/** The groups a visitor can join (archived ones left out), with their site and subscription links. */
	@GetMapping("/{keyword}/groups")
	ResponseEntity<List<Map<String, Object>>> groups(@PathVariable String keyword) {
		var groups = find(keyword).liveGroups().stream().map(group -> GroupJson.summary(group, properties)).toList();
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(groups);
	}

	/** Its live groups that have a position, as GeoJSON (RFC 7946); the map of the ecosystem page. */
	@GetMapping("/{keyword}/groups.geojson")
	ResponseEntity<Map<String, Object>> geojson(@PathVariable String keyword) {
		var features = find(keyword).liveGroups().stream()
			.filter(group -> group.position() != null)
			.map(group -> GroupJson.feature(group, properties))
			.toList();
		return ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("application/geo+json"))
			.cacheControl(CacheControl.noCache())
			.body(Map.of("type", "FeatureCollection", "features", features));
	}

	/** Export of the ecosystem: every group, archived ones included, as CSV. */
	@GetMapping("/{keyword}/groups.csv")
	ResponseEntity<byte[]> exportCsv(@PathVariable String keyword) {
		var view = find(keyword);
		return CsvExport.of(view.ecosystem().keyword() + ".csv", GroupJson.CSV_COLUMNS,
				view.groups().stream().map(group -> GroupJson.csvRow(group, properties)).toList());
	}

	/** Export of the ecosystem: every group, archived ones included, as JSON. */
	@GetMapping("/{keyword}/groups.json")
	ResponseEntity<List<Map<String, Object>>> exportJson(@PathVariable String keyword) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.body(find(keyword).groups().stream().map(group -> GroupJson.full(group, properties)).toList());
	}

	private Map<String, Object> describe(Ecosystem ecosystem) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("keyword", ecosystem.keyword());
		json.put("name", ecosystem.name());
		json.put("description", ecosystem.description());
		json.put("url", properties.link("/e/" + ecosystem.keyword()));
		return json;
	}

	private Ecosystems.View find(String keyword) {
		return ecosystems.view(keyword).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
