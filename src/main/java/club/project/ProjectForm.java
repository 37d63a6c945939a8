package club.project;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** A project's record as typed: its title, description (Markdown) and needs. */
public record ProjectForm(@Nullable String title, @Nullable String description, @Nullable String needs) {

	public static final int MAX_TITLE = 120;
	public static final int MAX_DESCRIPTION = 20_000;
	public static final int MAX_NEEDS = 2_000;

	static ProjectForm empty() {
		return new ProjectForm("", "", "");
	}

	static ProjectForm of(Project project) {
		return new ProjectForm(project.title(), project.description(), project.needs());
	}

	String titleText() {
		return title == null ? "" : title.strip();
	}

	String descriptionText() {
		return description == null ? "" : description.replace("\r\n", "\n").strip();
	}

	String needsText() {
		return needs == null ? "" : needs.strip();
	}

	/** Messages by field; empty when the project may be saved. */
	Map<String, String> check(MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		if (titleText().isEmpty() || titleText().length() > MAX_TITLE) {
			errors.put("title", messages.getMessage("project.title.required", new Object[] { MAX_TITLE }, locale));
		}
		if (descriptionText().length() > MAX_DESCRIPTION) {
			errors.put("description", messages.getMessage("project.description.tooLong", new Object[] { MAX_DESCRIPTION }, locale));
		}
		if (needsText().length() > MAX_NEEDS) {
			errors.put("needs", messages.getMessage("project.needs.tooLong", new Object[] { MAX_NEEDS }, locale));
		}
		return errors;
	}
}
