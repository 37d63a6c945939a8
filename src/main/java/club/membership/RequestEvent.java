package club.membership;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in a request's history: who did what, when. */
public record RequestEvent(Instant at, @Nullable Long actorId, Kind kind, @Nullable String detail) {

	public enum Kind {
		SENT, VOUCH_ASKED, VOUCHED, SLOTS_PROPOSED, SLOT_CHOSEN, ACCEPTED, REFUSED, WITHDRAWN
	}
}
