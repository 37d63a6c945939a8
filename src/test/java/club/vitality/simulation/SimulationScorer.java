package club.vitality.simulation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import club.vitality.simulation.SimulationScore.Row;
import club.vitality.simulation.SimulationScore.Target;

/**
 * Scores the nudges an engine gave during a replay against the injected faults.
 *
 * <p>A nudge <em>detects</em> a fault when it is about the faulty group's indicator and comes at
 * or after the fault's start (for a flame burst, within {@link #FLAME_WINDOW} of it: afterwards
 * the discussion is normal again). The first detection gives the delay after the missed date.
 *
 * <p>Every other nudge is <em>false</em>, with two tolerances: a tracking-board nudge after the
 * group's meetings stopped is neither true nor false (the updates that followed meetings stop
 * with them); and repeated false nudges about one group's indicator count once per
 * {@link #REPEAT} (an engine that re-evaluates on every event may say the same thing twice). A
 * group is observed from its creation (or the start) to the end: false nudges are counted per
 * group-quarter of observation. Any nudge inside a declared pause or quiet period is counted
 * apart, true or false: there should be none.
 */
public final class SimulationScorer {

	public static final Duration FLAME_WINDOW = Duration.ofDays(42);
	public static final Duration SIX_WEEKS = Duration.ofDays(42);
	public static final Duration REPEAT = Duration.ofDays(7);
	public static final String ALL_STOPS = "scheduled stops and shared-space freezes together (no target)";
	private static final double QUARTER_DAYS = 365.2425 / 4;
	private static final double DAY_SECONDS = 86_400;

	private final Map<Long, GroupFacts> groups = new HashMap<>();
	private final Map<Long, InjectedFault> faults = new HashMap<>();
	private final Instant start;
	private final Instant end;

	public SimulationScorer(Collection<GroupFacts> groups, Collection<InjectedFault> faults, Instant start, Instant end) {
		groups.forEach(group -> this.groups.put(group.groupId(), group));
		faults.forEach(fault -> this.faults.put(fault.groupId(), fault));
		this.start = start;
		this.end = end;
	}

	public static SimulationScorer of(SyntheticWorld world) {
		return new SimulationScorer(world.groups(), world.faults(), world.settings().start(), world.settings().end());
	}

	public SimulationScore score(Collection<Nudge> nudges) {
		Map<InjectedFault, Instant> firstDetection = new HashMap<>();
		long falseNudges = 0;
		var falseByIndicator = new EnumMap<Indicator, Long>(Indicator.class);
		long whileOff = 0;
		Map<Long, Map<Indicator, List<Nudge>>> byGroup = nudges.stream()
			.collect(Collectors.groupingBy(Nudge::groupId, Collectors.groupingBy(Nudge::indicator)));
		for (var group : byGroup.entrySet()) {
			GroupFacts facts = groups.get(group.getKey());
			if (facts == null) {
				throw new IllegalArgumentException("Nudge about unknown group " + group.getKey());
			}
			InjectedFault fault = faults.get(group.getKey());
			for (var indicator : group.getValue().entrySet()) {
				Instant lastFalse = null;
				for (Nudge nudge : indicator.getValue().stream().sorted(Comparator.comparing(Nudge::at)).toList()) {
					if (facts.declaredOff(nudge.at())) {
						whileOff++;
					}
					if (fault != null && detects(fault, nudge)) {
						firstDetection.merge(fault, nudge.at(), (a, b) -> a.isBefore(b) ? a : b);
					}
					else if (!tolerated(fault, nudge) && (lastFalse == null || !nudge.at().isBefore(lastFalse.plus(REPEAT)))) {
						lastFalse = nudge.at();
						falseNudges++;
						falseByIndicator.merge(nudge.indicator(), 1L, Long::sum);
					}
				}
			}
		}
		List<Row> rows = rows(firstDetection);
		double groupQuarters = groups.values()
			.stream()
			.mapToDouble(group -> Duration.between(group.activeFrom(start), end).toSeconds() / DAY_SECONDS / QUARTER_DAYS)
			.sum();
		return targets(new SimulationScore(rows, nudges.size(), falseNudges, falseByIndicator, groupQuarters, whileOff, List.of()));
	}

	private static boolean detects(InjectedFault fault, Nudge nudge) {
		return nudge.indicator() == fault.indicator() && !nudge.at().isBefore(fault.startsAt())
				&& (fault.type() != FaultType.FLAME_BURST || nudge.at().isBefore(fault.startsAt().plus(FLAME_WINDOW)));
	}

