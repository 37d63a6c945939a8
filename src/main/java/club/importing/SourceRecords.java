package club.importing;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The entries of an uploaded source, each a flat map of source field to text. */
record SourceRecords(List<Map<String, String>> entries, Set<String> fields) {

	/** The source could not be read at all: the message says why, for the report. */
	static final class Unreadable extends Exception {

		final String messageKey;
		final Object[] arguments;

		Unreadable(String messageKey, Object... arguments) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}
	}

	/** A JSON object (Bazar) is told from CSV by its first character. */
	static SourceFormat detect(String content) {
		String start = content.stripLeading();
		return start.startsWith("{") || start.startsWith("[") || start.equals("null") ? SourceFormat.BAZAR : SourceFormat.CSV;
	}

	static SourceRecords parse(String content, SourceFormat format, JsonMapper json) throws Unreadable {
		return format == SourceFormat.BAZAR ? bazar(content, json) : csv(content);
	}

	private static SourceRecords csv(String content) throws Unreadable {
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		char delimiter = firstLine(text).chars().filter(c -> c == ';').count() > firstLine(text).chars().filter(c -> c == ',').count()
				? ';' : ',';
		try {
			var parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
				.setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text));
			List<String> header = parser.getHeaderNames();
			if (header.isEmpty()) {
				throw new Unreadable("import.unreadable.noHeader");
			}
			List<Map<String, String>> entries = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> entry = new LinkedHashMap<>();
				for (String column : header) {
					entry.put(column, record.isSet(column) ? record.get(column) : null);
				}
				entries.add(entry);
			}
			return new SourceRecords(entries, new LinkedHashSet<>(header));
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException malformed) {
			throw new Unreadable("import.unreadable.csv", String.valueOf(malformed.getMessage()));
		}
	}

	/**
	 * YesWiki Bazar's {@code ?api/forms/{id}/entries/json}: an object keyed by id_fiche (or
	 * {@code null} when the form has no entry), each entry an object of strings or nulls; nested
	 * objects such as {@code geolocation} are flattened to "geolocation.bf_latitude".
	 */
	private static SourceRecords bazar(String content, JsonMapper json) throws Unreadable {
		JsonNode root;
		try {
			root = json.readTree(content);
		}
		catch (JacksonException malformed) {
			throw new Unreadable("import.unreadable.json", malformed.getOriginalMessage());
		}
		List<Map<String, String>> entries = new ArrayList<>();
		Set<String> fields = new LinkedHashSet<>();
		if (root == null || root.isNull()) {
			return new SourceRecords(entries, fields);
		}
		if (!root.isObject()) {
			throw new Unreadable("import.unreadable.bazarShape");
		}
		for (var property : root.properties()) {
			if (!property.getValue().isObject()) {
				throw new Unreadable("import.unreadable.bazarShape");
			}
			Map<String, String> entry = new LinkedHashMap<>();
			flatten("", property.getValue(), entry);
			entry.putIfAbsent("id_fiche", property.getKey());
			fields.addAll(entry.keySet());
			entries.add(entry);
		}
		return new SourceRecords(entries, fields);
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> entry) {
		for (var property : node.properties()) {
			String key = prefix + property.getKey();
			JsonNode value = property.getValue();
			if (value.isObject()) {
				flatten(key + ".", value, entry);
			}
			else if (value.isArray()) {
				List<String> items = new ArrayList<>();
				value.forEach(item -> items.add(item.asString()));
				entry.put(key, String.join(",", items));
			}
			else {
				entry.put(key, value.isNull() ? null : value.asString());
			}
		}
	}

	private static String firstLine(String text) {
		int end = text.indexOf('\n');
		return end < 0 ? text : text.substring(0, end);
	}
}
