package club.vitality;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of a group's vitality history: an indicator changing state, or someone's answer (with its note). */
public record HistoryEntry(@Nullable Indicator indicator, Instant at, @Nullable VitalityState state, @Nullable Reason reason,
		@Nullable Answer answer, @Nullable String note, @Nullable Long actorId) {
}
