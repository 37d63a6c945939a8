package club.meeting;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Where a series stands today: its next meeting if one is scheduled, otherwise the date its rhythm
 * says the next one is due, and the date poll open to find it, if any.
 */
public record SeriesOutlook(MeetingSeries series, @Nullable ZonedDateTime next, ZonedDateTime due,
		@Nullable Long openPollId, State state) {

	public enum State {
		/** A meeting is scheduled. */
		SCHEDULED,
		/** A date poll is looking for the date. */
		POLL_OPEN,
		/** Due later than the organizers' lead time. */
		NOT_YET_DUE,
		/** Due within the lead time, and nothing scheduled. */
		DUE,
		/** The due date has passed, and nothing scheduled. */
		LATE,
		/** The group stopped this series. */
		STOPPED
	}

	/** When nothing is scheduled yet: the platform reminds the organizers, and the group page says "not scheduled". */
	public boolean unscheduled() {
		return state == State.DUE || state == State.LATE;
	}
}
