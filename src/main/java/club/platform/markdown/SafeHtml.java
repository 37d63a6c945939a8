package club.platform.markdown;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML that went through the sanitizer. Templates print raw HTML only from this type;
 * everything else is escaped by jte.
 */
public final class SafeHtml implements Content {

	private final String html;

	SafeHtml(String html) {
		this.html = html;
	}

	public String html() {
		return html;
	}

	@Override
	public void writeTo(TemplateOutput output) {
		output.writeContent(html);
	}

	@Override
	public boolean isEmptyContent() {
		return html.isEmpty();
	}

	@Override
	public String toString() {
		return html;
	}
}
