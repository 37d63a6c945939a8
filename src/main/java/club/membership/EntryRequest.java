package club.membership;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A request to join a group or a place's plan (its target). The applicant's account id is null once their account is deleted:
 * the request then shows "former member" in the group's history.
 */
public record EntryRequest(long id, String targetKind, long targetId, @Nullable Long accountId, EntryProcess process, State state,
		@Nullable String message, List<String> answers, int vouchesNeeded, @Nullable String reason,
		@Nullable Long decidedBy, Instant createdAt, @Nullable Instant decidedAt) {

	public enum State {
		/** Waiting for an organizer's decision, or for vouches. */
		PENDING,
		/** Interview slots proposed: the applicant picks one. */
		SLOTS_PROPOSED,
		/** The applicant picked a slot; the decision follows the interview. */
		INTERVIEW_SCHEDULED,
		ACCEPTED,
		REFUSED,
		WITHDRAWN;

		boolean open() {
			return this == PENDING || this == SLOTS_PROPOSED || this == INTERVIEW_SCHEDULED;
		}
	}

	public boolean open() {
		return state.open();
	}
}
