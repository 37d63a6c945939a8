package club.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A message of a thread, numbered by its position (1 opens the thread). A hidden message keeps
 * its place; only moderators read its text. Its author is null once their account is deleted.
 */
public record DiscussionMessage(long id, long threadId, long groupId, int position, @Nullable Long authorId, String body, Instant postedAt,
		boolean hidden) {
}
