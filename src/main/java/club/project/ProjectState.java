package club.project;

/** Where a project stands. Stored by name. */
public enum ProjectState {
	IDEA, ACTIVE, PAUSED, DONE, GRADUATED;

	/** On the tracking board: what is still under way or to start. */
	boolean open() {
		return this == IDEA || this == ACTIVE || this == PAUSED;
	}
}
