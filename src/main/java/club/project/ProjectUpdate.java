package club.project;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A dated line of a project's history; authorId is null once its author's account is deleted. A
 * carrier added or removed is recorded with that carrier's account id as text, emptied once their
 * account is deleted.
 */
public record ProjectUpdate(long id, long projectId, @Nullable Long authorId, Instant at, Kind kind, String text) {

	/** Stored by name. */
	public enum Kind {
		UPDATE, REVIEWED_NOTHING_NEW, STATE_CHANGE, NEWS_ASKED, CARRIER_ADDED, CARRIER_REMOVED;

		public boolean aboutCarrier() {
			return this == CARRIER_ADDED || this == CARRIER_REMOVED;
		}
	}

	/** The carrier added or removed; null for other kinds, and for a former member. */
	public @Nullable Long carrierId() {
		return kind.aboutCarrier() && !text.isEmpty() ? Long.valueOf(text) : null;
	}

	/** A member who took the project on, or left it, themselves. */
	public boolean byCarrierThemself() {
		return authorId != null && authorId.equals(carrierId());
	}
}
