package club.membership;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An invitation to join a group, sent by mail as a single-use link. */
public record Invitation(long id, long groupId, String email, @Nullable Long invitedBy, Instant createdAt, Instant expiresAt,
		@Nullable Instant usedAt) {

	static final Duration LIFETIME = Duration.ofDays(14);
}
