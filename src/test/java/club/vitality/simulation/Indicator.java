package club.vitality.simulation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import club.activity.ActivityKind;

/**
 * The five vitality indicators as the simulation sees them, each with the activity kinds that
 * feed it. Kept here rather than borrowed from the vitality module so that the generator and the
 * scorer stay independent of the engine they measure.
 */
public enum Indicator {

	TRACKING_BOARD(EnumSet.of(ActivityKind.PROJECT_UPDATED, ActivityKind.PROJECT_REVIEWED, ActivityKind.PROJECT_STATE_CHANGED)),
	MEETINGS(EnumSet.of(ActivityKind.MEETING_SCHEDULED, ActivityKind.MEETING_HELD, ActivityKind.MEETING_CANCELLED,
			ActivityKind.POLL_OPENED, ActivityKind.POLL_CLOSED_WITH_DATE, ActivityKind.POLL_CLOSED_WITHOUT_DATE)),
	NEWS(EnumSet.of(ActivityKind.NEWS_PUBLISHED)),
	DISCUSSION(EnumSet.of(ActivityKind.DISCUSSION_MESSAGE_POSTED)),
	SHARED_SPACE(EnumSet.of(ActivityKind.WIKI_PAGE_EDITED, ActivityKind.RESOURCE_ADDED));

	private final Set<ActivityKind> kinds;

	Indicator(Set<ActivityKind> kinds) {
		this.kinds = kinds;
	}

	public Set<ActivityKind> kinds() {
		return kinds;
	}

	/** The indicator an event feeds, if any (members joining and leaving feed none). */
	public static Optional<Indicator> of(ActivityKind kind) {
		for (Indicator indicator : values()) {
			if (indicator.kinds.contains(kind)) {
				return Optional.of(indicator);
			}
		}
		return Optional.empty();
	}
}
