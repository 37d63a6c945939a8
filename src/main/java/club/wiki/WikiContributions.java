package club.wiki;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;

/**
 * What other modules write into a group's wiki and read of it: a new page or a section added at
 * the end of a page (a contribution caught from the discussion), the group's pages to choose
 * from, and {@code [[Page name]]} links resolved in any Markdown of the group. Writes are
 * revisions like any other (author, comment, activity log); the caller checks who may write.
 */
@Service
public class WikiContributions {

	private final Wiki wiki;
	private final WikiRepository wikis;
	private final ActivityLog activity;
	private final MessageSource messages;
	private final Clock clock;

	WikiContributions(Wiki wiki, WikiRepository wikis, ActivityLog activity, MessageSource messages, Clock clock) {
		this.wiki = wiki;
		this.wikis = wikis;
		this.activity = activity;
		this.messages = messages;
		this.clock = clock;
	}

	/** The longest title and text a page may have. */
	public static final int MAX_TITLE = WikiForm.MAX_TITLE;
	public static final int MAX_BODY = WikiForm.MAX_BODY;
	public static final int MAX_COMMENT = WikiForm.MAX_COMMENT;

	/** What became of a new page. */
	public sealed interface Added {
	}

	public record Written(WikiPage page, String path) implements Added {
	}

	/** A page already has this title's address: nothing was written. */
	public record TitleTaken(WikiPage page) implements Added {
	}

	/** The title leaves no address (only punctuation…): nothing was written. */
	public record TitleUnusable() implements Added {
	}

	/** The group's pages, its preconfigured ones written first if its wiki was never opened. */
	public List<WikiPage> pages(Group group) {
		wiki.open(group);
		return wikis.pages(group.id());
	}

	/** A page's address on the site. */
	public static String path(Group group, WikiPage page) {
		return WikiLinks.pagePath(group.slug(), page.slug());
	}

	/**
	 * A new page written by {@code authorId}, unless its title's address is taken. A page created at
	 * that address between the check and the write fails the transaction (a DuplicateKeyException).
	 */
	@Transactional
	public Added addPage(Group group, String title, String markdown, long authorId, String comment) {
		wiki.open(group);
		String slug = WikiLinks.slug(title);
		if (slug.isEmpty()) {
			return new TitleUnusable();
		}
		Optional<WikiPage> existing = wikis.find(group.id(), slug);
		if (existing.isPresent()) {
			return new TitleTaken(existing.get());
		}
		WikiPage page = wikis.insert(group.id(), slug, title.strip(), markdown, authorId, comment, clock.instant());
		activity.record(group.id(), ActivityKind.WIKI_PAGE_EDITED, authorId, page.id());
		return new Written(page, path(group, page));
	}

	/**
	 * A section added at the end of the page, as its next revision. Like a restore, it does not
	 * start from a revision someone saw: a save made meanwhile stays, and the section follows it.
	 */
	@Transactional
	public WikiPage addSection(Group group, WikiPage page, String heading, String markdown, long authorId, String comment) {
		return wiki.reviseLatest(group, page, latest -> {
			String text = latest.stripTrailing();
			return (text.isEmpty() ? "" : text + "\n\n") + "## " + heading.strip() + "\n\n" + markdown.strip() + "\n";
		}, authorId, comment);
	}

	/** The page's current text length: what a section added to it must fit beside. */
	public int length(WikiPage page) {
		return wiki.latest(page).body().length();
	}

	/**
	 * Makes {@code [[Page name]]} links in the group's Markdown into links to its pages (or to
	 * create them); the group's page addresses are read once, at the first text holding such a link.
	 */
	public UnaryOperator<String> linker(Group group, Locale locale) {
		var slugs = new AtomicReference<Set<String>>();
		return markdown -> {
			if (!markdown.contains("[[")) {
				return markdown;
			}
			Set<String> existing = slugs.updateAndGet(known -> known != null ? known : wikis.slugs(group.id()));
			return WikiLinks.resolve(markdown, group.slug(), existing, messages.getMessage("wiki.toCreate", null, locale));
		};
	}
}
