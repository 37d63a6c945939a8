package club.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A contribution caught from a thread into the shared space: one message, or the whole thread
 * when {@code messageId} is null; where it went (its path and title) and who caught it.
 */
public record Catch(long id, long threadId, @Nullable Long messageId, Target target, String path, String title, @Nullable Long curatorId,
		Instant at) {

	/** Where a contribution goes. */
	public enum Target {
		/** A new page of the group's wiki. */
		WIKI_PAGE,
		/** A section added at the end of a page of the wiki. */
		WIKI_SECTION,
		/** A resource of the group (a note). */
		RESOURCE
	}
}
