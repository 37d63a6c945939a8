package club.vitality;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An indicator as last stored: the engine's evaluation, since when it stands, and the people's answers. */
public record IndicatorRow(long groupId, Indicator indicator, VitalityState state, VitalityState computed, Reason reason,
		@Nullable Instant last, @Nullable Instant expected, boolean declining, Instant changedAt, @Nullable Instant acknowledgedUntil,
		@Nullable Instant snoozedUntil, @Nullable String snoozeReason, @Nullable Instant answeredAt, @Nullable Long answeredBy,
		@Nullable Instant baselineFrom) {
}
