package club.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;

import net.fortuna.ical4j.model.Recur;

/**
 * How often a series meets, read from its first meeting: "monthly, the first Tuesday", "every two
 * weeks, on Tuesday"... Stored as an iCalendar recurrence rule (RFC 5545 RRULE), whose dates
 * ical4j computes in the series' own time zone.
 */
public record Rhythm(Frequency frequency, Day day) {

	public enum Frequency {
		WEEKLY("WEEKLY", 1, 7), EVERY_TWO_WEEKS("WEEKLY", 2, 14), MONTHLY("MONTHLY", 1, 30), EVERY_TWO_MONTHS("MONTHLY", 2, 61),
		QUARTERLY("MONTHLY", 3, 91);

		private final String freq;
		private final int interval;
		private final int days;

		Frequency(String freq, int interval, int days) {
			this.freq = freq;
			this.interval = interval;
			this.days = days;
		}

		boolean weekly() {
			return freq.equals("WEEKLY");
		}

		/** About how long between two meetings. */
		public Duration period() {
			return Duration.ofDays(days);
		}
	}

	/** Which day of the period: weekly rhythms meet on a weekday, monthly ones choose. */
	public enum Day {
		WEEKDAY, DAY_OF_MONTH, NTH_WEEKDAY, LAST_WEEKDAY
	}

	/** Why a rhythm cannot start on that date, as a message key; empty when it can. */
	static Optional<String> problem(Frequency frequency, Day day, LocalDate first) {
		if (frequency.weekly() != (day == Day.WEEKDAY)) {
			return Optional.of("rhythm.day.invalid");
		}
		if (day == Day.DAY_OF_MONTH && first.getDayOfMonth() > 28) {
			return Optional.of("rhythm.day.tooLate");
		}
		if (day == Day.NTH_WEEKDAY && ordinal(first) > 4) {
			return Optional.of("rhythm.day.fifth");
		}
		if (day == Day.LAST_WEEKDAY && first.plusWeeks(1).getMonth() == first.getMonth()) {
			return Optional.of("rhythm.day.notLast");
		}
		return Optional.empty();
	}

	/** The RRULE of this rhythm started on that date, e.g. FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU. */
	String rrule(LocalDate first) {
		String weekday = first.getDayOfWeek().name().substring(0, 2);
		String by = switch (day) {
			case WEEKDAY -> "BYDAY=" + weekday;
			case DAY_OF_MONTH -> "BYMONTHDAY=" + first.getDayOfMonth();
			case NTH_WEEKDAY -> "BYDAY=" + ordinal(first) + weekday;
			case LAST_WEEKDAY -> "BYDAY=-1" + weekday;
		};
		return "FREQ=" + frequency.freq + ";INTERVAL=" + frequency.interval + ";" + by;
	}

	/** A rule {@link #rrule} wrote. */
	static Rhythm of(String rrule) {
		var recur = new Recur<LocalDateTime>(rrule);
		Frequency frequency = null;
		for (Frequency candidate : Frequency.values()) {
			if (candidate.freq.equals(recur.getFrequency().name()) && candidate.interval == Math.max(1, recur.getInterval())) {
				frequency = candidate;
			}
		}
		if (frequency == null) {
			throw new IllegalArgumentException("Not a rhythm: " + rrule);
		}
		Day day;
		if (!recur.getMonthDayList().isEmpty()) {
			day = Day.DAY_OF_MONTH;
		}
		else if (frequency.weekly()) {
			day = Day.WEEKDAY;
		}
		else {
			day = recur.getDayList().getFirst().getOffset() < 0 ? Day.LAST_WEEKDAY : Day.NTH_WEEKDAY;
		}
		return new Rhythm(frequency, day);
	}

	/** The first date of the rule, started at {@code first}, strictly after {@code after}, in the series' time zone. */
	static ZonedDateTime next(String rrule, ZonedDateTime first, ZonedDateTime after) {
		var recur = new Recur<LocalDateTime>(rrule);
		LocalDateTime seed = first.toLocalDateTime();
		LocalDateTime from = after.withZoneSameInstant(first.getZone()).toLocalDateTime();
		LocalDateTime next = from.isBefore(seed) ? seed : recur.getNextDate(seed, from);
		return ZonedDateTime.ofLocal(next, first.getZone(), null);
	}

	/** "Monthly, on the first Tuesday", in the reader's language. */
	String describe(LocalDate first, MessageSource messages, Locale locale) {
		String weekday = first.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
		String which = switch (day) {
			case WEEKDAY -> messages.getMessage("rhythm.on.WEEKDAY", new Object[] { weekday }, locale);
			case DAY_OF_MONTH -> messages.getMessage("rhythm.on.DAY_OF_MONTH", new Object[] { first.getDayOfMonth() }, locale);
			case NTH_WEEKDAY -> messages.getMessage("rhythm.on.NTH_WEEKDAY",
					new Object[] { messages.getMessage("rhythm.ordinal." + ordinal(first), null, locale), weekday }, locale);
			case LAST_WEEKDAY -> messages.getMessage("rhythm.on.LAST_WEEKDAY", new Object[] { weekday }, locale);
		};
		return messages.getMessage("rhythm." + frequency.name(), new Object[] { which }, locale);
	}

	/** 1 for the first such weekday of its month, 2 for the second... */
	private static int ordinal(LocalDate date) {
		return (date.getDayOfMonth() - 1) / 7 + 1;
	}
}
