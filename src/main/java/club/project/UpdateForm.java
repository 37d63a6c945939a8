package club.project;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An update as typed on a project's page: the news, and the tracking board's columns (state,
 * next step, who, due date), prefilled with their current values. {@code owner} is an account id
 * among the group's members, empty for nobody; {@code due} an ISO date, empty for none.
 */
public record UpdateForm(@Nullable String text, @Nullable String state, @Nullable String nextStep, @Nullable String owner,
		@Nullable String due) {

	public static final int MAX_TEXT = 4_000;
	public static final int MAX_NEXT_STEP = 300;

	static UpdateForm of(Project project) {
		return new UpdateForm("", project.state().name(), project.nextStep(),
				project.nextStepOwnerId() == null ? "" : project.nextStepOwnerId().toString(),
				project.dueOn() == null ? "" : project.dueOn().toString());
	}

	String textValue() {
		return text == null ? "" : text.replace("\r\n", "\n").strip();
	}

	String nextStepText() {
		return nextStep == null ? "" : nextStep.strip();
	}

	Optional<ProjectState> stateValue() {
		try {
			return Optional.of(ProjectState.valueOf(state == null ? "" : state.strip()));
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

	/** Empty for nobody; an unreadable value is an error found by {@link #check}. */
	Optional<Long> ownerId() {
		try {
			return owner == null || owner.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(owner.strip()));
		}
		catch (NumberFormatException notANumber) {
			return Optional.of(-1L);
		}
	}

	Optional<LocalDate> dueDate() {
		try {
			return due == null || due.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(due.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.of(LocalDate.MIN);
		}
	}

	/**
	 * Messages by field; empty when the update may be saved. Graduating goes through the nursery,
	 * not this form. {@code members} are the people who may be named for the next step.
	 */
	Map<String, String> check(Set<Long> members, MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		if (textValue().length() > MAX_TEXT) {
			errors.put("text", messages.getMessage("project.update.tooLong", new Object[] { MAX_TEXT }, locale));
		}
		if (stateValue().isEmpty() || stateValue().get() == ProjectState.GRADUATED) {
			errors.put("state", messages.getMessage("project.state.invalid", null, locale));
		}
		if (nextStepText().length() > MAX_NEXT_STEP) {
			errors.put("nextStep", messages.getMessage("project.nextStep.tooLong", new Object[] { MAX_NEXT_STEP }, locale));
		}
		if (ownerId().isPresent() && !members.contains(ownerId().get())) {
			errors.put("owner", messages.getMessage("project.owner.invalid", null, locale));
		}
		if (dueDate().filter(LocalDate.MIN::equals).isPresent()) {
			errors.put("due", messages.getMessage("project.due.invalid", null, locale));
		}
		return errors;
	}
}
