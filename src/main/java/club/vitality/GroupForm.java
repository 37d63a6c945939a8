package club.vitality;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * What facilitators do to the whole group from its vitality page: pause it with a reason
 * ({@code pauseReason}), or declare a quiet period ({@code quietStart}, {@code quietEnd} ISO days,
 * at most {@link #MAX_QUIET_DAYS} days, and {@code quietLabel}).
 */
public record GroupForm(@Nullable String pauseReason, @Nullable String quietStart, @Nullable String quietEnd, @Nullable String quietLabel) {

	public static final int MAX_LABEL = 120;
	public static final int MAX_QUIET_DAYS = 120;
	public static final GroupForm EMPTY = new GroupForm("", "", "", "");

	String reasonText() {
		return pauseReason == null ? "" : pauseReason.strip();
	}

	String labelText() {
		return quietLabel == null ? "" : quietLabel.strip();
	}

	Map<String, String> checkPause(MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		if (reasonText().isEmpty() || reasonText().length() > AnswerForm.MAX_REASON) {
			errors.put("pauseReason", messages.getMessage("vitality.answer.reason.invalid", new Object[] { AnswerForm.MAX_REASON }, locale));
		}
		return errors;
	}

	Map<String, String> checkQuiet(LocalDate today, MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		var start = AnswerForm.day(quietStart);
		var end = AnswerForm.day(quietEnd);
		if (start.isEmpty()) {
			errors.put("quietStart", messages.getMessage("vitality.quiet.start.invalid", null, locale));
		}
		if (end.isEmpty() || end.get().isBefore(today) || (start.isPresent() && (end.get().isBefore(start.get())
				|| end.get().isAfter(start.get().plusDays(MAX_QUIET_DAYS))))) {
			errors.put("quietEnd", messages.getMessage("vitality.quiet.end.invalid", new Object[] { MAX_QUIET_DAYS }, locale));
		}
		if (labelText().isEmpty() || labelText().length() > MAX_LABEL) {
			errors.put("quietLabel", messages.getMessage("vitality.quiet.label.invalid", new Object[] { MAX_LABEL }, locale));
		}
		return errors;
	}
}
