package club.directory;

/**
 * The links to a group's services that seed 001 lists, in the order a visitor needs them, then the
 * feeds of a group whose life is elsewhere: its calendar (iCalendar) and its news (RSS or Atom),
 * which the platform reads for the group's vitality.
 */
public enum ServiceLink {
	HOME, INFORMATION, MEETINGS, DISCUSSION, PROJECTS, RESOURCES, CATALOGUE, SUBSCRIBE, UNSUBSCRIBE, MEMBERS,
	ADMINISTRATION, TRACKING, CALENDAR, FEED;

	/** The form field holding this link, e.g. "linkHome". */
	public String field() {
		String name = name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
		return "link" + name;
	}
}
