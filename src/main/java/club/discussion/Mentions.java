package club.discussion;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "@name" in a message names a member of the group: their whole name without spaces
 * (@CamilleMartin) or their first name when no other member shares it (@Camille), whatever the
 * case and accents. Mentioned members are told; the mention links to their page.
 */
final class Mentions {

	private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@/.])@([\\p{L}\\p{N}_.-]{2,60})");

	/** Normalized handle → member, for one group. */
	private final Map<String, Long> byHandle = new HashMap<>();

	/** @param members the group's members: account id → display name */
	Mentions(Map<Long, String> members) {
		Map<String, Integer> firstNames = new HashMap<>();
		members.values().forEach(name -> firstNames.merge(handle(firstWord(name)), 1, Integer::sum));
		members.forEach((id, name) -> {
			byHandle.put(handle(name), id);
			String first = handle(firstWord(name));
			if (firstNames.get(first) == 1) {
				byHandle.putIfAbsent(first, id);
			}
		});
	}

	/** The members a text mentions. */
	Set<Long> in(String text) {
		Set<Long> found = new LinkedHashSet<>();
		Matcher matcher = MENTION.matcher(text);
		while (matcher.find()) {
			Long id = byHandle.get(handle(matcher.group(1)));
			if (id != null) {
				found.add(id);
			}
		}
		return found;
	}

	/** The text with each mention of a member turned into a Markdown link to their page. */
	String linked(String text, Map<Long, UUID> publicIds) {
		return MENTION.matcher(text).replaceAll(match -> {
			Long id = byHandle.get(handle(match.group(1)));
			UUID publicId = id == null ? null : publicIds.get(id);
			return publicId == null ? Matcher.quoteReplacement(match.group()) : Matcher.quoteReplacement("[" + match.group() + "](/people/" + publicId + ")");
		});
	}

	private static String firstWord(String name) {
		String trimmed = name.strip();
		int space = trimmed.indexOf(' ');
		return space < 0 ? trimmed : trimmed.substring(0, space);
	}

	/** Lower case, no accents, no spaces: "Chloé Dupont" → "chloedupont". */
	static String handle(String name) {
		return SearchText.of(name).replaceAll("\\s+", "");
	}
}
