package club.vitality;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Everything the engine knows of one group: when it was created, its declared rhythms (an
 * indicator missing takes its default), its quiet periods, whether it paused, its activity events
 * oldest first, the people's answers per indicator, from its meeting series when a meeting is due
 * that nobody scheduled, and the platform's low seasons.
 */
public record GroupFacts(Instant createdAt, Map<Indicator, Duration> rhythms, List<QuietPeriod> quietPeriods, boolean paused,
		List<VitalityEvent> events, Map<Indicator, Overlay> overlays, @Nullable Instant meetingUnscheduledDue, Seasons seasons) {

	/** Without low seasons: every day counts alike. */
	public GroupFacts(Instant createdAt, Map<Indicator, Duration> rhythms, List<QuietPeriod> quietPeriods, boolean paused,
			List<VitalityEvent> events, Map<Indicator, Overlay> overlays, @Nullable Instant meetingUnscheduledDue) {
		this(createdAt, rhythms, quietPeriods, paused, events, overlays, meetingUnscheduledDue, Seasons.NONE);
	}

	public Duration rhythm(Indicator indicator) {
		Duration declared = rhythms.get(indicator);
		return declared != null ? declared : java.util.Objects.requireNonNull(indicator.defaultRhythm(), indicator.name());
	}

	public Overlay overlay(Indicator indicator) {
		return overlays.getOrDefault(indicator, Overlay.NONE);
	}
}
