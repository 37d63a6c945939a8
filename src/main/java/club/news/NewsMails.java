package club.news;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.ClubProperties;
import club.platform.mail.Mailer;
import club.platform.mail.Recipient;
import club.platform.markdown.Markdown;

/**
 * News by mail, at each member's pace: a mail per post for those who chose each post, a digest
 * a week for the others (the default), nothing for those who chose none. Whoever turned news off
 * on their notifications page gets neither ({@code MailTopic.NEWS}).
 */
@Component
class NewsMails {

	/** The digest of a week goes out from the next Monday at this time on, in the platform's time zone. */
	static final LocalTime DIGEST_TIME = LocalTime.of(8, 0);
	/** A mail carries a post's text up to this length; the button leads to the rest. */
	static final int MAX_TEXT = 3000;
	/** Recipients are read by batches: a database takes a bounded number of parameters. */
	private static final int BATCH = 1000;

	/** A week of the platform's time zone, from Monday 00:00 to the next, named as ISO names it (2026-W48). */
	record Week(String id, LocalDate monday, Instant from, Instant to) {
	}

	private final NewsRepository posts;
	private final Access access;
	private final Accounts accounts;
	private final Mailer mailer;
	private final GroupDirectory directory;
	private final Markdown markdown;
	private final ClubProperties properties;
	private final Clock clock;

	NewsMails(NewsRepository posts, Access access, Accounts accounts, Mailer mailer, GroupDirectory directory, Markdown markdown,
			ClubProperties properties, Clock clock) {
		this.clock = clock;
		this.posts = posts;
		this.access = access;
		this.accounts = accounts;
		this.mailer = mailer;
		this.directory = directory;
		this.markdown = markdown;
		this.properties = properties;
	}

	/** Mails a post just published to the group's members who want each post, its author aside. */
	@Transactional(propagation = Propagation.MANDATORY)
	void eachPost(NewsPost post, Group group, @Nullable Long authorId) {
		Set<Long> members = access.members(group.id()).stream().map(Access.Member::accountId).collect(Collectors.toSet());
		List<Long> readers = posts.withPace(group.id(), NewsPace.EACH).stream()
			.filter(members::contains)
			.filter(reader -> !reader.equals(authorId))
			.toList();
		String text = News.cut(markdown.text(post.body()), MAX_TEXT);
		String settings = properties.link("/g/" + group.slug() + "/news");
		recipients(readers).forEach(reader -> mailer.send(reader, "newsPost", "/news/" + post.id(), group.name(), post.title(), text, settings));
	}

	/**
	 * Sends last week's digest to each person who gets digests from a group that published during
	 * that week, once per person and week even if the task runs again (the task "news-digest");
	 * returns how many were sent.
	 */
	@Transactional
	int sendDigests() {
		Instant now = clock.instant();
		Week week = lastWeek(now, properties.timeZone());
		Map<Long, List<NewsPost>> byGroup = new LinkedHashMap<>();
		posts.publishedBetween(week.from(), week.to())
			.forEach(post -> byGroup.computeIfAbsent(post.groupId(), id -> new ArrayList<>()).add(post));
		Map<Long, Map<Long, NewsPace>> paces = posts.paces(byGroup.keySet());
		Map<Long, Group> groups = new HashMap<>();
		Map<Long, List<NewsPost>> byReader = new TreeMap<>();
		byGroup.forEach((groupId, published) -> directory.findById(groupId).ifPresent(group -> {
			groups.put(groupId, group);
			for (Access.Member member : access.members(groupId)) {
				if (paces.getOrDefault(groupId, Map.of()).getOrDefault(member.accountId(), NewsPace.DEFAULT) == NewsPace.WEEKLY) {
					byReader.computeIfAbsent(member.accountId(), reader -> new ArrayList<>()).addAll(published);
				}
			}
		}));
		int sent = 0;
		for (Recipient reader : recipients(byReader.keySet())) {
			if (!posts.digestSent(reader.accountId(), week.id(), now)) {
				continue;
			}
			List<Mailer.Link> links = byReader.get(reader.accountId()).stream()
				.map(post -> new Mailer.Link(groups.get(post.groupId()).name() + " — " + post.title(), "/news/" + post.id()))
				.toList();
			var day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(reader.locale());
			mailer.send(reader, "newsDigest", "/my/groups", links, day.format(week.monday()), day.format(week.monday().plusDays(6)),
					links.size());
			sent++;
		}
		return sent;
	}

	/** The last full week whose digest time has come: until Monday 08:00, the one before. */
	static Week lastWeek(Instant now, ZoneId zone) {
		ZonedDateTime local = now.atZone(zone);
		LocalDate sendingDay = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		if (local.toLocalDate().equals(sendingDay) && local.toLocalTime().isBefore(DIGEST_TIME)) {
			sendingDay = sendingDay.minusWeeks(1);
		}
		LocalDate monday = sendingDay.minusWeeks(1);
		String id = "%d-W%02d".formatted(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		return new Week(id, monday, monday.atStartOfDay(zone).toInstant(), sendingDay.atStartOfDay(zone).toInstant());
	}

	private List<Recipient> recipients(Collection<Long> accountIds) {
		List<Long> ids = List.copyOf(accountIds);
		List<Recipient> recipients = new ArrayList<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			recipients.addAll(accounts.recipients(ids.subList(from, Math.min(ids.size(), from + BATCH))));
		}
		return recipients;
	}
}
