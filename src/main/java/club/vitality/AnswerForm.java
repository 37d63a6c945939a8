package club.vitality;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * An answer to an indicator as typed: {@code answer} ON_IT (with {@code until}, the next date),
 * SNOOZE (with {@code snoozeUntil} and {@code reason}) or RHYTHM_CHANGED (with {@code days}, the
 * new rhythm, empty to keep it, 0 for the default). Dates are ISO days, within 90 days.
 */
public record AnswerForm(@Nullable String answer, @Nullable String until, @Nullable String snoozeUntil, @Nullable String reason,
		@Nullable String days) {

	public static final int MAX_REASON = 500;
	public static final int MAX_DAYS = 365;
	public static final AnswerForm EMPTY = new AnswerForm("", "", "", "", "");

	Optional<Answer> answerValue() {
		try {
			Answer value = Answer.valueOf(answer == null ? "" : answer.strip());
			return value == Answer.ON_IT || value == Answer.SNOOZE || value == Answer.RHYTHM_CHANGED ? Optional.of(value) : Optional.empty();
		}
		catch (IllegalArgumentException unknown) {
			return Optional.empty();
		}
	}

	String reasonText() {
		return reason == null ? "" : reason.strip();
	}

	/** The date typed in that field, if it is one. */
	static Optional<LocalDate> day(@Nullable String typed) {
		try {
			return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(typed.strip()));
		}
		catch (DateTimeParseException notADate) {
			return Optional.empty();
		}
	}

	/** Empty to keep the rhythm; an unreadable value is found by {@link #check}. */
	@Nullable
	Integer daysValue() {
		try {
			return days == null || days.isBlank() ? null : Integer.valueOf(days.strip());
		}
		catch (NumberFormatException notANumber) {
			return -1;
		}
	}

	/** Messages by field; empty when the answer may be saved. {@code today} in the platform's time zone. */
	Map<String, String> check(LocalDate today, MessageSource messages, Locale locale) {
		var errors = new LinkedHashMap<String, String>();
		Optional<Answer> value = answerValue();
		LocalDate latest = today.plusDays(Vitality.LONGEST_ANSWER.toDays());
		if (value.isEmpty()) {
			errors.put("", messages.getMessage("vitality.answer.invalid", null, locale));
		}
		else if (value.get() == Answer.ON_IT) {
			if (day(until).filter(date -> date.isAfter(today) && !date.isAfter(latest)).isEmpty()) {
				errors.put("until", messages.getMessage("vitality.answer.date.invalid", new Object[] { Vitality.LONGEST_ANSWER.toDays() }, locale));
			}
		}
		else if (value.get() == Answer.SNOOZE) {
			if (day(snoozeUntil).filter(date -> date.isAfter(today) && !date.isAfter(latest)).isEmpty()) {
				errors.put("snoozeUntil",
						messages.getMessage("vitality.answer.date.invalid", new Object[] { Vitality.LONGEST_ANSWER.toDays() }, locale));
			}
			if (reasonText().isEmpty() || reasonText().length() > MAX_REASON) {
				errors.put("reason", messages.getMessage("vitality.answer.reason.invalid", new Object[] { MAX_REASON }, locale));
			}
		}
		else {
			Integer count = daysValue();
			if (count != null && (count < 0 || count > MAX_DAYS)) {
				errors.put("days", messages.getMessage("vitality.answer.days.invalid", new Object[] { MAX_DAYS }, locale));
			}
		}
		return errors;
	}
}
