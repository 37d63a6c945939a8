package club.wiki;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One text a page had, with its author: none when written by the platform (the preconfigured
 * pages), or by a person whose account is gone (a former member).
 */
public record WikiRevision(long pageId, int number, String body, @Nullable Long authorId, boolean byPlatform, Instant at,
		@Nullable String comment) {

	/** A revision as the history lists it, without its text. */
	public record Entry(int number, @Nullable Long authorId, boolean byPlatform, Instant at, @Nullable String comment) {
	}
}
