package club.discussion;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Text as search reads it: lower case, without accents ("Énergie" and "energie" are the same
 * word), so that a search finds what people meant whatever they typed.
 */
final class SearchText {

	/** Words of a query beyond this are ignored. */
	static final int MAX_WORDS = 10;

	private SearchText() {
	}

	static String of(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	/** The query's words of two letters or more. */
	static List<String> words(String query) {
		return Arrays.stream(of(query).split("[^\\p{L}\\p{N}]+")).filter(word -> word.length() >= 2).distinct().limit(MAX_WORDS).toList();
	}
}
