package club.project;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A group's project, with its tracking board's columns (next step, who, due date) and, once graduated, the group it became. */
public record Project(long id, long groupId, String title, String description, ProjectState state, String needs, String nextStep,
		@Nullable Long nextStepOwnerId, @Nullable LocalDate dueOn, Instant lastUpdateAt, Instant createdAt, @Nullable Long graduatedGroupId) {

	/** The due date is past and the project still open. */
	public boolean overdue(LocalDate today) {
		return dueOn != null && dueOn.isBefore(today) && state.open();
	}
}
