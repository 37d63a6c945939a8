package club.vitality;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import club.activity.ActivityKind;

/** One event of a group's activity log as the engine reads it (for a discussion message, the subject stands for its thread). */
public record VitalityEvent(Instant at, ActivityKind kind, @Nullable Long actorId, @Nullable Long subjectId) {
}
