package club.discussion;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.GroupOperation;
import club.account.Accounts;
import club.directory.Group;
import club.meeting.Meetings;
import club.platform.mail.Mailer;
import club.platform.markdown.Markdown;
import club.platform.security.SignedInUser;
import club.resource.Resource;
import club.resource.ResourceForm;
import club.resource.Resources;
import club.wiki.WikiContributions;
import club.wiki.WikiPage;

/**
 * Contribution catching (seed 001): a curator copies a message, or a whole thread, into the
 * group's shared space — a new wiki page, a section added to one, or a note among its resources —
 * written in Markdown with each
 * author's name, the date and a link back to the discussion. The curator is the revision's author;
 * the message's authors are credited in the text and told by mail. Hidden messages are never copied.
 */
@Service
class Catching {

	/** A thread longer than this is caught message by message. */
	static final int MAX_THREAD_MESSAGES = 300;

	/** What a catch copies: one message, or the visible messages of a thread. */
	record Source(DiscussionThread thread, @Nullable DiscussionMessage message, List<DiscussionMessage> messages) {

		String backLink() {
			return message == null ? "/threads/" + thread.id() : "/messages/" + message.id();
		}
	}

	/** What became of a catch: where it went, or the field and the message that refused it. */
	sealed interface Caught {
	}

	record Done(String path, String title) implements Caught {
	}

	record Refused(String field, String message) implements Caught {
	}

	private final DiscussionRepository discussions;
	private final WikiContributions wiki;
	private final Resources resources;
	private final Access access;
	private final Accounts accounts;
	private final Meetings meetings;
	private final Mailer mailer;
	private final MessageSource texts;
	private final Clock clock;

	Catching(DiscussionRepository discussions, WikiContributions wiki, Resources resources, Access access, Accounts accounts, Meetings meetings, Mailer mailer,
			MessageSource texts, Clock clock) {
		this.discussions = discussions;
		this.wiki = wiki;
		this.resources = resources;
		this.access = access;
		this.accounts = accounts;
		this.meetings = meetings;
		this.mailer = mailer;
		this.texts = texts;
		this.clock = clock;
	}

