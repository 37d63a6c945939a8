package club.news;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import club.access.Audience;

/**
 * A post of a group's news channel. Its audience is {@link Audience#PUBLIC} or
 * {@link Audience#MEMBERS}; {@code imageVersion} is when its picture last changed (none without one).
 */
public record NewsPost(long id, String uid, long groupId, String title, String body, Audience audience, State state,
		@Nullable Instant publishAt, @Nullable Instant publishedAt, @Nullable Long authorId, @Nullable Instant imageVersion,
		Instant createdAt, Instant updatedAt) {

	public enum State {
		DRAFT, SCHEDULED, PUBLISHED
	}

	public boolean published() {
		return state == State.PUBLISHED;
	}

	/** Published for everyone: the only posts feeds, ecosystems and anonymous visitors see. */
	public boolean isPublic() {
		return published() && audience == Audience.PUBLIC;
	}

	/** When readers last saw it change (a feed's "updated"): its publication, or a later edit. */
	public Instant revisedAt() {
		return publishedAt != null && publishedAt.isAfter(updatedAt) ? publishedAt : updatedAt;
	}
}
