package club.wiki;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import club.platform.markdown.Markdown;

/**
 * Page addresses and internal links. {@code [[Page name]]} and {@code [[Page name|label]]} become
 * Markdown links before the usual render and sanitizer: to the page when it exists, to the form
 * that creates it otherwise, marked « (à créer) ». The label is escaped as Markdown text, and the
 * address holds only a slug and an encoded title, so a link cannot carry markup of its own.
 */
final class WikiLinks {

	static final int MAX_SLUG = 100;
	private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,120})(?:\\|([^\\[\\]\\n]{1,200}))?]]");
	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	private WikiLinks() {
	}

	/** A page's address from its name: « Comment nous rejoindre ? » → comment-nous-rejoindre; empty when nothing is left. */
	static String slug(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		return slug.length() <= MAX_SLUG ? slug : slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
	}

	static boolean isSlug(String text) {
		return text.length() <= MAX_SLUG && SLUG.matcher(text).matches();
	}

	/** The Markdown with its internal links made into Markdown links, given the addresses of the group's pages. */
	static String resolve(String markdown, String groupSlug, Set<String> existing, String toCreate) {
		Matcher link = LINK.matcher(markdown);
		var resolved = new StringBuilder();
		while (link.find()) {
			String name = link.group(1).strip();
			String label = link.group(2) == null ? name : link.group(2).strip();
			String slug = slug(name);
			String replacement;
			if (slug.isEmpty()) {
				replacement = Markdown.escape(link.group());
			}
			else if (existing.contains(slug)) {
				replacement = "[" + Markdown.escape(label) + "](" + pagePath(groupSlug, slug) + ")";
			}
			else {
				replacement = "[" + Markdown.escape(label) + " " + Markdown.escape(toCreate) + "](" + pagePath(groupSlug, slug) + "/edit?title="
						+ URLEncoder.encode(name, StandardCharsets.UTF_8) + ")";
			}
			link.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
		}
		link.appendTail(resolved);
		return resolved.toString();
	}

	static String pagePath(String groupSlug, String pageSlug) {
		return "/g/" + groupSlug + "/wiki/" + pageSlug;
	}
}
