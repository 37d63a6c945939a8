package club.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;

/**
 * XSS payloads (src/test/resources/xss-payloads.txt, from the OWASP filter-evasion cheat sheet
 * and later vectors) and a check that rendered HTML holds no active markup: only the tags our
 * templates write, no event handler attribute, no script URL, no inline script.
 */
public final class Xss {

	private static final Set<String> OUR_TAGS = Set.of("html", "head", "meta", "title", "link", "body", "a", "header",
			"div", "img", "nav", "ul", "ol", "li", "form", "input", "button", "main", "p", "h1", "h2", "h3", "h4", "span",
			"footer", "section", "aside", "article", "dl", "dt", "dd", "strong", "em", "code", "pre", "table", "thead",
			"tbody", "tr", "th", "td", "time", "label", "select", "option", "textarea", "fieldset", "legend", "script", "br",
			"hr", "blockquote", "del", "details", "summary", "!doctype");
	/** A start tag; a quoted attribute value may hold a bare ">" (legal in HTML, and jte leaves it). */
	private static final Pattern TAG = Pattern.compile("<(!?[a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
	/** One attribute: its name, and its value quoted or bare. */
	private static final Pattern ATTRIBUTE = Pattern.compile("\\s*([^\\s=>/\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "background", "data",
			"poster", "srcset", "xlink:href");

	private Xss() {
	}

	public static List<String> payloads() {
		try {
			String text = new ClassPathResource("xss-payloads.txt").getContentAsString(StandardCharsets.UTF_8);
			return text.lines().filter(line -> !line.isBlank()).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Fails when the page holds markup a browser would run. */
	public static void assertInert(String html, String where) {
		Matcher tag = TAG.matcher(html);
		while (tag.find()) {
			String name = tag.group(1).toLowerCase(Locale.ROOT);
			String attributes = tag.group(2);
			assertThat(OUR_TAGS).as("tag <%s> on %s", name, where).contains(name);
			Matcher attribute = ATTRIBUTE.matcher(attributes);
			while (attribute.find()) {
				String attributeName = attribute.group(1).toLowerCase(Locale.ROOT);
				String value = attribute.group(2) == null ? ""
						: attribute.group(2).replaceAll("^[\"']|[\"']$", "").strip().toLowerCase(Locale.ROOT);
				assertThat(attributeName).as("event handler in <%s%s> on %s", name, attributes, where).doesNotStartWith("on");
				if (URL_ATTRIBUTES.contains(attributeName)) {
					// What the browser sees: entities decoded, blanks and control characters dropped.
					String url = decodeEntities(value).replaceAll("[\\s\\p{Cntrl}]", "");
					assertThat(url).as("URL in <%s%s> on %s", name, attributes, where)
						.doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
				}
			}
			if (name.equals("script")) {
				assertThat(attributes).as("script without our own src on %s", where).containsPattern("\\ssrc=\"/");
			}
			if (name.equals("link") || name.equals("meta")) {
				assertThat(attributes).as("<%s%s> on %s", name, attributes, where).doesNotContainIgnoringCase("http-equiv")
					.doesNotContainIgnoringCase("import");
			}
		}
	}

	private static final Pattern ENTITY = Pattern.compile("&#(x?)([0-9a-f]+);?|&(colon|tab|newline|quot|amp|lt|gt|apos);",
			Pattern.CASE_INSENSITIVE);

	static String decodeEntities(String text) {
		Matcher entity = ENTITY.matcher(text);
		var decoded = new StringBuilder();
		while (entity.find()) {
			String replacement;
			if (entity.group(2) != null) {
				int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
				replacement = Character.isValidCodePoint(code) ? Character.toString(code) : "";
			}
			else {
				replacement = switch (entity.group(3).toLowerCase(Locale.ROOT)) {
					case "colon" -> ":";
					case "tab" -> "\t";
					case "newline" -> "\n";
					case "quot" -> "\"";
					case "amp" -> "&";
					case "lt" -> "<";
					case "gt" -> ">";
					default -> "'";
				};
			}
			entity.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
		}
		entity.appendTail(decoded);
		return decoded.toString();
	}
}
