package club.meeting;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A rhythm as chosen in a form: how often ({@code rhythm}, a {@link Rhythm.Frequency} or NONE),
 * which day of the month for monthly ones, how many days ahead the organizers are reminded, and
 * whether the platform opens the date poll for them.
 */
public record RhythmChoice(@Nullable String rhythm, @Nullable String day, @Nullable String lead, @Nullable String opensPoll) {

	public static final String NONE = "NONE";

	static final int DEFAULT_LEAD_DAYS = 7;

	/** What a valid choice gives. */
	record Declared(Rhythm rhythm, int leadDays, boolean opensPoll) {
	}

	boolean declared() {
		return rhythm != null && !rhythm.isBlank() && !NONE.equals(rhythm.strip());
	}

	/** Messages by field (rhythm, day, lead) for a series whose dates start on {@code first}. */
	void check(LocalDate first, Map<String, String> errors, MessageSource messages, Locale locale) {
		Rhythm.Frequency frequency = frequency();
		if (frequency == null) {
			errors.put("rhythm", messages.getMessage("rhythm.invalid", null, locale));
			return;
		}
		Rhythm.Day chosen = day(frequency);
		if (chosen == null) {
			errors.put("day", messages.getMessage("rhythm.day.invalid", null, locale));
		}
		else {
			Rhythm.problem(frequency, chosen, first).ifPresent(problem -> errors.put("day", messages.getMessage(problem, null, locale)));
		}
		Integer days = leadDays(frequency);
		if (days == null || days < 1 || days >= frequency.period().toDays()) {
			errors.put("lead", messages.getMessage("rhythm.lead.invalid", new Object[] { frequency.period().toDays() - 1 }, locale));
		}
	}

	/** The choice {@link #check} accepted. */
	Declared checked() {
		Rhythm.Frequency frequency = frequency();
		return new Declared(new Rhythm(frequency, day(frequency)), leadDays(frequency), opensPoll != null && !opensPoll.isBlank());
	}

	private Rhythm.@Nullable Frequency frequency() {
		try {
			return Rhythm.Frequency.valueOf(rhythm == null ? "" : rhythm.strip());
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** Weekly rhythms meet on the first meeting's weekday; monthly ones on the day chosen. */
	private Rhythm.@Nullable Day day(Rhythm.Frequency frequency) {
		if (frequency.weekly()) {
			return Rhythm.Day.WEEKDAY;
		}
		try {
			Rhythm.Day chosen = Rhythm.Day.valueOf(day == null ? "" : day.strip());
			return chosen == Rhythm.Day.WEEKDAY ? null : chosen;
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** As typed; by default a week ahead, or half the period for rhythms shorter than two weeks. */
	private @Nullable Integer leadDays(Rhythm.Frequency frequency) {
		if (lead == null || lead.isBlank()) {
			return (int) Math.min(DEFAULT_LEAD_DAYS, frequency.period().toDays() / 2);
		}
		try {
			return Integer.valueOf(lead.strip());
		}
		catch (NumberFormatException notANumber) {
			return null;
		}
	}
}
