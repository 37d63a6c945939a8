package club.membership;

import java.time.Instant;

/** A time an organizer proposes for a motivation interview, in person (at an address) or online (a link). */
public record InterviewSlot(long id, long requestId, Instant startsAt, Mode mode, String place, boolean chosen) {

	public enum Mode {
		IN_PERSON, ONLINE
	}
}
