package club.discussion;

/**
 * What a curator chose on the catch page: where the contribution goes ({@code target}, a
 * {@link Catch.Target} name), the new page's title, or the page and the heading of the section.
 */
public record CatchForm(String target, String title, String page, String heading) {

	static CatchForm suggested(DiscussionThread thread) {
		return new CatchForm(Catch.Target.WIKI_PAGE.name(), thread.title(), "", thread.title());
	}
}
