package club.vitality.simulation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import club.activity.ActivityEvent;
import club.activity.ActivityKind;

/** One generated row of the activity log, shaped like {@code activity_event}. */
public record SimulatedEvent(long groupId, ActivityKind kind, @Nullable Long actorId, @Nullable Long subjectId, Instant at) {

	/** As the activity log would read it back, with the id the database would have given. */
	public ActivityEvent toActivityEvent(long id) {
		return new ActivityEvent(id, groupId, kind, actorId, subjectId, at);
	}
}
