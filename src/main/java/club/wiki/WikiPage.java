package club.wiki;

import java.time.Instant;

/** A page of a group's wiki, at its latest revision ({@code revision}, its number). */
public record WikiPage(long id, long groupId, String slug, String title, int revision, Instant createdAt, Instant updatedAt) {
}
