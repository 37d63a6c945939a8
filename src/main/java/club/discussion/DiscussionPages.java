package club.discussion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.meeting.Meeting;
import club.meeting.Meetings;
import club.platform.ClubProperties;
import club.platform.markdown.Markdown;
import club.platform.markdown.SafeHtml;
import club.platform.security.SignedInUser;
import club.platform.web.FormErrors;
import club.platform.web.Page;
import club.wiki.WikiContributions;

/**
 * A group's discussion for its members: the threads, a thread page by page with its reply form,
 * and what members (follow, report) and moderators (hide, lock, pin, move, decide) do there. A
 * thread or a message is not revealed to others (404).
 */
@Controller
class DiscussionPages {

	private final Discussions discussions;
	private final GroupDirectory directory;
	private final Accounts accounts;
	private final Markdown markdown;
	private final MessageSource messages;
	private final Catching catching;
	private final WikiContributions wiki;
	private final Meetings meetings;
	private final MeetingLinks meetingLinks;

	DiscussionPages(Discussions discussions, GroupDirectory directory, Accounts accounts, Markdown markdown, MessageSource messages,
			Catching catching, WikiContributions wiki, Meetings meetings, ClubProperties properties) {
		this.discussions = discussions;
		this.directory = directory;
		this.accounts = accounts;
		this.markdown = markdown;
		this.messages = messages;
		this.catching = catching;
		this.wiki = wiki;
		this.meetings = meetings;
		this.meetingLinks = new MeetingLinks(properties);
	}

	@GetMapping("/g/{slug}/discussion")
	String threads(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		Group group = takingPart(slug);
		return threadList(model, group, Math.max(1, page), "", "", FormErrors.NONE);
	}

	/** Search in the group's discussion: messages holding every word, accents and case aside, best first. */
	@GetMapping("/g/{slug}/discussion/search")
	String search(@PathVariable String slug, @RequestParam(defaultValue = "") String q, Model model) {
		Group group = takingPart(slug);
		List<DiscussionMessage> found = discussions.search(group, q);
		var threads = new HashMap<Long, DiscussionThread>();
		var authors = new LinkedHashSet<Long>();
		found.forEach(message -> {
			threads.computeIfAbsent(message.threadId(), id -> discussions.thread(id).orElseThrow());
			if (message.authorId() != null) {
				authors.add(message.authorId());
			}
		});
		model.addAttribute("group", group);
		model.addAttribute("query", q);
		model.addAttribute("found", found);
		model.addAttribute("threads", threads);
		model.addAttribute("names", discussions.names(authors));
		model.addAttribute("excerpts", found.stream().collect(java.util.stream.Collectors.toMap(DiscussionMessage::id,
				message -> excerpt(markdown.text(message.body())))));
		return "discussion/search";
	}

	private static String excerpt(String text) {
		return text.length() <= 300 ? text : text.substring(0, 300) + "…";
	}

	@PostMapping("/g/{slug}/discussion")
	String open(@PathVariable String slug, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String body,
			Model model, Locale locale) {
		Group group = takingPart(slug);
		var user = SignedInUser.current().orElseThrow();
		var errors = new LinkedHashMap<String, String>();
		if (title.isBlank() || title.strip().length() > Discussions.MAX_TITLE) {
			errors.put("title", messages.getMessage("discussion.title.invalid", new Object[] { Discussions.MAX_TITLE }, locale));
		}
		checkBody(body, errors, locale);
		tooMany(user, errors, locale);
		if (!errors.isEmpty()) {
			return threadList(model, group, 1, title, body, FormErrors.of(errors));
		}
		DiscussionThread thread = discussions.open(group, title.strip(), body.strip(), user);
		return "redirect:/threads/" + thread.id();
	}

	@GetMapping("/threads/{id}")
	String thread(@PathVariable long id, @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long quote, Model model,
			Locale locale) {
		DiscussionThread thread = visibleThread(id);
		String draft = quote == null ? "" : discussions.message(quote)
			.filter(message -> message.threadId() == thread.id() && !message.hidden())
			.map(message -> quoted(message, locale))
			.orElse("");
		return threadPage(model, thread, Math.min(Math.max(1, page), Discussions.pages(thread)), draft, FormErrors.NONE, locale);
	}

