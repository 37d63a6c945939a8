package club.vitality.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A baseline for the scorer, not an engine: replays the events with a daily clock and nudges
 * once when an indicator with a declared rhythm has been idle for twice its period, or when a
 * discussion has been silent for six times its mean gap between messages (three weeks at
 * least). It knows nothing of breaks, pauses, floods or slowdowns.
 */
final class NaiveDetector {

	private static final List<Indicator> SCHEDULED = List.of(Indicator.MEETINGS, Indicator.NEWS, Indicator.TRACKING_BOARD,
			Indicator.SHARED_SPACE);

	private NaiveDetector() {
	}

	/** One group's state during the replay. */
	private static final class State {

		final GroupFacts facts;
		final Instant from;
		final Map<Indicator, Instant> last = new EnumMap<>(Indicator.class);
		final Set<Indicator> nudged = EnumSet.noneOf(Indicator.class);
		long messages;

		State(GroupFacts facts, Instant from) {
			this.facts = facts;
			this.from = from;
		}
	}

	static List<Nudge> replay(SyntheticWorld world) {
		Instant start = world.settings().start();
		List<State> states = world.groups().stream().map(group -> new State(group, group.activeFrom(start))).toList();
		long firstId = world.settings().firstGroupId();
		var nudges = new ArrayList<Nudge>();
		SimulationReplay.replay(world, Duration.ofDays(1), event -> {
			State state = states.get(Math.toIntExact(event.groupId() - firstId));
			Indicator.of(event.kind()).ifPresent(indicator -> {
				state.last.put(indicator, event.at());
				state.nudged.remove(indicator);
				if (indicator == Indicator.DISCUSSION) {
					state.messages++;
				}
			});
		}, now -> {
			for (State state : states) {
				if (!state.from.isAfter(now)) {
					check(state, now, nudges);
				}
			}
		});
		return nudges;
	}

	private static void check(State state, Instant now, List<Nudge> nudges) {
		for (Indicator indicator : SCHEDULED) {
			Optional<RhythmChange> rhythm = state.facts.rhythm(indicator, now);
			if (rhythm.isPresent()) {
				Duration limit = Duration.ofHours(Math.round(2 * rhythm.get().approximateDays() * 24));
				nudgeIfIdle(state, indicator, limit, now, nudges);
			}
		}
		Instant lastMessage = state.last.get(Indicator.DISCUSSION);
		if (state.messages >= 10 && lastMessage != null) {
			Duration meanGap = Duration.between(state.from, lastMessage).dividedBy(state.messages);
			Duration limit = meanGap.multipliedBy(6).compareTo(Duration.ofDays(21)) > 0 ? meanGap.multipliedBy(6) : Duration.ofDays(21);
			nudgeIfIdle(state, Indicator.DISCUSSION, limit, now, nudges);
		}
	}

	private static void nudgeIfIdle(State state, Indicator indicator, Duration limit, Instant now, List<Nudge> nudges) {
		Instant last = state.last.getOrDefault(indicator, state.from);
		if (!state.nudged.contains(indicator) && Duration.between(last, now).compareTo(limit) > 0) {
			state.nudged.add(indicator);
			nudges.add(new Nudge(state.facts.groupId(), indicator, now));
		}
	}
}
