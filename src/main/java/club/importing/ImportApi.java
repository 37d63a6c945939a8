package club.importing;

import java.net.URI;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import club.platform.ClubProperties;
import club.platform.security.SignedInUser;
import club.platform.web.Problems;

/**
 * Imports through the API, for platform admins with a personal token: the same steps as the
 * admin page. Upload the source (raw body or multipart), look at the mapping and the source's
 * fields, dry-run with an optional new mapping, apply, then follow the progress and read the report.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportApi {

	private final Importer importer;
	private final ImportStarter starter;
	private final Problems problems;
	private final MessageSource messages;
	private final ClubProperties properties;

	ImportApi(Importer importer, ImportStarter starter, Problems problems, MessageSource messages, ClubProperties properties) {
		this.importer = importer;
		this.starter = starter;
		this.problems = problems;
		this.messages = messages;
		this.properties = properties;
	}

	@GetMapping
	List<Map<String, Object>> list() {
		return importer.recent().stream().map(job -> summary(job)).toList();
	}

	/** The file as the request body: {@code curl --data-binary @export.json -H 'Content-Type: application/json'}. */
	@PostMapping(consumes = { "text/csv", MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE,
			MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<?> upload(@RequestParam(defaultValue = "") String source, @RequestParam(required = false) @Nullable String fileName,
			@RequestBody(required = false) byte @Nullable [] body, Locale locale) throws SourceRecords.Unreadable {
		return create(source, fileName, body == null ? new byte[0] : body, locale);
	}

	/** The file as the {@code file} part of a form, as the admin page sends it. */
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> uploadForm(@RequestParam(defaultValue = "") String source, @RequestParam(required = false) @Nullable MultipartFile file,
			Locale locale) throws java.io.IOException, SourceRecords.Unreadable {
		return create(source, file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes(), locale);
	}

	@GetMapping("/{id}")
	Map<String, Object> show(@PathVariable long id) throws SourceRecords.Unreadable {
		return full(job(id));
	}

	/**
	 * A dry run, with the mapping given ({@code {"mapping": {"NAME": "bf_titre", …}}}: the fields
	 * left out are not imported) or the current one when the body is empty.
	 */
	@PostMapping("/{id}/dry-run")
	ResponseEntity<?> dryRun(@PathVariable long id, @RequestBody(required = false) @Nullable Map<String, Object> body, Locale locale)
			throws SourceRecords.Unreadable {
		ImportJob job = job(id);
		if (job.status() != ImportJob.Status.READY) {
			return problems.response(HttpStatus.CONFLICT, "import.api.notReady");
		}
		if (body != null && body.get("mapping") != null) {
			var errors = new LinkedHashMap<String, String>();
			var mapping = mapping(body.get("mapping"), importer.fields(job), errors, locale);
			if (!errors.isEmpty()) {
				return problems.invalid(errors);
			}
			importer.remap(job, mapping);
		}
		importer.dryRun(importer.job(id));
		return ResponseEntity.ok(full(importer.job(id)));
	}

	/** 202: the import runs in the background; its address tells the progress and, once done, the report. */
	@PostMapping("/{id}/apply")
	ResponseEntity<?> apply(@PathVariable long id) throws SourceRecords.Unreadable {
		job(id);
		if (!starter.start(id)) {
			return problems.response(HttpStatus.CONFLICT, "import.api.notReady");
		}
		return ResponseEntity.accepted().location(URI.create(properties.link("/api/v1/imports/" + id))).body(summary(importer.job(id)));
	}

	private ResponseEntity<?> create(String source, @Nullable String fileName, byte[] content, Locale locale)
			throws SourceRecords.Unreadable {
		var errors = new LinkedHashMap<String, String>();
		if (source.isBlank() || source.length() > 60) {
			errors.put("source", messages.getMessage("import.source.invalid", null, locale));
		}
		if (content.length == 0) {
			errors.put("file", messages.getMessage("import.file.required", null, locale));
		}
		if (errors.isEmpty()) {
			try {
				ImportJob job = importer.upload(source.strip(), fileName, content, locale,
						SignedInUser.current().map(SignedInUser::accountId).orElse(null));
				return ResponseEntity.created(URI.create(properties.link("/api/v1/imports/" + job.id()))).body(full(job));
			}
			catch (SourceRecords.Unreadable unreadable) {
				errors.put("file", messages.getMessage(unreadable.messageKey, unreadable.arguments, locale));
			}
		}
		return problems.invalid(errors);
	}

	private ImportJob job(long id) {
		return importer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Field names of the platform (NAME, TAGLINE…) to field names of the source, each checked. */
	private Map<ImportField, String> mapping(Object given, Set<String> sourceFields, Map<String, String> errors, Locale locale) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		if (!(given instanceof Map<?, ?> entries)) {
			errors.put("mapping", messages.getMessage("import.api.mappingShape", null, locale));
			return mapping;
		}
		entries.forEach((key, value) -> {
			String field = "mapping." + key;
			ImportField target = ImportField.named(String.valueOf(key)).orElse(null);
			if (target == null) {
				errors.put(field, messages.getMessage("import.api.unknownField", new Object[] { List.of(ImportField.values()) }, locale));
			}
			else if (!(value instanceof String name) || !sourceFields.contains(name)) {
				errors.put(field, messages.getMessage("import.api.notInSource", new Object[] { String.valueOf(value) }, locale));
			}
			else {
				mapping.put(target, name);
			}
		});
		return mapping;
	}

	private Map<String, Object> summary(ImportJob job) {
		var json = new LinkedHashMap<String, Object>();
		json.put("id", job.id());
		json.put("url", properties.link("/api/v1/imports/" + job.id()));
		json.put("source", job.source());
		json.put("format", job.format().name());
		json.put("fileName", job.fileName());
		json.put("status", job.status().name());
		json.put("total", job.total());
		json.put("processed", job.processed());
		json.put("percent", job.percent());
		json.put("createdAt", job.createdAt());
		json.put("finishedAt", job.finishedAt());
		return json;
	}

	private Map<String, Object> full(ImportJob job) throws SourceRecords.Unreadable {
		var json = summary(job);
		var mapping = new LinkedHashMap<String, String>();
		job.mapping().forEach((field, name) -> mapping.put(field.name(), name));
		json.put("mapping", mapping);
		json.put("sourceFields", importer.fields(job));
		ImportReport report = job.report();
		if (report != null) {
			var counts = new LinkedHashMap<String, Long>();
			for (ImportReport.Action action : ImportReport.Action.values()) {
				counts.put(action.name().toLowerCase(Locale.ROOT), report.count(action));
			}
			json.put("report", Map.of("dryRun", report.dryRun(), "counts", counts, "rows", report.rows()));
		}
		return json;
	}
}
