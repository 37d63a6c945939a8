package club.ecosystem;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A group's application to a moderated ecosystem, and the steward's decision. */
public record Admission(long ecosystemId, long groupId, Status status, List<String> attested, @Nullable String reason,
		Instant appliedAt, @Nullable Instant decidedAt) {

	public enum Status {
		PENDING, ACCEPTED, REFUSED
	}
}
