package club.resource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

import club.access.Audience;
import club.platform.text.Keywords;
import club.platform.validation.HttpUrl;

/**
 * A resource as typed: its kind (LINK, FILE or TEXT, chosen by the form the person opened), title,
 * description (Markdown; a note's text), address (a link's), tags (comma-separated), license,
 * whether it is a production, its audience, and the source it comes from.
 */
public record ResourceForm(@Nullable String kind, @Nullable String title, @Nullable String description, @Nullable String url,
		@Nullable String tags, @Nullable String license, @Nullable String production, @Nullable String audience,
		@Nullable String sourceUrl, @Nullable String sourceLabel) {

	public static final int MAX_TITLE = 200;
	public static final int MAX_DESCRIPTION = 20_000;
	public static final int MAX_TAGS = 10;
	public static final int MAX_SOURCE_LABEL = 200;

	/** A new resource of that kind, with the group's default audience; a production when asked. */
	static ResourceForm empty(ResourceKind kind, boolean production, Audience audience) {
		return new ResourceForm(kind.name(), "", "", "", "", License.DEFAULT.name(), production ? "true" : "", audience.name(), "", "");
	}

	static ResourceForm of(Resource resource) {
		return new ResourceForm(resource.kind().name(), resource.title(), resource.description(), orEmpty(resource.url()),
				String.join(", ", resource.tags()), resource.license().name(), resource.production() ? "true" : "", resource.audience().name(),
				orEmpty(resource.sourceUrl()), orEmpty(resource.sourceLabel()));
	}

	/** The checked values, when {@link #check} had nothing to say. */
	record Checked(ResourceKind kind, String title, String description, @Nullable String url, List<String> tags, License license,
			boolean production, Audience audience, @Nullable String sourceUrl, @Nullable String sourceLabel) {
	}

	/** The kind asked for, or null when it is not one. */
	@Nullable
	ResourceKind kindValue() {
		return ResourceKind.parse(kind).orElse(null);
	}

	boolean isProduction() {
		return "true".equals(production);
	}

	/** Messages by field; empty when {@link #checked} may be called. A file's own checks come from {@link FileInspector}. */
	Map<String, String> check(MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		ResourceKind chosen = kindValue();
		if (chosen == null) {
			errors.put("", messages.getMessage("resource.kind.required", null, locale));
		}
		if (text(title).isEmpty() || text(title).length() > MAX_TITLE) {
			errors.put("title", messages.getMessage("resource.title.required", new Object[] { MAX_TITLE }, locale));
		}
		String body = descriptionText();
		if (body.length() > MAX_DESCRIPTION) {
			errors.put("description", messages.getMessage("resource.description.tooLong", new Object[] { MAX_DESCRIPTION }, locale));
		}
		else if (chosen == ResourceKind.TEXT && body.isEmpty()) {
			errors.put("description", messages.getMessage("resource.note.required", null, locale));
		}
		if (chosen == ResourceKind.LINK && (text(url).isEmpty() || !HttpUrl.Validator.valid(text(url)))) {
			errors.put("url", messages.getMessage("resource.url.invalid", new Object[] { HttpUrl.MAX_LENGTH }, locale));
		}
		List<String> parsed = Keywords.parse(text(tags));
		if (parsed.size() > MAX_TAGS || parsed.stream().anyMatch(tag -> tag.length() > Keywords.MAX_LENGTH)) {
			errors.put("tags", messages.getMessage("resource.tags.invalid", new Object[] { MAX_TAGS, Keywords.MAX_LENGTH }, locale));
		}
		if (licenseValue() == null) {
			errors.put("license", messages.getMessage("resource.license.required", null, locale));
		}
		if (audienceValue() == null) {
			errors.put("audience", messages.getMessage("resource.audience.required", null, locale));
		}
		if (!text(sourceUrl).isEmpty() && !validSource(text(sourceUrl))) {
			errors.put("sourceUrl", messages.getMessage("resource.url.invalid", new Object[] { HttpUrl.MAX_LENGTH }, locale));
		}
		if (text(sourceLabel).length() > MAX_SOURCE_LABEL) {
			errors.put("sourceLabel", messages.getMessage("resource.sourceLabel.tooLong", new Object[] { MAX_SOURCE_LABEL }, locale));
		}
		return errors;
	}

	Checked checked() {
		ResourceKind chosen = kindValue();
		if (chosen == null || licenseValue() == null || audienceValue() == null) {
			throw new IllegalStateException("Form not checked");
		}
		return new Checked(chosen, text(title), descriptionText(), chosen == ResourceKind.LINK ? text(url) : null, Keywords.parse(text(tags)),
				licenseValue(), isProduction(), audienceValue(), blankToNull(sourceUrl), blankToNull(sourceLabel));
	}

	/** Where a resource comes from: an http(s) address, or a page of the platform (« /messages/12 », what catching a message writes). */
	static boolean validSource(String source) {
		if (source.startsWith("/")) {
			return source.length() <= HttpUrl.MAX_LENGTH && !source.startsWith("//") && source.chars().noneMatch(c -> c == '\\' || Character.isWhitespace(c));
		}
		return HttpUrl.Validator.valid(source);
	}

	private String descriptionText() {
		return description == null ? "" : description.replace("\r\n", "\n").strip();
	}

	private @Nullable License licenseValue() {
		for (License value : License.values()) {
			if (value.name().equals(license)) {
				return value;
			}
		}
		return null;
	}

	private @Nullable Audience audienceValue() {
		return Audience.PUBLIC.name().equals(audience) ? Audience.PUBLIC : Audience.MEMBERS.name().equals(audience) ? Audience.MEMBERS : null;
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String orEmpty(@Nullable String value) {
		return value == null ? "" : value;
	}
}
