package club.vitality.simulation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import club.vitality.Evaluation;
import club.vitality.Nudging;
import club.vitality.Overlay;
import club.vitality.QuietPeriod;
import club.vitality.Seasons;
import club.vitality.VitalityEngine;
import club.vitality.VitalityEvent;

/**
 * Replays one simulated group through the real vitality engine with a simulated clock: every day
 * at 08:00 UTC the engine evaluates the group from what it would know then — the events of the
 * last 400 days (as the application reads them), the rhythms declared at that date (a rhythm
 * changed is declared, which resets the baseline), its quiet periods, whether it is paused, and
 * the meeting due and not scheduled as the meeting series would say — and the nudges are noted as
 * the application's ladder and noise budget would send them.
 */
final class EngineReplay {

	/** What the application reads of a group's log (Vitality.WINDOW). */
	static final Duration WINDOW = Duration.ofDays(400);
	static final LocalTime EVALUATED_AT = LocalTime.of(8, 0);
	/** The platform's default low seasons, as the application applies them. */
	static final Seasons SEASONS = Seasons.defaults(java.time.ZoneOffset.UTC);

	/**
	 * An open nudge as the application's ladder climbs it (club.vitality.Nudging): the first one, its
	 * repeat to all facilitators and the helper a week later, the helper's call the week after, then
	 * the dormancy reviews 3, 6 and 12 months after the last activity; closed when the indicator is
	 * up again. At most three nudges open per group and quarter: the noise budget.
	 */
	record Ladder(int level, Instant levelAt) {

		int next(Instant lastActivity, Instant now) {
			if (level < club.vitality.Nudge.PERSONAL_CONTACT) {
				return now.isBefore(levelAt.plus(Nudging.STEP)) ? level : level + 1;
			}
			int next = level;
			for (int i = 0; i < Nudging.DORMANCY.size(); i++) {
				if (!now.isBefore(lastActivity.plus(Nudging.DORMANCY.get(i))) && now.isAfter(levelAt.plus(Nudging.STEP))) {
					next = Math.max(next, club.vitality.Nudge.DORMANCY_3_MONTHS + i);
				}
			}
			return Math.min(next, club.vitality.Nudge.LAST);
		}
	}

	/**
	 * The nudges the engine would send and, in a healthy group (all false), why: per indicator, reason
	 * and state of an episode's first nudge, how many episodes and how many nudges their ladders sent.
	 */
	record Replayed(List<Nudge> nudges, Map<String, Integer> healthyEpisodes, Map<String, Integer> healthyNudges) {
	}

	private EngineReplay() {
	}

	static Replayed replay(GroupSimulation group, Instant start, Instant end) {
		GroupFacts facts = group.facts();
		List<VitalityEvent> events = group.events()
			.stream()
			.map(event -> new VitalityEvent(event.at(), event.kind(), event.actorId(), event.subjectId()))
			.toList();
		List<QuietPeriod> quiet = facts.quietPeriods().stream().map(period -> new QuietPeriod(period.from(), period.until(), "")).toList();
		// The log begins with the window: for the engine, an older group arrives on the platform then
		// (its first 8 weeks are judged as a new group's), as it would not have known the group before.
		Instant observedFrom = facts.activeFrom(start);
		var nudges = new ArrayList<Nudge>();
		var episodes = new java.util.TreeMap<String, Integer>();
		var episodeNudges = new java.util.TreeMap<String, Integer>();
		var open = new EnumMap<club.vitality.Indicator, Ladder>(club.vitality.Indicator.class);
		var why = new EnumMap<club.vitality.Indicator, String>(club.vitality.Indicator.class);
		var opened = new ArrayList<Instant>();
		int from = 0;
		int to = 0;
		Instant first = facts.activeFrom(start).atZone(java.time.ZoneOffset.UTC).toLocalDate().plusDays(1).atTime(EVALUATED_AT)
			.toInstant(java.time.ZoneOffset.UTC);
		for (Instant now = first; now.isBefore(end); now = now.plus(Duration.ofDays(1))) {
			while (to < events.size() && !events.get(to).at().isAfter(now)) {
				to++;
			}
			while (from < to && events.get(from).at().isBefore(now.minus(WINDOW))) {
				from++;
			}
			List<VitalityEvent> known = events.subList(from, to);
			var engineFacts = new club.vitality.GroupFacts(observedFrom, rhythms(facts, now), quiet, facts.inPause(now), known,
					overlays(facts, now), unscheduledDue(facts, known, now), SEASONS);
			Map<club.vitality.Indicator, Evaluation> evaluations = VitalityEngine.evaluate(engineFacts, now);
			for (Evaluation evaluation : evaluations.values()) {
				club.vitality.Indicator indicator = evaluation.indicator();
				Ladder ladder = open.get(indicator);
				if (!evaluation.wanting()) {
					open.remove(indicator);
					continue;
				}
				if (!evaluation.nudge()) {
					continue;
				}
				if (ladder == null) {
					Instant quarterAgo = now.minus(Nudging.QUARTER);
					opened.removeIf(at -> !at.isAfter(quarterAgo));
					if (opened.size() >= Nudging.PER_QUARTER) {
						continue;
					}
					opened.add(now);
					open.put(indicator, new Ladder(club.vitality.Nudge.FIRST, now));
					nudges.add(new Nudge(facts.groupId(), of(indicator), now));
					why.put(indicator, indicator + " " + evaluation.reason() + " " + evaluation.computed());
					if (group.fault() == null) {
						episodes.merge(why.get(indicator), 1, Integer::sum);
						episodeNudges.merge(why.get(indicator), 1, Integer::sum);
					}
					continue;
				}
				int next = ladder.next(evaluation.last() != null ? evaluation.last() : facts.createdAt(), now);
				if (next > ladder.level()) {
					open.put(indicator, new Ladder(next, now));
					nudges.add(new Nudge(facts.groupId(), of(indicator), now));
					if (group.fault() == null) {
						episodeNudges.merge(why.get(indicator), 1, Integer::sum);
					}
				}
			}
		}
		return new Replayed(nudges, episodes, episodeNudges);
	}

