package club.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import club.directory.GroupForm;
import club.platform.text.SearchText;

/**
 * Turns one source entry into a group form, following the mapping. What the form's own checks
 * can't know is checked here: coordinates (and the legacy Bazar "carte_google" field), the
 * type and activity values, a short name made from the name when the source has none.
 */
final class EntryConverter {

	/**
	 * A converted entry: its id in the source, the form and the form fields the source gives
	 * (an update keeps the others); or the reasons it can't be.
	 */
	record Converted(String externalId, @Nullable GroupForm form, Set<String> given, List<String> problems) {
	}

	/** The form fields each mapped field fills. */
	private static final Map<ImportField, List<String>> FORM_FIELDS = Map.ofEntries(Map.entry(ImportField.NAME, List.of("name")),
			Map.entry(ImportField.TAGLINE, List.of("tagline")), Map.entry(ImportField.TYPE, List.of("type")),
			Map.entry(ImportField.SLUG, List.of("slug")), Map.entry(ImportField.DESCRIPTION, List.of("description")),
			Map.entry(ImportField.KEYWORDS, List.of("keywords")), Map.entry(ImportField.COUNTRY, List.of("country")),
			Map.entry(ImportField.REGION, List.of("region")), Map.entry(ImportField.LATITUDE, List.of("latitude", "longitude")),
			Map.entry(ImportField.LONGITUDE, List.of("latitude", "longitude")),
			Map.entry(ImportField.MEMBER_COUNT, List.of("memberCount")), Map.entry(ImportField.ACTIVITY, List.of("activity")),
			Map.entry(ImportField.LINK_HOME, List.of("linkHome")), Map.entry(ImportField.LINK_SUBSCRIBE, List.of("linkSubscribe")),
			Map.entry(ImportField.LINK_MEETINGS, List.of("linkMeetings")),
			Map.entry(ImportField.LINK_DISCUSSION, List.of("linkDiscussion")));

	private static final Pattern YESWIKI_LINK = Pattern.compile("\\[\\[(\\S+)\\s+([^\\]]+)\\]\\]");
	private static final Pattern YESWIKI_TITLE = Pattern.compile("(?m)^\\s*(={3,6})\\s*(.+?)\\s*={3,6}\\s*$");

	private final Map<ImportField, String> mapping;

	EntryConverter(Map<ImportField, String> mapping) {
		this.mapping = new EnumMap<>(mapping);
	}

