package club.discussion;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.GroupOperation;
import club.account.Accounts;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.platform.mail.Mailer;
import club.platform.security.RateLimiter;
import club.platform.security.SignedInUser;

/**
 * A group's discussion: threads opened and answered by its members, who follow what they write
 * in (a mail at each new message) and are told when mentioned; its moderators hide, lock, pin,
 * move and decide on reports, each action logged.
 */
@Service
class Discussions {

	/** Messages on a page of a thread. */
	static final int PAGE_SIZE = 50;
	/** Threads on a page of a group's discussion. */
	static final int THREADS_PER_PAGE = 30;
	static final int MAX_TITLE = 160;
	static final int MAX_BODY = 20_000;
	static final int SEARCH_RESULTS = 30;
	/** Messages a person may post in an hour, against floods. */
	static final int MESSAGES_PER_HOUR = 60;

	private final DiscussionRepository discussions;
	private final Access access;
	private final Accounts accounts;
	private final ActivityLog activity;
	private final Mailer mailer;
	private final RateLimiter limits;
	private final Clock clock;

	Discussions(DiscussionRepository discussions, Access access, Accounts accounts, ActivityLog activity, Mailer mailer, RateLimiter limits,
			Clock clock) {
		this.discussions = discussions;
		this.access = access;
		this.accounts = accounts;
		this.activity = activity;
		this.mailer = mailer;
		this.limits = limits;
		this.clock = clock;
	}

