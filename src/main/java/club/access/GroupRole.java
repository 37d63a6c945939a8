package club.access;

/** The roles a member may hold in a group; a member may hold several. */
public enum GroupRole {
	/** Administers the group: its record, its settings and its members' roles. */
	ADMIN,
	LEADER,
	FACILITATOR,
	PROJECT_CARRIER,
	NEWS_EDITOR,
	MEETING_ORGANIZER,
	MODERATOR,
	/** "Catches" contributions into the shared space. */
	CURATOR;

	/** The roles that decide entry requests and invite: the group's organizers. */
	public static final java.util.Set<GroupRole> ORGANIZERS = java.util.Collections.unmodifiableSet(java.util.EnumSet.of(ADMIN, LEADER, FACILITATOR));
}