	@PostMapping("/threads/{id}/messages")
	String reply(@PathVariable long id, @RequestParam(defaultValue = "") String body, Model model, RedirectAttributes redirect,
			Locale locale) {
		DiscussionThread thread = visibleThread(id);
		var user = SignedInUser.current().orElseThrow();
		var errors = new LinkedHashMap<String, String>();
		checkBody(body, errors, locale);
		tooMany(user, errors, locale);
		if (!errors.isEmpty()) {
			return threadPage(model, thread, Discussions.pages(thread), body, FormErrors.of(errors), locale);
		}
		var posted = discussions.reply(thread, body.strip(), user);
		if (posted.isEmpty()) {
			redirect.addFlashAttribute(Page.FLASH, "discussion.locked");
			return "redirect:/threads/" + id;
		}
		return "redirect:/messages/" + posted.get().id();
	}

	/** A message's own address (mails link to it): its thread, at its page, scrolled to it. */
	@GetMapping("/messages/{id}")
	String message(@PathVariable long id) {
		DiscussionMessage message = visibleMessage(id);
		return "redirect:/threads/" + message.threadId() + "?page=" + Discussions.pageOf(message) + "#m" + message.id();
	}

	/** The member's pace for the group's discussion: EACH, DAILY or NONE, for followed threads or the whole discussion. */
	@PostMapping("/g/{slug}/discussion/pace")
	String pace(@PathVariable String slug, @RequestParam(defaultValue = "") String pace, @RequestParam(defaultValue = "false") boolean wholeGroup,
			RedirectAttributes redirect) {
		Group group = takingPart(slug);
		DiscussionPace.Pace chosen;
		try {
			chosen = DiscussionPace.Pace.valueOf(pace);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		discussions.choosePace(group, SignedInUser.current().orElseThrow().accountId(), new DiscussionPace(chosen, wholeGroup));
		redirect.addFlashAttribute(Page.FLASH, "discussion.pace.saved");
		return "redirect:/g/" + group.slug() + "/discussion";
	}

	@PostMapping("/threads/{id}/follow")
	String follow(@PathVariable long id, @RequestParam(defaultValue = "true") boolean follow, RedirectAttributes redirect) {
		DiscussionThread thread = visibleThread(id);
		discussions.follow(thread, SignedInUser.current().orElseThrow().accountId(), follow);
		redirect.addFlashAttribute(Page.FLASH, follow ? "discussion.followed" : "discussion.unfollowed");
		return "redirect:/threads/" + id;
	}

	@PostMapping("/messages/{id}/report")
	String report(@PathVariable long id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		DiscussionMessage message = visibleMessage(id);
		if (reason.isBlank() || reason.length() > 1000) {
			redirect.addFlashAttribute(Page.FLASH, "discussion.report.reason");
			return "redirect:/messages/" + id;
		}
		discussions.report(message, reason.strip(), SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "discussion.reported");
		return "redirect:/messages/" + id;
	}

	// --- moderation

	@PostMapping("/threads/{id}/pin")
	String pin(@PathVariable long id, @RequestParam(defaultValue = "true") boolean pinned) {
		discussions.pin(moderatedThread(id), pinned, SignedInUser.current().orElseThrow());
		return "redirect:/threads/" + id;
	}

	@PostMapping("/threads/{id}/lock")
	String lock(@PathVariable long id, @RequestParam(defaultValue = "true") boolean locked) {
		discussions.lock(moderatedThread(id), locked, SignedInUser.current().orElseThrow());
		return "redirect:/threads/" + id;
	}

	/** Moves the thread to another group the moderator also moderates. */
	@PostMapping("/threads/{id}/move")
	String move(@PathVariable long id, @RequestParam(defaultValue = "") String group, RedirectAttributes redirect) {
		DiscussionThread thread = moderatedThread(id);
		var user = SignedInUser.current();
		Optional<Group> to = directory.find(group.strip()).filter(target -> discussions.mayModerate(target.id(), user));
		if (to.isEmpty() || to.get().id() == thread.groupId()) {
			redirect.addFlashAttribute(Page.FLASH, "discussion.move.invalid");
			return "redirect:/threads/" + id;
		}
		discussions.move(thread, to.get(), user.orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, "discussion.moved");
		return "redirect:/threads/" + id;
	}

	@PostMapping("/messages/{id}/hide")
	String hide(@PathVariable long id, @RequestParam(defaultValue = "true") boolean hidden, @RequestParam(defaultValue = "") String reason) {
		DiscussionMessage message = visibleMessage(id);
		if (!discussions.mayModerate(message.groupId(), SignedInUser.current())) {
			throw new AccessDeniedException("Message " + id);
		}
		discussions.hide(message, hidden, reason.isBlank() ? null : reason.strip(), SignedInUser.current().orElseThrow());
		return "redirect:/messages/" + id;
	}

	@GetMapping("/g/{slug}/moderation")
	String moderation(@PathVariable String slug, Model model) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!discussions.mayModerate(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("Moderation of " + slug);
		}
		List<Report> reports = discussions.reports(group);
		List<ModerationEntry> log = discussions.moderationLog(group);
		Map<Long, DiscussionMessage> reported = new HashMap<>();
		var people = new LinkedHashSet<Long>();
		for (Report report : reports) {
			discussions.message(report.messageId()).ifPresent(message -> {
				reported.put(message.id(), message);
				if (message.authorId() != null) {
					people.add(message.authorId());
				}
			});
			if (report.reporterId() != null) {
				people.add(report.reporterId());
			}
		}
		log.forEach(entry -> {
			if (entry.moderatorId() != null) {
				people.add(entry.moderatorId());
			}
		});
		model.addAttribute("group", group);
		model.addAttribute("reports", reports);
		model.addAttribute("reported", reported);
		model.addAttribute("log", log);
		model.addAttribute("names", discussions.names(people));
		return "discussion/moderation";
	}

