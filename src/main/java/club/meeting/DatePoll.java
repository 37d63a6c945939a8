package club.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A date poll: the options proposed, the deadline, and how it ended — on a date (a meeting was
 * scheduled) or without one (its organizers were told at once).
 */
public record DatePoll(long id, long groupId, String title, @Nullable String description, String place, int durationMinutes,
		Instant deadline, ZoneId zone, State state, @Nullable Long meetingId, @Nullable Long createdBy, List<Option> options,
		@Nullable Long seriesId) {

	public enum State {
		OPEN, DATED, UNDATED
	}

	public enum Answer {
		YES, IF_NEEDED, NO
	}

	public record Option(long id, Instant startsAt) {
	}
}
