package club.discussion;

/**
 * How a member hears of a group's discussion by mail: each message of what they follow, a daily
 * digest of it, or nothing (mentions are always mailed, unless turned off on the notifications
 * page). What they follow: the threads they write in or chose, or the whole discussion.
 */
public record DiscussionPace(Pace pace, boolean wholeGroup) {

	public enum Pace {
		EACH, DAILY, NONE
	}

	/** Without a choice: each message of the threads followed. */
	static final DiscussionPace DEFAULT = new DiscussionPace(Pace.EACH, false);
}