	boolean mayCatch(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.CURATE_SHARED_SPACE, groupId);
	}

	Source of(DiscussionThread thread, DiscussionMessage message) {
		return new Source(thread, message, List.of(message));
	}

	/** The thread's visible messages, or empty when it is too long to be caught at once. */
	Optional<Source> of(DiscussionThread thread) {
		if (thread.messageCount() > MAX_THREAD_MESSAGES) {
			return Optional.empty();
		}
		var visible = discussions.messages(thread.id(), 1, thread.messageCount()).stream().filter(message -> !message.hidden()).toList();
		return Optional.of(new Source(thread, null, visible));
	}

	List<Catch> catches(DiscussionThread thread) {
		return discussions.catches(thread.id());
	}

	/**
	 * The Markdown a catch writes. A message: its text, then who wrote it, when, and a link back. A
	 * thread: each message under its author's name and date, then a link back to the thread.
	 */
	String markdown(Group group, Source source, Locale locale) {
		Map<Long, String> names = accounts.displayNames(authors(source));
		String formerMember = texts.getMessage("history.formerMember", null, locale);
		var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(meetings.zone(group));
		String thread = Markdown.escape(source.thread().title());
		if (source.message() != null) {
			DiscussionMessage message = source.message();
			String author = Markdown.escape(name(message, names, formerMember));
			return message.body().strip() + "\n\n*" + texts.getMessage("discussion.catch.credit.message",
					new Object[] { author, dates.format(message.postedAt()), thread, source.backLink() }, locale) + "*\n";
		}
		var text = new StringBuilder();
		for (DiscussionMessage message : source.messages()) {
			text.append("**").append(Markdown.escape(name(message, names, formerMember))).append("** — [")
				.append(dates.format(message.postedAt())).append("](/messages/").append(message.id()).append(")\n\n")
				.append(message.body().strip()).append("\n\n");
		}
		return text.append('*')
			.append(texts.getMessage("discussion.catch.credit.thread", new Object[] { thread, source.backLink() }, locale))
			.append("*\n")
			.toString();
	}

	/** Writes the source as a new page of the group's wiki, unless a page already has that title. */
	@Transactional
	Caught intoNewPage(Group group, Source source, String title, long curator, Locale locale) {
		String text = markdown(group, source, locale);
		if (title.isBlank() || title.strip().length() > WikiContributions.MAX_TITLE) {
			return new Refused("title", texts.getMessage("wiki.title.required", new Object[] { WikiContributions.MAX_TITLE }, locale));
		}
		if (text.length() > WikiContributions.MAX_BODY) {
			return tooLong(text.length(), locale);
		}
		return switch (wiki.addPage(group, title.strip(), text, curator, comment(source, locale))) {
			case WikiContributions.Written written -> caught(group, source, Catch.Target.WIKI_PAGE, written.path(), written.page().title(),
					curator);
			case WikiContributions.TitleTaken taken -> new Refused("title",
					texts.getMessage("discussion.catch.titleTaken", new Object[] { taken.page().title() }, locale));
			case WikiContributions.TitleUnusable unusable -> new Refused("title",
					texts.getMessage("wiki.title.required", new Object[] { WikiContributions.MAX_TITLE }, locale));
		};
	}

	/** Adds the source as a section at the end of one of the group's wiki pages. */
	@Transactional
	Caught intoSection(Group group, Source source, String pageSlug, String heading, long curator, Locale locale) {
		Optional<WikiPage> page = wiki.pages(group).stream().filter(candidate -> candidate.slug().equals(pageSlug)).findFirst();
		if (page.isEmpty()) {
			return new Refused("page", texts.getMessage("discussion.catch.page.required", null, locale));
		}
		if (heading.isBlank() || heading.strip().length() > WikiContributions.MAX_TITLE) {
			return new Refused("heading", texts.getMessage("discussion.catch.heading.required", new Object[] { WikiContributions.MAX_TITLE },
					locale));
		}
		String text = markdown(group, source, locale);
		int length = wiki.length(page.get()) + heading.length() + text.length() + 8;
		if (length > WikiContributions.MAX_BODY) {
			return tooLong(length, locale);
		}
		WikiPage written = wiki.addSection(group, page.get(), heading.strip(), text, curator, comment(source, locale));
		return caught(group, source, Catch.Target.WIKI_SECTION, WikiContributions.path(group, written), written.title(), curator);
	}

	/** Writes the source as a note among the group's resources, credited to its author (a message's) and linked back. */
	@Transactional
	Caught intoResource(Group group, Source source, String title, SignedInUser curator, Locale locale) {
		if (title.isBlank() || title.strip().length() > ResourceForm.MAX_TITLE) {
			return new Refused("title", texts.getMessage("resource.title.required", new Object[] { ResourceForm.MAX_TITLE }, locale));
		}
		String text = markdown(group, source, locale);
		if (text.length() > ResourceForm.MAX_DESCRIPTION) {
			return new Refused("", texts.getMessage("discussion.catch.tooLong", new Object[] { ResourceForm.MAX_DESCRIPTION, text.length() },
					locale));
		}
		Long author = source.message() == null ? null : source.message().authorId();
		Resource resource = resources.catchText(group.id(), curator, title.strip(), text, author, source.backLink(), source.thread().title());
		return caught(group, source, Catch.Target.RESOURCE, "/resources/" + resource.id(), resource.title(), curator.accountId());
	}

	/** Records where the contribution went and tells its authors (but the curator) by mail. */
	private Caught caught(Group group, Source source, Catch.Target target, String path, String title, long curator) {
		discussions.recordCatch(group.id(), source.thread().id(), source.message() == null ? null : source.message().id(), target, path, title,
				curator, clock.instant());
		Set<Long> authors = authors(source);
		authors.remove(curator);
		String by = accounts.displayNames(List.of(curator)).getOrDefault(curator, "");
		accounts.recipients(authors).forEach(author -> mailer.send(author, "discussionCaught", path, by, source.thread().title(), title));
		return new Done(path, title);
	}

	private Refused tooLong(int length, Locale locale) {
		return new Refused("", texts.getMessage("discussion.catch.tooLong", new Object[] { WikiContributions.MAX_BODY, length }, locale));
	}

	private String comment(Source source, Locale locale) {
		String comment = texts.getMessage("discussion.catch.comment", new Object[] { source.thread().title() }, locale);
		return comment.length() <= WikiContributions.MAX_COMMENT ? comment : comment.substring(0, WikiContributions.MAX_COMMENT - 1) + "…";
	}

	private static Set<Long> authors(Source source) {
		var authors = new LinkedHashSet<Long>();
		source.messages().forEach(message -> {
			if (message.authorId() != null) {
				authors.add(message.authorId());
			}
		});
		return authors;
	}

	private static String name(DiscussionMessage message, Map<Long, String> names, String formerMember) {
		return message.authorId() == null ? formerMember : names.getOrDefault(message.authorId(), formerMember);
	}
}
