package club.vitality.simulation;

import java.time.Instant;

/** What an engine under test said during the replay: this group's indicator needs attention, at that moment. */
public record Nudge(long groupId, Indicator indicator, Instant at) {
}