	private static boolean tolerated(@Nullable InjectedFault fault, Nudge nudge) {
		return fault != null && fault.type() == FaultType.SCHEDULED_STOP && fault.indicator() == Indicator.MEETINGS
				&& nudge.indicator() == Indicator.TRACKING_BOARD && !nudge.at().isBefore(fault.startsAt());
	}

	/** One row per fault type, the scheduled stops also per indicator (meetings with and without a poll), and all stops together. */
	private List<Row> rows(Map<InjectedFault, Instant> firstDetection) {
		Map<String, Predicate<InjectedFault>> kinds = new LinkedHashMap<>();
		kinds.put(FaultType.SCHEDULED_STOP.name(), fault -> fault.type() == FaultType.SCHEDULED_STOP);
		for (Indicator indicator : List.of(Indicator.MEETINGS, Indicator.NEWS, Indicator.TRACKING_BOARD)) {
			kinds.put(FaultType.SCHEDULED_STOP + " " + indicator,
					fault -> fault.type() == FaultType.SCHEDULED_STOP && fault.indicator() == indicator);
		}
		kinds.put(FaultType.SCHEDULED_STOP + " MEETINGS after a poll without a date",
				fault -> fault.type() == FaultType.SCHEDULED_STOP && fault.afterPollWithoutDate());
		kinds.put(FaultType.SCHEDULED_STOP + " MEETINGS without a word",
				fault -> fault.type() == FaultType.SCHEDULED_STOP && fault.indicator() == Indicator.MEETINGS && !fault.afterPollWithoutDate());
		for (FaultType type : FaultType.values()) {
			if (type != FaultType.SCHEDULED_STOP) {
				kinds.put(type.name(), fault -> fault.type() == type);
			}
		}
		kinds.put(ALL_STOPS, fault -> fault.type() == FaultType.SCHEDULED_STOP || fault.type() == FaultType.SHARED_SPACE_FREEZE);
		var rows = new ArrayList<Row>();
		kinds.forEach((label, kind) -> rows.add(row(label, faults.values().stream().filter(kind).toList(), firstDetection::get)));
		return rows;
	}

	private static Row row(String label, List<InjectedFault> injected, Function<InjectedFault, @Nullable Instant> firstDetection) {
		var delays = new ArrayList<Double>();
		int before = 0;
		int withinSixWeeks = 0;
		for (InjectedFault fault : injected) {
			Instant detected = firstDetection.apply(fault);
			if (detected == null) {
				continue;
			}
			delays.add(Duration.between(fault.missedDate(), detected).toSeconds() / DAY_SECONDS);
			if (detected.isBefore(fault.missedDate())) {
				before++;
			}
			if (!detected.isAfter(fault.missedDate().plus(SIX_WEEKS))) {
				withinSixWeeks++;
			}
		}
		int count = injected.size();
		return new Row(label, count, delays.size(), median(delays), count == 0 ? 0 : (double) before / count,
				count == 0 ? 0 : (double) withinSixWeeks / count);
	}

	private static @Nullable Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	/**
	 * The benchmark's targets (issue 7). Its « stopped activities » are its first fault, « a
	 * scheduled activity stops (half of them after a poll closed without a date) »: the freeze of
	 * the shared space is a fault of its own, reported on its row, and none of the issue's
	 * precursors could announce it before its date.
	 */
	private static SimulationScore targets(SimulationScore score) {
		Row stops = score.row(FaultType.SCHEDULED_STOP.name());
		Row silence = score.row(FaultType.DISCUSSION_SILENCE.name());
		Double delay = stops.medianDelayDays();
		var targets = List.of(
				new Target("stopped activities detected", SimulationScore.percent(stops.detectionRate()), "≥ 95 %",
						stops.detectionRate() >= 0.95),
				new Target("median delay after the missed date (days)", delay == null ? "–" : SimulationScore.number(delay), "≤ 7",
						delay != null && delay <= 7),
				new Target("stopped activities caught before the missed date", SimulationScore.percent(stops.caughtBefore()), "≥ 50 %",
						stops.caughtBefore() >= 0.5),
				new Target("discussion silences detected within 6 weeks", SimulationScore.percent(silence.withinSixWeeks()), "≥ 95 %",
						silence.withinSixWeeks() >= 0.95),
				new Target("false nudges per group per quarter", SimulationScore.number(score.falseNudgesPerGroupQuarter()), "≤ 1",
						score.falseNudgesPerGroupQuarter() <= 1),
				new Target("nudges during declared pauses and quiet periods", Long.toString(score.nudgesWhileOff()), "0",
						score.nudgesWhileOff() == 0));
		return new SimulationScore(score.rows(), score.nudges(), score.falseNudges(), score.falseNudgesByIndicator(),
				score.groupQuarters(), score.nudgesWhileOff(), targets);
	}
}
