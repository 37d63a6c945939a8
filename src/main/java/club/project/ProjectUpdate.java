package club.project;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A dated line of a project's history; authorId is null once its author's account is deleted. */
public record ProjectUpdate(long id, long projectId, @Nullable Long authorId, Instant at, Kind kind, String text) {

	/** Stored by name. */
	public enum Kind {
		UPDATE, REVIEWED_NOTHING_NEW, STATE_CHANGE, NEWS_ASKED
	}
}
