package club.meeting;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A meeting was fixed for a group and is to be announced (a date poll closed on a date),
 * published within the transaction that created the meeting.
 */
public record MeetingAnnounced(long groupId, long meetingId, String title, ZonedDateTime start, boolean membersOnly,
		@Nullable Long actorId) {
}
