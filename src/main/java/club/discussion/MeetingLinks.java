package club.discussion;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import club.platform.ClubProperties;

/**
 * Links to the platform's meetings in a message — written as a path ({@code /meetings/42}) or as a
 * full address on this site — which the thread page previews under the message (title, date,
 * state). Addresses on other sites are plain links.
 */
final class MeetingLinks {

	/** Previews under one message, at most. */
	static final int MAX_PER_MESSAGE = 3;

	private final Pattern link;

	MeetingLinks(ClubProperties properties) {
		String base = properties.link("");
		// A path only where a link may start: not in the middle of another site's address.
		this.link = Pattern.compile("(?:" + Pattern.quote(base) + "|(?<![\\w/.:-]))/meetings/(\\d{1,18})\\b");
	}

	/** The ids of the meetings the text links to, in order, at most {@link #MAX_PER_MESSAGE}. */
	Set<Long> in(String text) {
		var ids = new LinkedHashSet<Long>();
		Matcher found = link.matcher(text);
		while (found.find() && ids.size() < MAX_PER_MESSAGE) {
			ids.add(Long.parseLong(found.group(1)));
		}
		return ids;
	}
}
