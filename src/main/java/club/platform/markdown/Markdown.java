package club.platform.markdown;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Service;

/** User Markdown → HTML (commonmark) → sanitized HTML (OWASP policy) → {@link SafeHtml}. */
@Service
public class Markdown {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING
		.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder()
			.allowElements("pre", "code", "hr", "del")
			.allowAttributes("class").matching(true, "language-[a-z0-9-]+").onElements("code")
			.toFactory())
		// Links written by users must not pass reputation nor open a tab that controls ours.
		.and(new HtmlPolicyBuilder().allowElements("a").requireRelsOnLinks("nofollow", "noopener", "ugc").toFactory());

	private static final Pattern MARKDOWN_PUNCTUATION = Pattern.compile("[!-/:-@\\[-`{-~]");

	private final Parser parser;
	private final HtmlRenderer renderer;
	private final TextContentRenderer textRenderer;

	Markdown() {
		var extensions = List.of(AutolinkExtension.create());
		this.parser = Parser.builder().extensions(extensions).build();
		// Raw HTML in Markdown is escaped, not passed through: the sanitizer is the second fence.
		this.renderer = HtmlRenderer.builder().extensions(extensions).escapeHtml(true).build();
		this.textRenderer = TextContentRenderer.builder().extensions(extensions).build();
	}

	/**
	 * The text of user Markdown without its markup, paragraphs separated by blank lines, for plain
	 * text such as a mail's. Not HTML: whoever prints it must escape it.
	 */
	public String text(String markdown) {
		return textRenderer.render(parser.parse(markdown));
	}

	/** Text shown as written inside Markdown: its ASCII punctuation, which CommonMark lets a backslash escape, escaped. */
	public static String escape(String text) {
		return MARKDOWN_PUNCTUATION.matcher(text).replaceAll(punctuation -> Matcher.quoteReplacement("\\" + punctuation.group()));
	}

	public SafeHtml render(String markdown) {
		return new SafeHtml(POLICY.sanitize(renderer.render(parser.parse(markdown))));
	}
}