	@PostMapping("/reports/{id}/decide")
	String decide(@PathVariable long id, @RequestParam(defaultValue = "") String outcome, RedirectAttributes redirect) {
		Report report = discussions.findReport(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Group group = directory.findById(report.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!discussions.mayModerate(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("Report " + id);
		}
		Report.Outcome chosen;
		try {
			chosen = Report.Outcome.valueOf(outcome);
		}
		catch (IllegalArgumentException unknown) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		boolean decided = discussions.decide(report, chosen, SignedInUser.current().orElseThrow());
		redirect.addFlashAttribute(Page.FLASH, decided ? "discussion.report.decided" : "discussion.report.already");
		return "redirect:/g/" + group.slug() + "/moderation";
	}

	// --- pages

	private String threadList(Model model, Group group, int page, String title, String body, FormErrors errors) {
		List<DiscussionThread> threads = discussions.threads(group, page);
		var authors = new LinkedHashSet<Long>();
		threads.forEach(thread -> {
			if (thread.authorId() != null) {
				authors.add(thread.authorId());
			}
		});
		model.addAttribute("group", group);
		model.addAttribute("threads", threads);
		model.addAttribute("names", discussions.names(authors));
		model.addAttribute("pageNumber", page);
		model.addAttribute("pageCount", discussions.threadPages(group));
		model.addAttribute("title", title);
		model.addAttribute("body", body);
		model.addAttribute("errors", errors);
		model.addAttribute("moderator", discussions.mayModerate(group.id(), SignedInUser.current()));
		model.addAttribute("pace", discussions.pace(group, SignedInUser.current().orElseThrow().accountId()));
		return "discussion/threads";
	}

	/**
	 * A page of the thread: its messages rendered with their @mentions and [[wiki links]] linked, the
	 * meetings they link to previewed, what was caught from them, and the actions the visitor may take.
	 */
	private String threadPage(Model model, DiscussionThread thread, int page, String draft, FormErrors errors, Locale locale) {
		Group group = directory.findById(thread.groupId()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var user = SignedInUser.current();
		boolean moderator = discussions.mayModerate(group.id(), user);
		List<DiscussionMessage> shown = discussions.page(thread, page);
		var authors = new LinkedHashSet<Long>();
		shown.forEach(message -> {
			if (message.authorId() != null) {
				authors.add(message.authorId());
			}
		});
		Mentions mentions = discussions.mentions(group.id());
		var publicIds = accounts.publicIds(mentionedIn(shown, mentions));
		UnaryOperator<String> wikiLinks = wiki.linker(group, locale);
		Map<Long, SafeHtml> bodies = new HashMap<>();
		Map<Long, List<Meeting>> previews = new HashMap<>();
		shown.forEach(message -> {
			if (!message.hidden() || moderator) {
				bodies.put(message.id(), markdown.render(wikiLinks.apply(mentions.linked(message.body(), publicIds))));
				List<Meeting> linked = meetingLinks.in(message.body()).stream()
					.flatMap(meetingId -> meetings.visible(meetingId, user).stream())
					.toList();
				if (!linked.isEmpty()) {
					previews.put(message.id(), linked);
				}
			}
		});
		var catches = catching.catches(thread);
		model.addAttribute("group", group);
		model.addAttribute("thread", thread);
		model.addAttribute("shown", shown);
		model.addAttribute("bodies", bodies);
		model.addAttribute("names", discussions.names(authors));
		model.addAttribute("pageNumber", page);
		model.addAttribute("pageCount", Discussions.pages(thread));
		model.addAttribute("draft", draft);
		model.addAttribute("errors", errors);
		model.addAttribute("moderator", moderator);
		model.addAttribute("following", discussions.follows(thread, user.orElseThrow().accountId()));
		model.addAttribute("previews", previews);
		model.addAttribute("caughtMessages", catches.stream().filter(caught -> caught.messageId() != null)
			.collect(Collectors.groupingBy(Catch::messageId)));
		model.addAttribute("caughtThread", catches.stream().filter(caught -> caught.messageId() == null).toList());
		model.addAttribute("curator", catching.mayCatch(group.id(), user));
		model.addAttribute("wholeThreadCatchable", thread.messageCount() <= Catching.MAX_THREAD_MESSAGES);
		return "discussion/thread";
	}

	private static List<Long> mentionedIn(List<DiscussionMessage> shown, Mentions mentions) {
		var ids = new ArrayList<Long>();
		shown.forEach(message -> ids.addAll(mentions.in(message.body())));
		return ids;
	}

	/** A reply starting with the quoted message, attributed and linked back to it. */
	private String quoted(DiscussionMessage message, Locale locale) {
		String author = message.authorId() == null ? messages.getMessage("history.formerMember", null, locale)
				: discussions.names(List.of(message.authorId())).getOrDefault(message.authorId(), "");
		var quote = new StringBuilder("> **").append(author).append("** — [")
			.append(messages.getMessage("discussion.quote.source", null, locale)).append("](/messages/").append(message.id()).append(")\n");
		message.body().lines().forEach(line -> quote.append("> ").append(line).append('\n'));
		return quote.append('\n').toString();
	}

	private void checkBody(String body, Map<String, String> errors, Locale locale) {
		if (body.isBlank()) {
			errors.put("body", messages.getMessage("discussion.body.required", null, locale));
		}
		else if (body.length() > Discussions.MAX_BODY) {
			errors.put("body", messages.getMessage("discussion.body.tooLong", new Object[] { Discussions.MAX_BODY, body.length() }, locale));
		}
	}

	private void tooMany(SignedInUser user, Map<String, String> errors, Locale locale) {
		if (errors.isEmpty()) {
			discussions.tooMany(user).ifPresent(wait -> errors.put("", messages.getMessage("discussion.tooMany",
					new Object[] { Math.max(1, wait.toMinutes()) }, locale)));
		}
	}

	/** The group, if the visitor takes part in its discussion (its members). */
	private Group takingPart(String slug) {
		Group group = directory.find(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!discussions.mayTakePart(group.id(), SignedInUser.current())) {
			throw new AccessDeniedException("Discussion of " + slug);
		}
		return group;
	}

	/** The thread, if the visitor takes part in its group's discussion; 404 otherwise (not revealed). */
	private DiscussionThread visibleThread(long id) {
		return discussions.thread(id)
			.filter(thread -> discussions.mayTakePart(thread.groupId(), SignedInUser.current()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private DiscussionMessage visibleMessage(long id) {
		return discussions.message(id)
			.filter(message -> discussions.mayTakePart(message.groupId(), SignedInUser.current()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private DiscussionThread moderatedThread(long id) {
		DiscussionThread thread = visibleThread(id);
		if (!discussions.mayModerate(thread.groupId(), SignedInUser.current())) {
			throw new AccessDeniedException("Thread " + id);
		}
		return thread;
	}
}
