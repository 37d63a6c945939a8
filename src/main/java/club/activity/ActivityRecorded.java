package club.activity;

import java.time.Instant;

/** Published with every event appended to the log, so that the vitality indicators of its group follow at once. */
public record ActivityRecorded(long groupId, ActivityKind kind, Instant at) {
}
