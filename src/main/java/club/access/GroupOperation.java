package club.access;

import java.util.EnumSet;
import java.util.Set;

/**
 * What can be done to a group, and which of its roles allow it. Platform admins may do
 * everything; operations open to every member say so.
 */
public enum GroupOperation {
	EDIT_RECORD(false, GroupRole.ADMIN),
	EDIT_SETTINGS(false, GroupRole.ADMIN),
	MANAGE_ROLES(false, GroupRole.ADMIN),
	DECIDE_REQUESTS(false, GroupRole.ADMIN, GroupRole.LEADER, GroupRole.FACILITATOR),
	INVITE(false, GroupRole.ADMIN, GroupRole.LEADER, GroupRole.FACILITATOR),
	REMOVE_MEMBER(false, GroupRole.ADMIN, GroupRole.LEADER),
	/** Schedule meetings, say what became of them. */
	ORGANIZE_MEETINGS(false, GroupRole.ADMIN, GroupRole.LEADER, GroupRole.FACILITATOR, GroupRole.MEETING_ORGANIZER),
	/** Write, schedule, publish, edit and delete the group's news. */
	PUBLISH_NEWS(false, GroupRole.ADMIN, GroupRole.LEADER, GroupRole.FACILITATOR, GroupRole.NEWS_EDITOR),
	/** Apply to a moderated ecosystem on the group's behalf. */
	APPLY_TO_ECOSYSTEM(false, GroupRole.ADMIN),
	/** Vouch for someone asking to join by co-optation. */
	VOUCH(true),
	/** See what the group shows its members only (members-only meetings…). */
	SEE_MEMBERS_ONLY(true),
	/** Read the group's discussion, open threads, reply, follow, report a message. */
	TAKE_PART_IN_DISCUSSION(true),
	/** Hide, lock, pin and move threads and messages, decide on reports. */
	MODERATE_DISCUSSION(false, GroupRole.ADMIN, GroupRole.LEADER, GroupRole.MODERATOR),
	/** Write and restore the pages of the group's wiki. */
	EDIT_WIKI(true),
	/** Propose projects (and carry them), follow the group's projects, read its tracking board. */
	TAKE_PART_IN_PROJECTS(true),
	/** Review the tracking board, ask carriers for news, update any of the group's projects. */
	FACILITATE_PROJECTS(false, GroupRole.ADMIN, GroupRole.LEADER, GroupRole.FACILITATOR),
	/** Add links, files and notes to the group's shared space, and edit or delete one's own. */
	ADD_RESOURCES(true),
	/**
	 * Catch contributions into the shared space — a discussion message or thread copied, credited to
	 * its authors, into a wiki page, a section of one or a resource — and edit and delete any resource.
	 */
	CURATE_SHARED_SPACE(false, GroupRole.ADMIN, GroupRole.LEADER, GroupRole.FACILITATOR, GroupRole.CURATOR);

	private final boolean anyMember;
	private final Set<GroupRole> roles;

	GroupOperation(boolean anyMember, GroupRole... roles) {
		this.anyMember = anyMember;
		this.roles = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
	}

	public Set<GroupRole> roles() {
		return roles;
	}

	public boolean allowsAnyMember() {
		return anyMember;
	}
}
