package club.vitality;

/** What a facilitator answers to an indicator, or does to the whole group. */
public enum Answer {
	/** « On it, next date D »: re-arms at D. */
	ON_IT,
	/** Snoozed with a reason, at most 90 days; re-triggers when it ends. */
	SNOOZE,
	/** The rhythm changed: only later activity makes the baseline (and a new declared rhythm, if given). */
	RHYTHM_CHANGED,
	PAUSE,
	RESUME,
	QUIET_PERIOD,
	/** A nudge rated useful or not. */
	RATED
}
