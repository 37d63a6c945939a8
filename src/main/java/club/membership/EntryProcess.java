package club.membership;

/** How a group lets people in. */
public enum EntryProcess {
	/** Joining is immediate. */
	OPEN,
	/** An organizer accepts or refuses, with an optional message. */
	APPROVAL,
	/** Enough members vouch for the applicant. */
	COOPTATION,
	/** The applicant answers the group's questions, then has a motivation interview. */
	APPLICATION
}
