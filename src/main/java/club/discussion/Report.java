package club.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A member's report of a message, and what the moderators decided ({@code outcome} null while open). */
public record Report(long id, long messageId, long groupId, @Nullable Long reporterId, String reason, Instant reportedAt,
		@Nullable Outcome outcome, @Nullable Long decidedBy, @Nullable Instant decidedAt) {

	public enum Outcome {
		HIDDEN, KEPT
	}
}
