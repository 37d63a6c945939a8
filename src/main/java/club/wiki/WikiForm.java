package club.wiki;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A page as typed. {@code base} is the number of the revision the editor started from (0 for a
 * new page): a save from an older one is a conflict, not an overwrite.
 */
public record WikiForm(@Nullable String title, @Nullable String body, @Nullable String comment, @Nullable String base) {

	public static final int MAX_TITLE = 120;
	public static final int MAX_BODY = 100_000;
	public static final int MAX_COMMENT = 200;

	static WikiForm of(WikiPage page, WikiRevision revision) {
		return new WikiForm(page.title(), revision.body(), "", Integer.toString(revision.number()));
	}

	static WikiForm newPage(String title) {
		return new WikiForm(title, "", "", "0");
	}

	/** The same text, to save again from that revision (after merging by hand). */
	WikiForm basedOn(int revision) {
		return new WikiForm(title, body, comment, Integer.toString(revision));
	}

	String titleText() {
		return title == null ? "" : title.strip();
	}

	/** Line ends as browsers send them (CRLF) become LF, so that diffs compare lines, not line ends. */
	String bodyText() {
		return body == null ? "" : body.replace("\r\n", "\n");
	}

	@Nullable String commentText() {
		return comment == null || comment.isBlank() ? null : comment.strip();
	}

	int baseRevision() {
		try {
			return base == null ? -1 : Integer.parseInt(base.strip());
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

	/** Messages by field; empty when the page may be saved. */
	Map<String, String> check(MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		if (titleText().isEmpty() || titleText().length() > MAX_TITLE) {
			errors.put("title", messages.getMessage("wiki.title.required", new Object[] { MAX_TITLE }, locale));
		}
		if (bodyText().length() > MAX_BODY) {
			errors.put("body", messages.getMessage("wiki.body.tooLong", new Object[] { MAX_BODY, bodyText().length() }, locale));
		}
		if (commentText() != null && commentText().length() > MAX_COMMENT) {
			errors.put("comment", messages.getMessage("wiki.comment.tooLong", new Object[] { MAX_COMMENT }, locale));
		}
		if (baseRevision() < 0) {
			errors.put("", messages.getMessage("wiki.base.missing", null, locale));
		}
		return errors;
	}
}
