package club.discussion;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A thread of a group's discussion: its title, who opened it, and how it stands. */
public record DiscussionThread(long id, long groupId, String title, @Nullable Long authorId, Instant createdAt, Instant lastPostedAt,
		int messageCount, boolean pinned, boolean locked) {
}
