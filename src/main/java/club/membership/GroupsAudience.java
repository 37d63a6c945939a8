package club.membership;

/** Who sees, on a person's public page, the groups they belong to: their choice. */
public enum GroupsAudience {
	PUBLIC,
	/** The members of at least one of the same groups (the default). */
	SHARED_GROUPS,
	NOBODY
}
