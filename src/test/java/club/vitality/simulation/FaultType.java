package club.vitality.simulation;

/** What goes wrong in a faulty group, from the fault's start until the end of the simulation. */
public enum FaultType {
	/** Meetings, news or the tracking board stop (half of the meeting stops right after a poll closed without a date). */
	SCHEDULED_STOP,
	/** No more discussion messages. */
	DISCUSSION_SILENCE,
	/** The discussion keeps going at half its rate. */
	DISCUSSION_HALVING,
	/** A few days of many messages, dominated by one author or one thread; then back to normal. */
	FLAME_BURST,
	/** No more wiki edits in a group that declared a rhythm for its shared space. */
	SHARED_SPACE_FREEZE
}
