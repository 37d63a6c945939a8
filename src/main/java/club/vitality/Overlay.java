package club.vitality;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What people said or did about one indicator, laid over what the engine computes: « on it, next
 * date D » or a snooze until a date (answered at some instant), the last « rhythm changed » (only
 * later activity makes the baseline), and the open nudge's ladder level (since when). Answers and
 * nudges older than the last real activity no longer count: the indicator is back up.
 */
public record Overlay(@Nullable Instant acknowledgedUntil, @Nullable Instant snoozedUntil, @Nullable Instant answeredAt,
		@Nullable Instant baselineFrom, int nudgeLevel, @Nullable Instant nudgedAt) {

	public static final Overlay NONE = new Overlay(null, null, null, null, 0, null);
}