	/** The rhythms the group declared, as they stand that day. */
	private static Map<club.vitality.Indicator, Duration> rhythms(GroupFacts facts, Instant now) {
		var declared = new EnumMap<club.vitality.Indicator, Duration>(club.vitality.Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			facts.period(indicator, now).ifPresent(period -> declared.put(of(indicator), days(period)));
		}
		return declared;
	}

	/** A meeting rhythm changed is declared as such: its baseline starts again from the change. */
	private static Map<club.vitality.Indicator, Overlay> overlays(GroupFacts facts, Instant now) {
		return facts.rhythm(Indicator.MEETINGS, now)
			.filter(change -> facts.rhythms().get(Indicator.MEETINGS).indexOf(change) > 0)
			.map(change -> Map.of(club.vitality.Indicator.MEETINGS, new Overlay(null, null, null, change.from(), 0, null)))
			.orElse(Map.of());
	}

	/**
	 * As the meeting series says: when no meeting is scheduled and no date poll open, the next one
	 * is due a period after the last one held.
	 */
	private static @Nullable Instant unscheduledDue(GroupFacts facts, List<VitalityEvent> known, Instant now) {
		var period = facts.period(Indicator.MEETINGS, now);
		if (period.isEmpty()) {
			return null;
		}
		var pending = new java.util.HashSet<@Nullable Long>();
		boolean pollOpen = false;
		Instant lastHeld = null;
		for (VitalityEvent event : known) {
			switch (event.kind()) {
				case MEETING_SCHEDULED -> pending.add(event.subjectId());
				case MEETING_HELD -> {
					pending.remove(event.subjectId());
					lastHeld = event.at();
				}
				case MEETING_CANCELLED -> pending.remove(event.subjectId());
				case POLL_OPENED -> pollOpen = true;
				case POLL_CLOSED_WITH_DATE, POLL_CLOSED_WITHOUT_DATE -> pollOpen = false;
				default -> {
				}
			}
		}
		return !pending.isEmpty() || pollOpen || lastHeld == null ? null : lastHeld.plus(days(period.get()));
	}

	private static Duration days(Period period) {
		return Duration.ofDays(Math.round(period.toTotalMonths() * 30.44 + period.getDays()));
	}

	static club.vitality.Indicator of(Indicator indicator) {
		return indicator == Indicator.TRACKING_BOARD ? club.vitality.Indicator.BOARD : club.vitality.Indicator.valueOf(indicator.name());
	}

	static Indicator of(club.vitality.Indicator indicator) {
		return indicator == club.vitality.Indicator.BOARD ? Indicator.TRACKING_BOARD : Indicator.valueOf(indicator.name());
	}
}
