package club.directory;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import club.platform.ClubProperties;
import club.platform.security.SignedInUser;
import club.platform.web.CsvExport;
import club.platform.web.Problems;

/**
 * The directory as open data: readable by anyone, from any site (CORS, GET only). Filters are
 * those of the directory page (q, type, activity, keyword, country, region, archived, sort).
 * Writing needs a signed-in person: a personal token ({@code Authorization: Bearer}) or a
 * session with its CSRF token.
 */
@RestController
@RequestMapping("/api/v1")
@CrossOrigin(origins = "*", methods = RequestMethod.GET, exposedHeaders = "ETag")
class GroupApi {

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final GroupDirectory directory;
	private final ClubProperties properties;
	private final Problems problems;
	private final MessageSource messages;

	GroupApi(GroupDirectory directory, ClubProperties properties, Problems problems, MessageSource messages) {
		this.directory = directory;
		this.properties = properties;
		this.problems = problems;
		this.messages = messages;
	}

	/** One page of groups (20), with the total. */
	@GetMapping("/groups")
	ResponseEntity<Map<String, Object>> list(@RequestParam Map<String, String> parameters) {
		DirectoryPage page = directory.search(DirectoryQuery.fromParameters(parameters));
		return revalidated(Map.of("total", page.total(), "page", page.query().page(), "pageCount", page.pageCount(),
				"pageSize", DirectoryQuery.PAGE_SIZE,
				"groups", page.groups().stream().map(group -> GroupJson.full(group, properties)).toList()));
	}

	@GetMapping("/groups/{slug:[a-z0-9-]+}")
	ResponseEntity<Map<String, Object>> show(@PathVariable String slug) {
		Group group = directory.find(slug).orElseGet(() -> {
			String current = directory.renamedTo(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			return directory.find(current).orElseThrow();
		});
		return revalidated(GroupJson.full(group, properties));
	}

	/**
	 * The groups that have a position, as a GeoJSON FeatureCollection (RFC 7946), optionally
	 * inside {@code bbox=west,south,east,north}.
	 */
	@GetMapping("/groups.geojson")
	ResponseEntity<?> geojson(@RequestParam Map<String, String> parameters) {
		BoundingBox box = null;
		if (parameters.containsKey("bbox")) {
			box = BoundingBox.parse(parameters.get("bbox")).orElse(null);
			if (box == null) {
				var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						"bbox must be west,south,east,north in degrees (RFC 7946), e.g. -18,4,3,19");
				return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
			}
		}
		List<Map<String, Object>> features = directory.all(DirectoryQuery.fromParameters(parameters), box).stream()
			.filter(group -> group.position() != null)
			.map(group -> GroupJson.feature(group, properties))
			.toList();
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.cacheControl(CacheControl.noCache())
			.body(Map.of("type", "FeatureCollection", "features", features));
	}

	/** Every matching group, unpaged, as JSON. */
	@GetMapping("/groups.json")
	ResponseEntity<List<Map<String, Object>>> exportJson(@RequestParam Map<String, String> parameters) {
		return revalidated(directory.all(DirectoryQuery.fromParameters(parameters), null).stream()
			.map(group -> GroupJson.full(group, properties))
			.toList());
	}

	/** Every matching group, unpaged, as CSV. */
	@GetMapping("/groups.csv")
	ResponseEntity<byte[]> exportCsv(@RequestParam Map<String, String> parameters) {
		return CsvExport.of("groupes.csv", GroupJson.CSV_COLUMNS,
				directory.all(DirectoryQuery.fromParameters(parameters), null).stream()
					.map(group -> GroupJson.csvRow(group, properties))
					.toList());
	}

	/** Creates a group; its author (session or personal token) becomes its admin. */
	@PostMapping("/groups")
	ResponseEntity<?> create(@RequestBody Map<String, Object> body, Locale locale) {
		return write(body, null, locale);
	}

	/** Replaces the whole record: fields left out become empty. */
	@PutMapping("/groups/{slug}")
	ResponseEntity<?> replace(@PathVariable String slug, @RequestBody Map<String, Object> body, Locale locale) {
		return editable(slug).<ResponseEntity<?>>map(group -> write(body, group, locale))
			.orElseGet(() -> problems.response(HttpStatus.FORBIDDEN, "problem.forbidden"));
	}

	/** Changes only the fields given. */
	@PatchMapping("/groups/{slug}")
	ResponseEntity<?> patch(@PathVariable String slug, @RequestBody Map<String, Object> body, Locale locale) {
		return editable(slug).<ResponseEntity<?>>map(group -> write(body, group, GroupForm.of(group), locale))
			.orElseGet(() -> problems.response(HttpStatus.FORBIDDEN, "problem.forbidden"));
	}

	private ResponseEntity<?> write(Map<String, Object> body, @Nullable Group existing, Locale locale) {
		return write(body, existing, null, locale);
	}

	private ResponseEntity<?> write(Map<String, Object> body, @Nullable Group existing, @Nullable GroupForm base,
			Locale locale) {
		var unknown = GroupJsonInput.unknownFields(body);
		if (!unknown.isEmpty()) {
			Map<String, String> errors = new java.util.LinkedHashMap<>();
			unknown.forEach((field, key) -> errors.put(field, messages.getMessage(key, null, locale)));
			return problems.invalid(errors);
		}
		var outcome = directory.save(GroupJsonInput.toForm(body, base), existing, SignedInUser.current().orElseThrow(), locale);
		return switch (outcome) {
			case GroupDirectory.SaveOutcome.Invalid invalid -> problems.invalid(invalid.errors());
			case GroupDirectory.SaveOutcome.Saved saved -> {
				var json = GroupJson.full(saved.group(), properties);
				yield saved.created()
						? ResponseEntity.created(java.net.URI.create(properties.link("/api/v1/groups/" + saved.group().slug())))
							.body(json)
						: ResponseEntity.ok(json);
			}
		};
	}

	/** The group if the caller may edit it; 404 when there is no such group. */
	private java.util.Optional<Group> editable(String slug) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return directory.canEdit(group, SignedInUser.current()) ? java.util.Optional.of(group) : java.util.Optional.empty();
	}

	/** Public data that changes: cacheable, revalidated each time (the ETag filter answers 304). */
	private static <T> ResponseEntity<T> revalidated(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
	}
}
