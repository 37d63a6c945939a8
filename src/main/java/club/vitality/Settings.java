package club.vitality;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A group's vitality settings: the rhythms its facilitators declared (days), and its pause. */
public record Settings(long groupId, Map<Indicator, Integer> days, @Nullable Instant pausedAt, @Nullable String pauseReason,
		@Nullable Long pausedBy) {

	static Settings none(long groupId) {
		return new Settings(groupId, Map.of(), null, null, null);
	}

	public boolean paused() {
		return pausedAt != null;
	}

	/** The declared rhythms as the engine reads them. */
	Map<Indicator, Duration> rhythms() {
		var rhythms = new EnumMap<Indicator, Duration>(Indicator.class);
		days.forEach((indicator, count) -> rhythms.put(indicator, Duration.ofDays(count)));
		return rhythms;
	}
}
