package club.vitality;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import club.directory.Group;

/**
 * A group on its helpers' dashboard: its five signals, how urgent it is (the sum of its signals'
 * urgency), its pause, and how its facilitators rated the nudges (useful of rated; null if none).
 */
public record DashboardRow(Group group, Map<Indicator, IndicatorRow> indicators, int urgency, boolean paused, @Nullable String pauseReason,
		int useful, int rated) {
}