	/** Problems are message keys with their arguments, localized by the caller. */
	Converted convert(Map<String, String> entry, int line) {
		List<String> problems = new ArrayList<>();
		String name = value(entry, ImportField.NAME);
		String externalId = firstNonBlank(value(entry, ImportField.ID), value(entry, ImportField.SLUG), name,
				"line-" + line);
		String description = wikiToMarkdown(value(entry, ImportField.DESCRIPTION));
		String tagline = firstNonBlank(value(entry, ImportField.TAGLINE), firstSentence(description));
		String slug = firstNonBlank(value(entry, ImportField.SLUG), slugOf(name));

		// The mapped fields first, then Bazar's other places: geolocation.*, the flat bf_*, carte_google "lat|lon".
		String latitude = value(entry, ImportField.LATITUDE);
		String longitude = value(entry, ImportField.LONGITUDE);
		for (int i = 0; latitude.isBlank() && longitude.isBlank() && i < ImportField.LATITUDE.bazarDefaults.size(); i++) {
			latitude = text(entry.get(ImportField.LATITUDE.bazarDefaults.get(i)));
			longitude = text(entry.get(ImportField.LONGITUDE.bazarDefaults.get(i)));
		}
		String legacy = entry.get("carte_google");
		if (latitude.isBlank() && longitude.isBlank() && legacy != null && legacy.contains("|")) {
			latitude = legacy.substring(0, legacy.indexOf('|')).strip();
			longitude = legacy.substring(legacy.indexOf('|') + 1).strip();
		}
		latitude = latitude.replace(',', '.');
		longitude = longitude.replace(',', '.');
		if (!latitude.isBlank() && latitude.equals(longitude)) {
			problems.add("import.problem.latitudeEqualsLongitude|" + latitude);
		}

		String type = typeOf(value(entry, ImportField.TYPE));
		if (type == null) {
			problems.add("import.problem.type|" + value(entry, ImportField.TYPE));
		}
		String activity = activityOf(value(entry, ImportField.ACTIVITY));
		if (!problems.isEmpty()) {
			return new Converted(externalId, null, Set.of(), problems);
		}
		Set<String> given = new LinkedHashSet<>();
		mapping.forEach((field, source) -> {
			if (source != null && !source.isBlank()) {
				given.addAll(FORM_FIELDS.getOrDefault(field, List.of()));
			}
		});
		if (!latitude.isBlank()) {
			given.addAll(List.of("latitude", "longitude"));
		}
		if (!mapping.containsKey(ImportField.TAGLINE) && mapping.containsKey(ImportField.DESCRIPTION)) {
			given.add("tagline"); // made from the description's first sentence
		}
		var form = new GroupForm(name, tagline, type, slug, description, value(entry, ImportField.KEYWORDS),
				value(entry, ImportField.COUNTRY), value(entry, ImportField.REGION), latitude, longitude,
				value(entry, ImportField.MEMBER_COUNT).replaceAll("\\s", ""), activity, "", "", "",
				value(entry, ImportField.LINK_HOME), "", value(entry, ImportField.LINK_MEETINGS),
				value(entry, ImportField.LINK_DISCUSSION), "", "", "", value(entry, ImportField.LINK_SUBSCRIBE), "", "", "",
				"", "", "");
		return new Converted(externalId, form, given, List.of());
	}

	private String value(Map<String, String> entry, ImportField field) {
		String source = mapping.get(field);
		return source == null || source.isBlank() ? "" : text(entry.get(source));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** Bazar lists hold keys ("thematique", "2"…), sometimes several joined by commas. */
	static @Nullable String typeOf(String value) {
		String folded = SearchText.fold(value.split(",")[0]);
		if (folded.startsWith("them") || folded.equals("1")) {
			return "THEMATIC";
		}
		if (folded.startsWith("terr") || folded.equals("2")) {
			return "TERRITORIAL";
		}
		if (folded.startsWith("supp") || folded.startsWith("soutien") || folded.equals("3")) {
			return "SUPPORT";
		}
		return null;
	}

	static String activityOf(String value) {
		String folded = SearchText.fold(value);
		if (folded.startsWith("prep")) {
			return "PREPARATION";
		}
		return folded.startsWith("arch") ? "ARCHIVED" : "ACTIVE";
	}

	/** "Énergie & Climat !" → "energie-climat". */
	static String slugOf(String name) {
		String slug = SearchText.fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-+$", "");
		}
		return slug;
	}

	/** The few YesWiki marks that matter in a description: titles, italics, links. */
	static String wikiToMarkdown(String wiki) {
		String text = YESWIKI_TITLE.matcher(wiki).replaceAll(match -> "#".repeat(7 - match.group(1).length()) + " "
				+ match.group(2).replace("\\", "\\\\").replace("$", "\\$"));
		text = YESWIKI_LINK.matcher(text).replaceAll(match -> "[" + match.group(2).replace("$", "\\$") + "]("
				+ match.group(1).replace("$", "\\$") + ")");
		return text.replaceAll("(?<!:)//(.+?)//", "*$1*").replace("\"\"", "");
	}

	static String firstSentence(String markdown) {
		String plain = markdown.replaceAll("[#*_`\\[\\]]|\\(http\\S*\\)", "").replaceAll("\\s+", " ").strip();
		int end = plain.indexOf(". ");
		String sentence = end > 0 ? plain.substring(0, end + 1) : plain;
		if (sentence.length() <= 140) {
			return sentence;
		}
		int cut = sentence.lastIndexOf(' ', 138);
		return sentence.substring(0, cut > 40 ? cut : 138) + "…";
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return "";
	}
}
