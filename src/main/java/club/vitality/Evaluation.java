package club.vitality;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One indicator of one group at one instant: its state (answers and nudges laid over), the state
 * the activity alone gives, why, the last activity, the date the next one is expected, whether a
 * nudge is wanted now, and — for the discussion — whether it has been declining for weeks.
 */
public record Evaluation(Indicator indicator, VitalityState state, VitalityState computed, Reason reason, @Nullable Instant last,
		@Nullable Instant expected, boolean nudge, boolean declining) {

	/** Due or late from the activity alone, whatever was answered. */
	public boolean wanting() {
		return computed == VitalityState.DUE || computed == VitalityState.LATE;
	}
}
