package club.wiki;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import club.access.Access;
import club.access.GroupOperation;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.platform.security.RateLimiter;
import club.platform.security.SignedInUser;

/**
 * Groups' wikis: written with their preconfigured pages at the first visit, read by everyone
 * (group records are public), edited by the group's members. A save is a new revision if the page
 * is still at the revision the editor started from, a conflict otherwise; every save and restore
 * goes to the activity log.
 */
@Service
class Wiki {

	static final String HOME = WikiLinks.slug(PreconfiguredPages.HOME);
	static final int HISTORY_PAGE_SIZE = 50;
	/** Saves per person and hour: plenty for writing by hand, a brake on a script filling pages. */
	static final int SAVES_PER_HOUR = 120;
	/** Restores are written once for all their readers: their comment is in the platform's language. */
	static final String RESTORED = "Restauration de la révision %d";

	/** What became of a save. */
	sealed interface Saved {
	}

	record Done(WikiPage page) implements Saved {
	}

	/** Someone saved the page meanwhile: nothing was written; this is the page and its text now. */
	record Conflict(WikiPage page, WikiRevision latest) implements Saved {
	}

	/** The person saved too many times in the last hour: nothing was written. */
	record TooMany() implements Saved {
	}

	/** One page of a page's history, from 1. */
	record History(List<WikiRevision.Entry> revisions, int pageNumber, int pageCount) {
	}

	private final WikiRepository wikis;
	private final PreconfiguredPages preconfigured;
	private final Access access;
	private final ActivityLog activity;
	private final TransactionTemplate transactions;
	private final RateLimiter limits;
	private final Clock clock;

	Wiki(WikiRepository wikis, PreconfiguredPages preconfigured, Access access, ActivityLog activity, TransactionTemplate transactions,
			RateLimiter limits, Clock clock) {
		this.wikis = wikis;
		this.preconfigured = preconfigured;
		this.access = access;
		this.activity = activity;
		this.transactions = transactions;
		this.limits = limits;
		this.clock = clock;
	}

	/** The group's members edit its wiki; nobody edits anonymously. */
	boolean mayEdit(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.EDIT_WIKI, groupId);
	}

	/**
	 * Writes the group's preconfigured pages, the first time its wiki is opened. In a transaction
	 * of its own, which the wiki's row guards: of two first visits at once, the second waits for the
	 * first to commit, then fails on the row's key and finds the pages written.
	 */
	void open(Group group) {
		if (wikis.exists(group.id())) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> {
				Instant now = clock.instant();
				wikis.create(group.id(), now);
				preconfigured.of(group).forEach(page -> wikis.insert(group.id(), WikiLinks.slug(page.title()), page.title(), page.body(), null,
						null, now));
			});
		}
		catch (DuplicateKeyException writtenMeanwhile) {
			// Another visitor's request wrote them.
		}
	}

	Optional<WikiPage> find(Group group, String slug) {
		return wikis.find(group.id(), slug);
	}

	List<WikiPage> pages(Group group) {
		return wikis.pages(group.id());
	}

	Set<String> slugs(Group group) {
		return wikis.slugs(group.id());
	}

	Optional<WikiRevision> revision(WikiPage page, int number) {
		return wikis.revision(page.id(), number);
	}

	WikiRevision latest(WikiPage page) {
		return wikis.revision(page.id(), page.revision()).orElseThrow();
	}

	History history(WikiPage page, int requested) {
		int pages = Math.max(1, (page.revision() + HISTORY_PAGE_SIZE - 1) / HISTORY_PAGE_SIZE);
		int number = Math.clamp(requested, 1, pages);
		return new History(wikis.history(page.id(), HISTORY_PAGE_SIZE, (number - 1) * HISTORY_PAGE_SIZE), number, pages);
	}

	/**
	 * Saves the form as the page's next revision, or as a new page at that address. A conflict when
	 * the page moved on since the editor's base revision, or was created by someone else meanwhile.
	 */
	Saved save(Group group, String slug, WikiForm form, SignedInUser by) {
		if (limits.take("wiki-save:" + by.accountId(), SAVES_PER_HOUR, Duration.ofHours(1)).isPresent()) {
			return new TooMany();
		}
		try {
			return transactions.execute(status -> write(group, slug, form, by));
		}
		catch (DuplicateKeyException createdMeanwhile) {
			WikiPage page = wikis.find(group.id(), slug).orElseThrow();
			return new Conflict(page, latest(page));
		}
	}

	private Saved write(Group group, String slug, WikiForm form, SignedInUser by) {
		Instant now = clock.instant();
		Optional<WikiPage> existing = wikis.find(group.id(), slug);
		WikiPage saved;
		if (existing.isEmpty()) {
			saved = wikis.insert(group.id(), slug, form.titleText(), form.bodyText(), by.accountId(), form.commentText(), now);
		}
		else if (wikis.revise(existing.get().id(), form.baseRevision(), form.titleText(), form.bodyText(), by.accountId(),
				form.commentText(), now)) {
			saved = wikis.find(group.id(), slug).orElseThrow();
		}
		else {
			WikiPage moved = wikis.find(group.id(), slug).orElseThrow();
			return new Conflict(moved, latest(moved));
		}
		activity.record(group.id(), ActivityKind.WIKI_PAGE_EDITED, by.accountId(), saved.id());
		return new Done(saved);
	}

	/**
	 * Brings an old text back, as the page's next revision. It does not start from what the person
	 * saw: it comes after a save made meanwhile, which stays in the history.
	 */
	@Transactional
	WikiPage restore(Group group, WikiPage page, WikiRevision old, SignedInUser by) {
		return reviseLatest(group, page, latest -> old.body(), by.accountId(), RESTORED.formatted(old.number()));
	}

	/**
	 * Writes the page's next revision from whatever its latest text is (a save made meanwhile
	 * stays in the history, and the new text follows it), and records the edit. Within the caller's
	 * transaction.
	 */
	WikiPage reviseLatest(Group group, WikiPage page, java.util.function.UnaryOperator<String> text, long authorId, String comment) {
		WikiPage current;
		do {
			current = wikis.find(group.id(), page.slug()).orElseThrow();
		}
		while (!wikis.revise(current.id(), current.revision(), current.title(), text.apply(latest(current).body()), authorId, comment,
				clock.instant()));
		activity.record(group.id(), ActivityKind.WIKI_PAGE_EDITED, authorId, page.id());
		return wikis.find(group.id(), page.slug()).orElseThrow();
	}
}
