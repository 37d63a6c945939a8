package club.vitality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.EcosystemRole;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.account.Accounts;
import club.directory.Group;
import club.ecosystem.Ecosystems;
import club.platform.ClubProperties;

/**
 * The helpers' dashboard of the coop-group ecosystem with a group in every state, and Moussa as
 * its helper: up, due, late (three nudges already this quarter, so no more), nudged, escalated,
 * « on it », snoozed, paused. Written as history in the first groups of the ecosystem (Cyou1 keeps
 * its own life), after every other demo loader, when Moussa is not its helper yet.
 */
@Component
class DemoVitality {

	private static final String ECOSYSTEM = "coop-group";
	private static final List<ActivityKind> ALL = List.of(ActivityKind.PROJECT_UPDATED, ActivityKind.MEETING_HELD, ActivityKind.NEWS_PUBLISHED,
			ActivityKind.WIKI_PAGE_EDITED, ActivityKind.DISCUSSION_MESSAGE_POSTED);

	private final Vitality vitality;
	private final VitalityRepository repository;
	private final ActivityLog activity;
	private final Ecosystems ecosystems;
	private final Access access;
	private final Accounts accounts;
	private final ClubProperties properties;
	private final Clock clock;

	DemoVitality(Vitality vitality, VitalityRepository repository, ActivityLog activity, Ecosystems ecosystems, Access access, Accounts accounts,
			ClubProperties properties, Clock clock) {
		this.vitality = vitality;
		this.repository = repository;
		this.activity = activity;
		this.ecosystems = ecosystems;
		this.access = access;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	@Transactional
	public void load() {
		var view = ecosystems.view(ECOSYSTEM);
		var demo = accounts.demoMembers();
		if (!properties.demo() || view.isEmpty() || demo.isEmpty()
				|| access.holders(view.get().ecosystem().id(), EcosystemRole.HELPER).contains(demo.get().moussa())) {
			return;
		}
		long camille = demo.get().camille();
		Instant now = clock.instant();
		access.grant(view.get().ecosystem().id(), demo.get().moussa(), EcosystemRole.HELPER, now);
		List<Group> groups = view.get().liveGroups().stream().filter(group -> !group.slug().equals("cyou1")).limit(8).toList();
		if (groups.size() < 8) {
			return;
		}
		active(groups.get(0), camille, 2);
		active(groups.get(1), camille, 31);

		Group late = groups.get(2);
		active(late, camille, 70);
		for (Indicator indicator : List.of(Indicator.BOARD, Indicator.NEWS, Indicator.SHARED_SPACE)) {
			Evaluation evaluation = vitality.evaluate(late.id()).get(indicator);
			repository.close(repository.openNudge(late.id(), evaluation, now.minus(Duration.ofDays(40))).id(), now.minus(Duration.ofDays(35)));
		}

		Group nudged = groups.get(3);
		active(nudged, camille, 70);
		nudge(nudged, Indicator.MEETINGS, now.minus(Duration.ofDays(2)), Nudge.FIRST);

		Group escalated = groups.get(4);
		active(escalated, camille, 70);
		nudge(escalated, Indicator.NEWS, now.minus(Duration.ofDays(9)), Nudge.ALL_FACILITATORS);

		Group onIt = groups.get(5);
		active(onIt, camille, 70);
		vitality.onIt(onIt, Indicator.MEETINGS, now.plus(Duration.ofDays(12)), camille);

		Group snoozed = groups.get(6);
		active(snoozed, camille, 70);
		vitality.snooze(snoozed, Indicator.SHARED_SPACE, now.plus(Duration.ofDays(45)), "Refonte du site en cours", camille);

		Group paused = groups.get(7);
		active(paused, camille, 70);
		vitality.pause(paused, "Pause estivale : le groupe reprend en septembre", camille);
	}

	/**
	 * Every indicator's activity, monthly for five months, the last {@code daysAgo} days ago; the
	 * group declared a monthly rhythm for each.
	 */
	private void active(Group group, long by, int daysAgo) {
		for (Indicator indicator : Indicator.values()) {
			if (indicator.scheduled()) {
				repository.declare(group.id(), indicator, 30);
			}
		}
		Instant last = clock.instant().minus(Duration.ofDays(daysAgo));
		for (int month = 4; month >= 0; month--) {
			for (ActivityKind kind : ALL) {
				activity.record(group.id(), kind, by, null, last.minus(Duration.ofDays(30L * month)));
			}
		}
		vitality.evaluate(group.id());
	}

	/** A nudge opened some days ago, at that level of its ladder. */
	private void nudge(Group group, Indicator indicator, Instant at, int level) {
		Nudge nudge = repository.openNudge(group.id(), vitality.evaluate(group.id()).get(indicator), at);
		if (level > Nudge.FIRST) {
			repository.climb(nudge.id(), level, nudge.reason(), at);
		}
		vitality.evaluate(group.id());
	}
}
