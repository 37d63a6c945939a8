package club.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One moderation action, as logged: never rewritten. */
public record ModerationEntry(long id, long groupId, @Nullable Long threadId, @Nullable Long messageId, @Nullable Long moderatorId,
		Action action, @Nullable String reason, Instant at) {

	public enum Action {
		HIDE, UNHIDE, LOCK, UNLOCK, PIN, UNPIN, MOVE, REPORT_KEPT
	}
}