	boolean mayTakePart(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.TAKE_PART_IN_DISCUSSION, groupId);
	}

	boolean mayModerate(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.MODERATE_DISCUSSION, groupId);
	}

	List<DiscussionThread> threads(Group group, int page) {
		return discussions.threads(group.id(), (page - 1) * THREADS_PER_PAGE, THREADS_PER_PAGE);
	}

	int threadPages(Group group) {
		return (int) Math.max(1, (discussions.countThreads(group.id()) + THREADS_PER_PAGE - 1) / THREADS_PER_PAGE);
	}

	Optional<DiscussionThread> thread(long id) {
		return discussions.thread(id);
	}

	Optional<DiscussionMessage> message(long id) {
		return discussions.message(id);
	}

	/** A page of a thread's messages, 1 the first. */
	List<DiscussionMessage> page(DiscussionThread thread, int page) {
		int from = (page - 1) * PAGE_SIZE + 1;
		return discussions.messages(thread.id(), from, from + PAGE_SIZE - 1);
	}

	static int pages(DiscussionThread thread) {
		return Math.max(1, (thread.messageCount() + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	/** The page of its thread a message is on. */
	static int pageOf(DiscussionMessage message) {
		return (message.position() - 1) / PAGE_SIZE + 1;
	}

	/** How long before the person may post again, if they posted too much this hour. */
	Optional<Duration> tooMany(SignedInUser by) {
		return limits.take("discussion-message:" + by.accountId(), MESSAGES_PER_HOUR, Duration.ofHours(1));
	}

	/** Opens a thread with its first message; its author follows it. */
	@Transactional
	DiscussionThread open(Group group, String title, String body, SignedInUser by) {
		Instant now = clock.instant();
		long threadId = discussions.insertThread(group.id(), title, by.accountId(), now);
		DiscussionThread thread = discussions.thread(threadId).orElseThrow();
		post(thread, body, by, now);
		return discussions.thread(threadId).orElseThrow();
	}

	/** A reply; false when the thread is locked (nothing is written). */
	@Transactional
	Optional<DiscussionMessage> reply(DiscussionThread thread, String body, SignedInUser by) {
		DiscussionThread current = discussions.thread(thread.id()).orElseThrow();
		if (current.locked()) {
			return Optional.empty();
		}
		return Optional.of(post(current, body, by, clock.instant()));
	}

	/**
	 * Appends the message, records it in the activity log, makes its author follow the thread,
	 * and tells by mail the members it mentions and the thread's other followers (once each).
	 */
	private DiscussionMessage post(DiscussionThread thread, String body, SignedInUser by, Instant at) {
		String searchable = thread.messageCount() == 0 ? thread.title() + "\n" + body : body;
		long id = discussions.append(thread.id(), thread.groupId(), by.accountId(), body, SearchText.of(searchable), at);
		// Its subject is the thread: the vitality tells a flame (one thread taking most messages) from growth.
		activity.record(thread.groupId(), ActivityKind.DISCUSSION_MESSAGE_POSTED, by.accountId(), thread.id());
		Map<Long, DiscussionPace> paces = discussions.paces(thread.groupId());
		Set<Long> followers = new LinkedHashSet<>(discussions.followers(thread.id()));
		paces.forEach((member, pace) -> {
			if (pace.wholeGroup()) {
				followers.add(member);
			}
		});
		followers.removeIf(follower -> paces.getOrDefault(follower, DiscussionPace.DEFAULT).pace() != DiscussionPace.Pace.EACH);
		// Who followed a thread since moved to another group, or left the group, reads it no more.
		List<Long> members = memberIds(thread.groupId());
		followers.retainAll(members);
		discussions.follow(thread.id(), by.accountId());
		Set<Long> mentioned = new Mentions(accounts.displayNames(members)).in(body);
		mentioned.remove(by.accountId());
		followers.removeAll(mentioned);
		followers.remove(by.accountId());
		String author = accounts.displayNames(List.of(by.accountId())).getOrDefault(by.accountId(), "");
		String link = "/messages/" + id;
		accounts.recipients(mentioned).forEach(person -> mailer.send(person, "discussionMention", link, author, thread.title()));
		accounts.recipients(followers).forEach(person -> mailer.send(person, "discussionReply", link, author, thread.title()));
		return discussions.message(id).orElseThrow();
	}

	DiscussionPace pace(Group group, long accountId) {
		return discussions.paces(group.id()).getOrDefault(accountId, DiscussionPace.DEFAULT);
	}

	@Transactional
	void choosePace(Group group, long accountId, DiscussionPace pace) {
		discussions.savePace(group.id(), accountId, pace);
	}

	/** The daily digest goes out from this time on, in the platform's time zone, for the day before. */
	static final java.time.LocalTime DIGEST_TIME = java.time.LocalTime.of(7, 0);

	/**
	 * Sends each person on a daily pace the digest of yesterday's messages in what they follow
	 * (a line per thread, with its number of new messages, linking to the first), once per person
	 * and day whatever the number of runs or nodes (the task "discussion-digest"). Returns how many.
	 */
	@Transactional
	int sendDigests(java.time.ZoneId zone) {
		var local = clock.instant().atZone(zone);
		java.time.LocalDate day = local.toLocalDate().minusDays(local.toLocalTime().isBefore(DIGEST_TIME) ? 2 : 1);
		// Only from groups the person is still a member of: a thread moved away, or a group left, is no longer theirs.
		var stillMember = new java.util.HashMap<Map.Entry<Long, Long>, Boolean>();
		var lines = discussions.digestLines(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant())
			.stream()
			.filter(line -> stillMember.computeIfAbsent(Map.entry(line.accountId(), line.groupId()),
					pair -> access.isMember(pair.getValue(), pair.getKey())))
			.toList();
		Map<Long, Map<Long, List<DiscussionRepository.DigestLine>>> byPerson = new java.util.TreeMap<>();
		lines.forEach(line -> byPerson.computeIfAbsent(line.accountId(), person -> new java.util.LinkedHashMap<>())
			.computeIfAbsent(line.threadId(), thread -> new java.util.ArrayList<>())
			.add(line));
		int sent = 0;
		for (var person : accounts.recipients(byPerson.keySet())) {
			if (!discussions.claimDigest(person.accountId(), day)) {
				continue;
			}
			var threads = byPerson.get(person.accountId()).values();
			List<Mailer.Link> links = threads.stream()
				.map(messages -> new Mailer.Link(messages.getFirst().threadTitle() + " (" + messages.size() + ")",
						"/messages/" + messages.getFirst().messageId()))
				.toList();
			var format = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(person.locale());
			mailer.send(person, "discussionDigest", null, links, format.format(day), threads.stream().mapToInt(List::size).sum());
			sent++;
		}
		return sent;
	}

	/** The group's members, by their names, for finding and linking mentions. */
	Mentions mentions(long groupId) {
		return new Mentions(accounts.displayNames(memberIds(groupId)));
	}

	private List<Long> memberIds(long groupId) {
		return access.members(groupId).stream().map(Access.Member::accountId).toList();
	}

	/** The group's visible messages holding every word of the query (at most 10 words), best first. */
	List<DiscussionMessage> search(Group group, String query) {
		List<String> words = SearchText.words(query);
		return words.isEmpty() ? List.of() : discussions.search(group.id(), words, SEARCH_RESULTS);
	}

	boolean follows(DiscussionThread thread, long accountId) {
		return discussions.follows(thread.id(), accountId);
	}

	@Transactional
	void follow(DiscussionThread thread, long accountId, boolean follow) {
		if (follow) {
			discussions.follow(thread.id(), accountId);
		}
		else {
			discussions.unfollow(thread.id(), accountId);
		}
	}

	// --- moderation

	@Transactional
	void pin(DiscussionThread thread, boolean pinned, SignedInUser by) {
		discussions.setPinned(thread.id(), pinned);
		log(thread.groupId(), thread.id(), null, by, pinned ? ModerationEntry.Action.PIN : ModerationEntry.Action.UNPIN, null);
	}

	@Transactional
	void lock(DiscussionThread thread, boolean locked, SignedInUser by) {
		discussions.setLocked(thread.id(), locked);
		log(thread.groupId(), thread.id(), null, by, locked ? ModerationEntry.Action.LOCK : ModerationEntry.Action.UNLOCK, null);
	}

	/** Hides a message (with a reason), or shows it again; the open reports on it are decided. */
	@Transactional
	void hide(DiscussionMessage message, boolean hidden, @Nullable String reason, SignedInUser by) {
		discussions.setHidden(message.id(), hidden);
		log(message.groupId(), message.threadId(), message.id(), by, hidden ? ModerationEntry.Action.HIDE : ModerationEntry.Action.UNHIDE,
				reason);
		if (hidden) {
			discussions.decide(message.id(), Report.Outcome.HIDDEN, by.accountId(), clock.instant());
		}
	}

	/** Moves a thread to another group, where the moderator moderates too. */
	@Transactional
	void move(DiscussionThread thread, Group to, SignedInUser by) {
		discussions.move(thread.id(), to.id());
		String reason = "→ " + to.slug();
		log(thread.groupId(), thread.id(), null, by, ModerationEntry.Action.MOVE, reason);
		log(to.id(), thread.id(), null, by, ModerationEntry.Action.MOVE, reason);
	}

	@Transactional
	void report(DiscussionMessage message, String reason, SignedInUser by) {
		discussions.report(message.id(), message.groupId(), by.accountId(), reason, clock.instant());
	}

	Optional<Report> findReport(long id) {
		return discussions.findReport(id);
	}

	List<Report> reports(Group group) {
		return discussions.reports(group.id(), 200);
	}

	List<ModerationEntry> moderationLog(Group group) {
		return discussions.moderationLog(group.id(), 200);
	}

	/** Decides a report: the message is hidden, or kept (logged). False when it was already decided. */
	@Transactional
	boolean decide(Report report, Report.Outcome outcome, SignedInUser by) {
		DiscussionMessage message = discussions.message(report.messageId()).orElseThrow();
		if (!discussions.decide(report.messageId(), outcome, by.accountId(), clock.instant())) {
			return false;
		}
		if (outcome == Report.Outcome.HIDDEN) {
			discussions.setHidden(message.id(), true);
			log(message.groupId(), message.threadId(), message.id(), by, ModerationEntry.Action.HIDE, report.reason());
		}
		else {
			log(message.groupId(), message.threadId(), message.id(), by, ModerationEntry.Action.REPORT_KEPT, report.reason());
		}
		return true;
	}

	private void log(long groupId, @Nullable Long threadId, @Nullable Long messageId, SignedInUser by, ModerationEntry.Action action,
			@Nullable String reason) {
		discussions.log(groupId, threadId, messageId, by.accountId(), action, reason, clock.instant());
	}

	/** Names of the people a page shows (a deleted account has none: the page says "former member"). */
	Map<Long, String> names(java.util.Collection<Long> accountIds) {
		return accounts.displayNames(accountIds);
	}

	Instant now() {
		return clock.instant();
	}
}
