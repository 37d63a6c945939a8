package club.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A group's recurring activity with its declared rhythm ({@link Rhythm}, as an RRULE from the
 * first meeting), the details its meetings share, and how many days before a due meeting the
 * organizers are reminded — and, if they asked, a date poll opened for them.
 */
public record MeetingSeries(long id, long groupId, String title, @Nullable String description, String rrule, Instant firstStart,
		ZoneId zone, int durationMinutes, @Nullable String address, @Nullable String onlineUrl, Meeting.Visibility visibility,
		int leadDays, boolean opensPoll, @Nullable Instant remindedDue, boolean active) {

	public Rhythm rhythm() {
		return Rhythm.of(rrule);
	}

	public ZonedDateTime first() {
		return firstStart.atZone(zone);
	}

	/**
	 * When the meeting after {@code lastStart} is due: the rule's first date more than half a
	 * period after it, so that a meeting moved a few days early or late still counts for its month
	 * (or week). Without any meeting yet, the first date.
	 */
	public ZonedDateTime dueAfter(@Nullable Instant lastStart) {
		if (lastStart == null) {
			return first();
		}
		Duration half = rhythm().frequency().period().dividedBy(2);
		return Rhythm.next(rrule, first(), lastStart.plus(half).atZone(zone));
	}
}
