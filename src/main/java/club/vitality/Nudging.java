package club.vitality;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.EcosystemRole;
import club.access.GroupRole;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.ecosystem.Ecosystems;
import club.platform.ClubProperties;
import club.platform.mail.Mailer;
import club.platform.mail.Recipient;

/**
 * The nudges' ladder and its noise budget. A due or late indicator that wants a nudge opens one
 * for its first responders (the meeting organizers for the meetings…); a week later without an
 * answer nor activity, it reaches all the facilitators and the group's helpers; a week after, the
 * helpers are asked to call them; then dormancy reviews at 3, 6 and 12 months of silence — the
 * platform never closes a group. At most three nudges open per group per quarter; at most one mail
 * a week per person, the rest in the weekly digest.
 */
@Service
public class Nudging {

	public static final Duration STEP = Duration.ofDays(7);
	public static final Duration QUARTER = Duration.ofDays(91);
	public static final int PER_QUARTER = 3;
	/** Dormancy reviews: levels 4, 5 and 6 after this long without activity. */
	public static final List<Duration> DORMANCY = List.of(Duration.ofDays(91), Duration.ofDays(182), Duration.ofDays(365));
	private static final int[] DORMANCY_MONTHS = { 3, 6, 12 };

	private final VitalityRepository repository;
	private final Access access;
	private final Accounts accounts;
	private final Ecosystems ecosystems;
	private final Mailer mailer;
	private final MessageSource messages;
	private final ClubProperties properties;
	private final GroupDirectory directory;

