package club.meeting;

import java.time.Instant;

/** A person's answer to a meeting; a yes beyond the capacity is on the waiting list. */
public record Rsvp(long meetingId, long accountId, Answer answer, boolean waitlisted, Instant answeredAt) {

	public enum Answer {
		YES, MAYBE, NO
	}
}
