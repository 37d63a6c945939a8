package club.vitality;

/** Why an indicator is where it is; each has a text {@code vitality.reason.<name>}. */
public enum Reason {
	/** Too young to judge, nothing yet. */
	YOUNG,
	/** Within its rhythm. */
	ON_RHYTHM,
	/** No rhythm declared and no regular habit to judge by: not followed until the group declares one. */
	UNDECLARED,
	/** The declared rhythm (plus grace) has passed. */
	RHYTHM_PASSED,
	/** The gap since the last activity is unusually long for this group. */
	GAP_UNUSUAL,
	/** Precursor: a date poll closed without a date. */
	POLL_WITHOUT_DATE,
	/** Precursor: the rhythm says a meeting is due and none is scheduled. */
	MEETING_NOT_SCHEDULED,
	/** Precursor: a meeting was held a week ago and the tracking board was not touched since. */
	BOARD_AFTER_MEETING,
	/** Precursor: a news draft saved a week ago and left unpublished. */
	DRAFT_UNPUBLISHED,
	/** The discussion is too sparse (about one message a week or less) for a silence to say anything. */
	SPARSE,
	/** The discussion's silence is improbable for this group. */
	SILENCE,
	/** Far more messages than usual, and one author or one thread takes most of them. */
	TOO_MUCH,
	/** A declared quiet period is running. */
	QUIET_PERIOD,
	/** The group paused. */
	PAUSED
}
