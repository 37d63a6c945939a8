package club.vitality;

/**
 * Where an indicator stands. The engine computes the first four from the activity; the others are
 * the people's answers and the nudges laid over a due or late indicator, until the next real
 * activity brings it back up.
 */
public enum VitalityState {
	/** The group is too young to judge and nothing happened yet. */
	NEW(0),
	UP(0),
	/** The expected date has come; the grace period runs. */
	DUE(2),
	LATE(4),
	/** Late or due, and someone was nudged. */
	NUDGED(5),
	/** « On it, next date D »: re-arms at D. */
	ACKNOWLEDGED(1),
	/** Snoozed with a reason, until a date (at most 90 days). */
	SNOOZED(1),
	/** Nudged a week ago, nothing since: the group's helper is in the loop. */
	ESCALATED(6),
	/** The group paused: no nudge. */
	PAUSED(1);

	private final int urgency;

	VitalityState(int urgency) {
		this.urgency = urgency;
	}

	/** How much the helpers should look at it: sorts their dashboard. */
	public int urgency() {
		return urgency;
	}

	/** The colour class of the signal (the text says the same). */
	public String tone() {
		return switch (this) {
			case NEW, UP -> "ok";
			case ACKNOWLEDGED, SNOOZED, PAUSED -> "muted";
			case DUE -> "warning";
			case LATE, NUDGED, ESCALATED -> "danger";
		};
	}
}
