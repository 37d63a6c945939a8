package club.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing that happened in a group: what, who did it (when someone did), what it is about (the
 * meeting, the poll, the post, the member concerned), when.
 */
public record ActivityEvent(long id, long groupId, ActivityKind kind, @Nullable Long actorId, @Nullable Long subjectId, Instant at) {
}