	Nudging(VitalityRepository repository, Access access, Accounts accounts, Ecosystems ecosystems, Mailer mailer, MessageSource messages,
			ClubProperties properties, GroupDirectory directory) {
		this.directory = directory;
		this.repository = repository;
		this.access = access;
		this.accounts = accounts;
		this.ecosystems = ecosystems;
		this.mailer = mailer;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * Closes the group's nudges whose indicator is up again and, when {@code climb}, opens and
	 * climbs the others; true when one of them moved. Only the hourly evaluation climbs: an event
	 * never mails anyone at once (the organizer who closes a poll may schedule the meeting the
	 * next minute).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean apply(Group group, Map<Indicator, Evaluation> evaluations, Instant now, boolean climb) {
		Map<Indicator, Nudge> open = repository.openNudges(group.id());
		boolean moved = false;
		for (Evaluation evaluation : evaluations.values()) {
			Nudge nudge = open.get(evaluation.indicator());
			if (!evaluation.wanting()) {
				if (nudge != null) {
					repository.close(nudge.id(), now);
					moved = true;
				}
				continue;
			}
			if (!climb || !evaluation.nudge()) {
				continue;
			}
			if (nudge == null) {
				if (repository.nudgesSince(group.id(), now.minus(QUARTER)) >= PER_QUARTER) {
					continue;
				}
				nudge = repository.openNudge(group.id(), evaluation, now);
				send(group, nudge, Nudge.FIRST, evaluation, now);
				moved = true;
				continue;
			}
			int next = next(nudge, evaluation, group, now);
			if (next > nudge.level()) {
				repository.climb(nudge.id(), next, evaluation.reason(), now);
				send(group, nudge, next, evaluation, now);
				moved = true;
			}
		}
		return moved;
	}

	/** The level the nudge should stand at now. */
	private static int next(Nudge nudge, Evaluation evaluation, Group group, Instant now) {
		if (nudge.level() < Nudge.PERSONAL_CONTACT) {
			return now.isBefore(nudge.levelAt().plus(STEP)) ? nudge.level() : nudge.level() + 1;
		}
		Instant since = evaluation.last() != null ? evaluation.last() : group.createdAt();
		int level = nudge.level();
		for (int i = 0; i < DORMANCY.size(); i++) {
			if (!now.isBefore(since.plus(DORMANCY.get(i))) && now.isAfter(nudge.levelAt().plus(STEP))) {
				level = Math.max(level, Nudge.DORMANCY_3_MONTHS + i);
			}
		}
		return Math.min(level, Nudge.LAST);
	}

	private void send(Group group, Nudge nudge, int level, Evaluation evaluation, Instant now) {
		Set<Long> to = new LinkedHashSet<>();
		if (level == Nudge.FIRST) {
			to.addAll(firstResponders(group, evaluation.indicator()));
		}
		else if (level == Nudge.ALL_FACILITATORS) {
			to.addAll(access.holders(group.id(), evaluation.indicator().facilitators()));
			to.addAll(helpers(group));
		}
		else if (level == Nudge.PERSONAL_CONTACT) {
			to.addAll(helpers(group));
		}
		else {
			to.addAll(helpers(group));
			to.addAll(access.holders(group.id(), GroupRole.ORGANIZERS));
		}
		String path = "/vitality/nudges/" + nudge.publicId();
		for (Recipient recipient : accounts.recipients(to)) {
			long accountId = java.util.Objects.requireNonNull(recipient.accountId());
			boolean push = !repository.pushedSince(accountId, now.minus(STEP));
			repository.addRecipient(nudge.id(), accountId, level, push, now);
			if (!push) {
				continue;
			}
			Locale locale = recipient.locale();
			String indicator = text("vitality.indicator." + evaluation.indicator().name(), locale);
			String reason = text("vitality.reason." + evaluation.reason().name(), locale);
			if (level <= Nudge.ALL_FACILITATORS) {
				mailer.send(recipient, "vitalityNudge", path, group.name(), indicator, reason, date(evaluation.last(), locale),
						date(evaluation.expected(), locale), level == Nudge.ALL_FACILITATORS ? text("vitality.mail.again", locale) : "");
			}
			else if (level == Nudge.PERSONAL_CONTACT) {
				mailer.send(recipient, "vitalityContact", path, group.name(), indicator, reason, date(evaluation.last(), locale),
						facilitators(group, evaluation.indicator()));
			}
			else {
				mailer.send(recipient, "vitalityDormancy", path, group.name(), DORMANCY_MONTHS[level - Nudge.DORMANCY_3_MONTHS], indicator,
						date(evaluation.last(), locale));
			}
		}
	}

	/** The holders of the indicator's own role, else the leaders and facilitators, else the admins. */
	private List<Long> firstResponders(Group group, Indicator indicator) {
		for (Set<GroupRole> roles : List.of(Set.of(indicator.responder()), Set.of(GroupRole.LEADER, GroupRole.FACILITATOR), Set.of(GroupRole.ADMIN))) {
			List<Long> holders = access.holders(group.id(), roles);
			if (!holders.isEmpty()) {
				return holders;
			}
		}
		return List.of();
	}

	/** The helpers of the group's ecosystems. */
	List<Long> helpers(Group group) {
		return ecosystems.of(group).stream()
			.flatMap(link -> ecosystems.view(link.keyword()).stream())
			.flatMap(view -> access.holders(view.ecosystem().id(), EcosystemRole.HELPER).stream())
			.distinct()
			.toList();
	}

	/** « Name <address> » of the people a helper may call. */
	private String facilitators(Group group, Indicator indicator) {
		return accounts.recipients(access.holders(group.id(), indicator.facilitators())).stream()
			.map(person -> person.displayName() + " <" + person.email() + ">")
			.collect(Collectors.joining(", "));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	String date(@Nullable Instant instant, Locale locale) {
		return instant == null ? text("vitality.never", locale)
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(instant.atZone(properties.timeZone()));
	}

	/**
	 * The weekly digest: for each person, the nudges kept from a mail and still open, and — for
	 * helpers — the groups of their ecosystems whose discussion has been declining for weeks, in
	 * one mail. Returns how many were sent.
	 */
	@Transactional
	int digest(Instant now) {
		Map<Long, List<Nudge>> pending = repository.undigested();
		Map<Long, List<Group>> declining = new java.util.HashMap<>();
		for (long groupId : repository.decliningDiscussions()) {
			directory.findById(groupId).ifPresent(group -> helpers(group)
				.forEach(helper -> declining.computeIfAbsent(helper, id -> new java.util.ArrayList<>()).add(group)));
		}
		Set<Long> people = new LinkedHashSet<>(pending.keySet());
		people.addAll(declining.keySet());
		for (Recipient recipient : accounts.recipients(people)) {
			long accountId = java.util.Objects.requireNonNull(recipient.accountId());
			Locale locale = recipient.locale();
			var links = new java.util.ArrayList<Mailer.Link>();
			for (Nudge nudge : pending.getOrDefault(accountId, List.of())) {
				links.add(new Mailer.Link(messages.getMessage("vitality.digest.line",
						new Object[] { groupName(nudge.groupId()), text("vitality.indicator." + nudge.indicator().name(), locale),
								text("vitality.reason." + nudge.reason().name(), locale) },
						locale), "/vitality/nudges/" + nudge.publicId()));
			}
			for (Group group : declining.getOrDefault(accountId, List.of())) {
				links.add(new Mailer.Link(messages.getMessage("vitality.digest.line", new Object[] { group.name(),
						text("vitality.indicator.DISCUSSION", locale), text("vitality.declining", locale) }, locale), "/g/" + group.slug() + "/vitality"));
			}
			mailer.send(recipient, "vitalityDigest", "/vitality/nudges", links, links.size());
			repository.digested(accountId, now);
		}
		return people.size();
	}

	private String groupName(long groupId) {
		return directory.findById(groupId).map(Group::name).orElse("");
	}
}
