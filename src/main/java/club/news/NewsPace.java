package club.news;

/** How often a member receives a group's news by mail. */
public enum NewsPace {
	/** A mail for each post, as it is published. */
	EACH,
	/** One mail a week listing the posts of all such groups: what a member gets until they choose. */
	WEEKLY,
	NONE;

	static final NewsPace DEFAULT = WEEKLY;
}
