package club.activity;

/** What can happen in a group. New kinds are added at the end; stored by name. */
public enum ActivityKind {
	MEMBER_JOINED, MEMBER_LEFT,
	MEETING_SCHEDULED, MEETING_HELD, MEETING_CANCELLED,
	POLL_OPENED, POLL_CLOSED_WITH_DATE, POLL_CLOSED_WITHOUT_DATE,
	NEWS_PUBLISHED,
	DISCUSSION_MESSAGE_POSTED,
	WIKI_PAGE_EDITED,
	PROJECT_UPDATED, PROJECT_REVIEWED, PROJECT_STATE_CHANGED,
	RESOURCE_ADDED,
	/** A news post kept as a draft (its subject): the vitality notices one left unpublished. */
	NEWS_DRAFT_SAVED
}
