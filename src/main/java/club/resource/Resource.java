package club.resource;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import club.access.Audience;

/**
 * A resource of a group's shared space. {@code addedBy} and {@code creditedAuthorId} are null for
 * a former member; {@code creditedAuthorId} names who wrote what a curator caught (« by X, added by
 * Y »). {@code url} is a link's address, {@code file} a file's name, type and size; a note's text is
 * its description.
 */
public record Resource(long id, long groupId, ResourceKind kind, String title, String description, @Nullable String url,
		@Nullable Long addedBy, @Nullable Long creditedAuthorId, @Nullable String sourceUrl, @Nullable String sourceLabel, License license,
		boolean production, Audience audience, List<String> tags, @Nullable StoredFile file, Instant createdAt, Instant updatedAt) {

	public boolean isPublic() {
		return audience == Audience.PUBLIC;
	}

	/** Whether a curator credited someone else than the person who added it. */
	public boolean credited() {
		return creditedAuthorId != null && !creditedAuthorId.equals(addedBy);
	}
}
