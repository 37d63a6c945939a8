package club.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/** A meeting of a group; {@code sequence} and {@code updatedAt} are its iCalendar revision and when it was made. */
public record Meeting(long id, String uid, long groupId, String title, @Nullable String description, Instant startsAt, Instant endsAt,
		ZoneId zone, @Nullable String address, @Nullable Double latitude, @Nullable Double longitude, @Nullable String onlineUrl,
		@Nullable Integer capacity, Visibility visibility, State state, @Nullable Integer participants, @Nullable String cancelReason,
		@Nullable Instant nextDate, int sequence, @Nullable Long seriesId,
		Instant updatedAt) {

	public enum Visibility {
		PUBLIC, MEMBERS
	}

	public enum State {
		SCHEDULED, HELD, CANCELLED
	}

	public ZonedDateTime start() {
		return startsAt.atZone(zone);
	}

	public ZonedDateTime end() {
		return endsAt.atZone(zone);
	}
}
