package club.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Rhythms as RRULEs: their dates in the series' time zone, their wording, and the days no month can keep. */
class RhythmTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static ZonedDateTime paris(String local) {
		return LocalDateTime.parse(local).atZone(PARIS);
	}

	@Test
	void aMonthlyRhythmOnTheFirstTuesdayGivesTheFirstTuesdayOfTheFollowingMonths() {
		var first = paris("2027-01-05T19:00");
		var rhythm = new Rhythm(Rhythm.Frequency.MONTHLY, Rhythm.Day.NTH_WEEKDAY);
		String rrule = rhythm.rrule(first.toLocalDate());
		assertThat(rrule).isEqualTo("FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU");
		assertThat(Rhythm.of(rrule)).isEqualTo(rhythm);
		assertThat(Rhythm.next(rrule, first, paris("2027-01-20T00:00"))).isEqualTo(paris("2027-02-02T19:00"));
		// Across the spring change the meeting keeps its local time, 19:00.
		assertThat(Rhythm.next(rrule, first, paris("2027-03-10T00:00"))).isEqualTo(paris("2027-04-06T19:00"));
		assertThat(Rhythm.next(rrule, first, paris("2027-03-10T00:00")).getOffset().getTotalSeconds()).isEqualTo(7200);
	}

	@Test
	void theOtherRhythmsFollowTheirRule() {
		var friday = paris("2027-01-29T18:30");
		String lastFriday = new Rhythm(Rhythm.Frequency.EVERY_TWO_MONTHS, Rhythm.Day.LAST_WEEKDAY).rrule(friday.toLocalDate());
		assertThat(lastFriday).isEqualTo("FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR");
		assertThat(Rhythm.next(lastFriday, friday, friday)).isEqualTo(paris("2027-03-26T18:30"));
		String fortnight = new Rhythm(Rhythm.Frequency.EVERY_TWO_WEEKS, Rhythm.Day.WEEKDAY).rrule(friday.toLocalDate());
		assertThat(Rhythm.next(fortnight, friday, friday)).isEqualTo(paris("2027-02-12T18:30"));
		String quarterly = new Rhythm(Rhythm.Frequency.QUARTERLY, Rhythm.Day.DAY_OF_MONTH).rrule(LocalDate.of(2027, 1, 12));
		assertThat(Rhythm.next(quarterly, paris("2027-01-12T10:00"), paris("2027-01-13T00:00"))).isEqualTo(paris("2027-04-12T10:00"));
		assertThat(Rhythm.next(quarterly, paris("2027-01-12T10:00"), paris("2026-12-01T00:00"))).as("before the first date: the first")
			.isEqualTo(paris("2027-01-12T10:00"));
	}

	@Test
	void daysThatSomeMonthsLackAreRefusedWithTheReason() {
		assertThat(Rhythm.problem(Rhythm.Frequency.MONTHLY, Rhythm.Day.DAY_OF_MONTH, LocalDate.of(2027, 1, 30))).contains("rhythm.day.tooLate");
		assertThat(Rhythm.problem(Rhythm.Frequency.MONTHLY, Rhythm.Day.NTH_WEEKDAY, LocalDate.of(2027, 1, 29))).contains("rhythm.day.fifth");
		assertThat(Rhythm.problem(Rhythm.Frequency.MONTHLY, Rhythm.Day.LAST_WEEKDAY, LocalDate.of(2027, 1, 15))).contains("rhythm.day.notLast");
		assertThat(Rhythm.problem(Rhythm.Frequency.WEEKLY, Rhythm.Day.DAY_OF_MONTH, LocalDate.of(2027, 1, 15))).contains("rhythm.day.invalid");
		assertThat(Rhythm.problem(Rhythm.Frequency.MONTHLY, Rhythm.Day.LAST_WEEKDAY, LocalDate.of(2027, 1, 29))).isEmpty();
	}

	@Test
	void aRhythmReadsInFrenchAndInEnglish() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var rhythm = new Rhythm(Rhythm.Frequency.MONTHLY, Rhythm.Day.NTH_WEEKDAY);
		assertThat(rhythm.describe(LocalDate.of(2027, 1, 5), messages, Locale.FRENCH)).isEqualTo("Tous les mois, le premier mardi");
		assertThat(rhythm.describe(LocalDate.of(2027, 1, 5), messages, Locale.ENGLISH)).isEqualTo("Every month, on the first Tuesday");
		assertThat(new Rhythm(Rhythm.Frequency.WEEKLY, Rhythm.Day.WEEKDAY).describe(LocalDate.of(2027, 1, 5), messages, Locale.FRENCH))
			.isEqualTo("Toutes les semaines, le mardi");
	}

	@Test
	void aMeetingMovedAFewDaysStillCountsForItsMonth() {
		var first = paris("2027-01-05T19:00");
		var series = new MeetingSeries(1, 1, "Rencontre", null, "FREQ=MONTHLY;INTERVAL=1;BYDAY=1TU", first.toInstant(), PARIS, 120, "Ici",
				null, Meeting.Visibility.MEMBERS, 7, false, null, true);
		assertThat(series.dueAfter(null)).isEqualTo(first);
		assertThat(series.dueAfter(paris("2027-02-01T19:00").toInstant())).as("held the Monday before February's").isEqualTo(paris("2027-03-02T19:00"));
		assertThat(series.dueAfter(paris("2027-02-04T19:00").toInstant())).as("held the Thursday after").isEqualTo(paris("2027-03-02T19:00"));
	}
}
