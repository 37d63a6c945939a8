package club.platform.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * Keywords as people type them, made comparable: trimmed, inner spaces folded, lowercased,
 * accents kept ("Énergie" stays "énergie"), duplicates merged, order of first appearance kept.
 */
public final class Keywords {

	public static final int MAX_LENGTH = 40;

	private Keywords() {
	}

	/** Splits on commas and semicolons. */
	public static List<String> parse(String text) {
		var keywords = new LinkedHashSet<String>();
		for (String part : text.split("[,;]")) {
			String keyword = part.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
			if (!keyword.isEmpty()) {
				keywords.add(keyword);
			}
		}
		return List.copyOf(keywords);
	}
}
