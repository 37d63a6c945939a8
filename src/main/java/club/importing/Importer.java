package club.importing;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import club.directory.GroupDirectory;
import club.directory.GroupDirectory.ImportOutcome;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs imports: reads the source once at upload (an unreadable file is refused there), then
 * dry runs and the real run go entry by entry through the directory's own checks. Each entry
 * is its own transaction: a bad entry never stops the good ones, and is reported, never
 * dropped silently.
 */
@Service
public class Importer {

	/** As spring.servlet.multipart.max-file-size. */
	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Importer.class);

	static final int MAX_BYTES = 10 * 1024 * 1024;

	private final ImportRepository jobs;
	private final GroupDirectory directory;
	private final TransactionTemplate transaction;
	private final MessageSource messages;
	private final JsonMapper json;
	private final Clock clock;

	Importer(ImportRepository jobs, GroupDirectory directory, TransactionTemplate transaction, MessageSource messages,
			JsonMapper json, Clock clock) {
		this.jobs = jobs;
		this.directory = directory;
		this.transaction = transaction;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/** Stores an uploaded source with a default mapping; refuses what can't be read. */
	ImportJob upload(String source, @Nullable String fileName, byte[] bytes, Locale locale, @Nullable Long by)
			throws SourceRecords.Unreadable {
		if (bytes.length > MAX_BYTES) {
			throw new SourceRecords.Unreadable("import.unreadable.tooLarge");
		}
		String content = new String(bytes, StandardCharsets.UTF_8);
		SourceFormat format = SourceRecords.detect(content);
		SourceRecords records = SourceRecords.parse(content, format, json);
		long id = jobs.insert(source, format, fileName, content, defaultMapping(format, records.fields()), locale,
				records.entries().size(), by, clock.instant());
		return jobs.find(id).orElseThrow();
	}

	ImportJob job(long id) {
		return jobs.find(id).orElseThrow();
	}

	Optional<ImportJob> find(long id) {
		return jobs.find(id);
	}

	List<ImportJob> recent() {
		return jobs.recent(20);
	}

	/** The source's field names, for the mapping form. */
	Set<String> fields(ImportJob job) throws SourceRecords.Unreadable {
		return SourceRecords.parse(job.content(), job.format(), json).fields();
	}

	void remap(ImportJob job, Map<ImportField, String> mapping) {
		jobs.saveMapping(job.id(), mapping);
	}

	ImportReport dryRun(ImportJob job) throws SourceRecords.Unreadable {
		ImportReport report = run(job, true);
		jobs.saveReport(job.id(), report);
		return report;
	}

	/** The real run; false when the job was already started. */
	boolean apply(long jobId) throws SourceRecords.Unreadable {
		if (!jobs.start(jobId)) {
			return false;
		}
		ImportJob job = jobs.find(jobId).orElseThrow();
		ImportReport report = new ImportReport(false, List.of());
		try {
			report = run(job, false);
		}
		finally {
			// Whatever happens, the job ends: never a page refreshing forever on a dead import.
			jobs.finish(jobId, report, clock.instant());
		}
		return true;
	}

	private ImportReport run(ImportJob job, boolean dryRun) throws SourceRecords.Unreadable {
		List<Map<String, String>> entries = SourceRecords.parse(job.content(), job.format(), json).entries();
		var converter = new EntryConverter(job.mapping());
		Set<String> seen = new HashSet<>();
		List<ImportReport.Row> rows = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			int line = i + 1;
			var converted = converter.convert(entries.get(i), line);
			String name = converted.form() == null ? "" : converted.form().name();
			if (!seen.add(converted.externalId())) {
				rows.add(skipped(line, converted.externalId(), name, List.of(localize("import.problem.duplicateId|"
						+ converted.externalId(), job.locale()))));
			}
			else if (converted.form() == null) {
				rows.add(skipped(line, converted.externalId(), name,
						converted.problems().stream().map(problem -> localize(problem, job.locale())).toList()));
			}
			else {
				rows.add(importSafely(job, converted, line, dryRun));
			}
			if (!dryRun && (line % 20 == 0)) {
				jobs.progress(job.id(), line);
			}
		}
		return new ImportReport(dryRun, rows);
	}

	/** An entry that fails unexpectedly is reported as skipped; the next ones go on. */
	private ImportReport.Row importSafely(ImportJob job, EntryConverter.Converted converted, int line, boolean dryRun) {
		try {
			return transaction.execute(status -> importOne(job, converted, line, dryRun));
		}
		catch (RuntimeException unexpected) {
			log.warn("Import {} entry {} failed", job.id(), line, unexpected);
			return skipped(line, converted.externalId(), converted.form().name(),
					List.of(localize("import.problem.unexpected|" + unexpected.getClass().getSimpleName(), job.locale())));
		}
	}

	private ImportReport.Row importOne(ImportJob job, EntryConverter.Converted converted, int line, boolean dryRun) {
		String existing = jobs.groupOf(job.source(), converted.externalId()).orElse(null);
		ImportOutcome outcome = directory.importGroup(converted.form(), converted.given(), existing, dryRun, job.locale());
		String name = converted.form().name();
		return switch (outcome) {
			case ImportOutcome.Created created -> {
				if (!dryRun) {
					jobs.remember(job.source(), converted.externalId(), created.slug());
				}
				yield new ImportReport.Row(line, converted.externalId(), name, ImportReport.Action.CREATED, List.of());
			}
			case ImportOutcome.Updated updated -> {
				if (!dryRun) {
					jobs.remember(job.source(), converted.externalId(), updated.slug());
				}
				yield new ImportReport.Row(line, converted.externalId(), name, ImportReport.Action.UPDATED, List.of());
			}
			case ImportOutcome.Skipped skipped -> skipped(line, converted.externalId(), name, skipped.reasons());
		};
	}

	private static ImportReport.Row skipped(int line, String externalId, String name, List<String> reasons) {
		return new ImportReport.Row(line, externalId, name, ImportReport.Action.SKIPPED, reasons);
	}

	/** "key|argument" → the message in the import's language. */
	private String localize(String problem, Locale locale) {
		String[] parts = problem.split("\\|", 2);
		return messages.getMessage(parts[0], parts.length > 1 ? new Object[] { parts[1] } : null, parts[0], locale);
	}

	/** For each field, the first of its usual source names that the source has. */
	static Map<ImportField, String> defaultMapping(SourceFormat format, Set<String> fields) {
		Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
		for (ImportField field : ImportField.values()) {
			var candidates = format == SourceFormat.BAZAR ? field.bazarDefaults : field.csvDefaults;
			candidates.stream().filter(fields::contains).findFirst().ifPresent(source -> mapping.put(field, source));
		}
		return mapping;
	}
}
