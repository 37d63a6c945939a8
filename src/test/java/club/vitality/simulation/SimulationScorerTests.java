package club.vitality.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The scorer on hand-made groups, faults and nudges, then on a generated world with an oracle and with the naive baseline. */
class SimulationScorerTests {

	static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
	static final Instant END = Instant.parse("2025-01-01T00:00:00Z");

	static final GroupFacts HEALTHY = group(1, START.minus(Duration.ofDays(400)),
			List.of(new Interval(day("2024-07-14"), day("2024-09-01"))), List.of(new Interval(day("2024-03-01"), day("2024-04-01"))));
	static final GroupFacts STOPPED = group(2, START.minus(Duration.ofDays(400)), List.of(), List.of());
	static final GroupFacts SILENT = group(3, START.minus(Duration.ofDays(400)), List.of(), List.of());
	static final GroupFacts FLAMING = group(4, START.minus(Duration.ofDays(400)), List.of(), List.of());
	static final GroupFacts YOUNG = group(5, day("2024-07-03"), List.of(), List.of());

	static final InjectedFault MEETINGS_STOP = new InjectedFault(2, FaultType.SCHEDULED_STOP, Indicator.MEETINGS, day("2024-06-01"),
			day("2024-06-20"), true);
	static final InjectedFault SILENCE = new InjectedFault(3, FaultType.DISCUSSION_SILENCE, Indicator.DISCUSSION, day("2024-08-01"),
			day("2024-08-01"), false);
	static final InjectedFault FLAME = new InjectedFault(4, FaultType.FLAME_BURST, Indicator.DISCUSSION, day("2024-10-01"),
			day("2024-10-01"), false);

	static final SimulationScorer SCORER = new SimulationScorer(List.of(HEALTHY, STOPPED, SILENT, FLAMING, YOUNG),
			List.of(MEETINGS_STOP, SILENCE, FLAME), START, END);

	@Test
	void aPerfectDetectorScoresEveryFaultAndMeetsTheTargets() {
		SimulationScore score = SCORER.score(List.of(new Nudge(2, Indicator.MEETINGS, day("2024-06-15")),
				new Nudge(3, Indicator.DISCUSSION, day("2024-08-08")), new Nudge(3, Indicator.DISCUSSION, day("2024-08-20")),
				new Nudge(4, Indicator.DISCUSSION, day("2024-10-03"))));

		SimulationScore.Row stops = score.row(FaultType.SCHEDULED_STOP.name());
		assertThat(stops.injected()).isEqualTo(1);
		assertThat(stops.detectionRate()).isEqualTo(1);
		assertThat(stops.medianDelayDays()).isEqualTo(-5);
		assertThat(stops.caughtBefore()).isEqualTo(1);
		assertThat(score.row(FaultType.SCHEDULED_STOP + " MEETINGS after a poll without a date").detected()).isEqualTo(1);
		assertThat(score.row(FaultType.SCHEDULED_STOP + " MEETINGS without a word").injected()).isZero();
		SimulationScore.Row silence = score.row(FaultType.DISCUSSION_SILENCE.name());
		assertThat(silence.medianDelayDays()).isEqualTo(7);
		assertThat(silence.withinSixWeeks()).isEqualTo(1);
		assertThat(score.row(FaultType.FLAME_BURST.name()).medianDelayDays()).isEqualTo(2);
		assertThat(score.row(FaultType.DISCUSSION_HALVING.name()).injected()).isZero();
		assertThat(score.falseNudges()).isZero();
		assertThat(score.nudgesWhileOff()).isZero();
		assertThat(score.allTargetsMet()).isTrue();
		assertThat(score.toMarkdown()).contains("| SCHEDULED_STOP | 1 | 1 | 100.0 % | -5.00 | 100.0 % | 100.0 % |")
			.doesNotContain("**no**");
	}

	@Test
	void noDetectorDetectsNothingAndMissesTheTargets() {
		SimulationScore score = SCORER.score(List.of());
		assertThat(score.rows()).allSatisfy(row -> {
			assertThat(row.detected()).isZero();
			assertThat(row.medianDelayDays()).isNull();
		});
		assertThat(score.row(SimulationScorer.ALL_STOPS).detectionRate()).isZero();
		assertThat(score.falseNudges()).isZero();
		assertThat(score.allTargetsMet()).isFalse();
		assertThat(score.targets()).filteredOn(SimulationScore.Target::met)
			.extracting(SimulationScore.Target::measure)
			.containsExactly("false nudges per group per quarter", "nudges during declared pauses and quiet periods");
		assertThat(score.toMarkdown()).contains("| stopped activities detected | 0.0 % | ≥ 95 % | **no** |").contains("| – |");
	}

	@Test
	void falseNudgesAreCountedPerGroupQuarterOncePerWeekAndEveryNudgeInABreakOrPauseIsCounted() {
		SimulationScore score = SCORER.score(List.of(
				// A healthy group: twice within a week counts once, then once more.
				new Nudge(1, Indicator.MEETINGS, day("2024-05-01")), new Nudge(1, Indicator.MEETINGS, day("2024-05-03")),
				new Nudge(1, Indicator.MEETINGS, day("2024-05-20")),
				// In its pause, and in its summer break.
				new Nudge(1, Indicator.NEWS, day("2024-03-10")), new Nudge(1, Indicator.SHARED_SPACE, day("2024-08-01")),
				// Before the meetings stopped: false; after, a true one; the board that followed meetings: tolerated.
				new Nudge(2, Indicator.MEETINGS, day("2024-05-01")), new Nudge(2, Indicator.MEETINGS, day("2024-06-25")),
				new Nudge(2, Indicator.TRACKING_BOARD, day("2024-07-01")),
				// Two months after the flame, the discussion is normal again.
				new Nudge(4, Indicator.DISCUSSION, day("2024-12-01"))));

		assertThat(score.falseNudges()).isEqualTo(6);
		assertThat(score.falseNudgesByIndicator()).isEqualTo(Map.of(Indicator.MEETINGS, 3L, Indicator.NEWS, 1L,
				Indicator.SHARED_SPACE, 1L, Indicator.DISCUSSION, 1L));
		assertThat(score.nudgesWhileOff()).isEqualTo(2);
		assertThat(score.nudges()).isEqualTo(9);
		// Four groups over the whole year (366 days), the young one from 3 July (182 days).
		assertThat(score.groupQuarters()).isCloseTo((4 * 366 + 182) / (365.2425 / 4), within(1e-9));
		assertThat(score.falseNudgesPerGroupQuarter()).isCloseTo(6 / score.groupQuarters(), within(1e-12));
		assertThat(score.row(FaultType.SCHEDULED_STOP.name()).medianDelayDays()).isEqualTo(5);
		assertThat(score.row(FaultType.SCHEDULED_STOP.name()).caughtBefore()).isZero();
		assertThat(score.row(FaultType.FLAME_BURST.name()).detected()).isZero();
		assertThat(score.targets()).filteredOn(target -> !target.met())
			.extracting(SimulationScore.Target::measure)
			.contains("nudges during declared pauses and quiet periods", "stopped activities caught before the missed date");
	}

	@Test
	void aNudgeAboutAGroupThatDoesNotExistIsRefused() {
		assertThatThrownBy(() -> SCORER.score(List.of(new Nudge(99, Indicator.NEWS, START))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("99");
	}

	@Test
	void onAGeneratedWorldAnOracleMeetsTheStopTargetsAndTheNaiveBaselineDoesNot() {
		SyntheticWorld world = SyntheticWorldTests.WORLD;
		SimulationScorer scorer = SimulationScorer.of(world);
		List<Nudge> oracle = world.faults()
			.stream()
			.map(fault -> {
				Instant dayBefore = fault.missedDate().minus(Duration.ofDays(1));
				return new Nudge(fault.groupId(), fault.indicator(), dayBefore.isBefore(fault.startsAt()) ? fault.startsAt() : dayBefore);
			})
			.toList();
		SimulationScore perfect = scorer.score(oracle);
		assertThat(perfect.rows()).allSatisfy(row -> assertThat(row.detectionRate()).isEqualTo(1));
		assertThat(perfect.row(SimulationScorer.ALL_STOPS).medianDelayDays()).isEqualTo(-1);
		// Caught before unless the stop began at the missed date (a meeting nobody announced, a post due that day).
		List<InjectedFault> injectedStops = world.faults()
			.stream()
			.filter(fault -> fault.type() == FaultType.SCHEDULED_STOP || fault.type() == FaultType.SHARED_SPACE_FREEZE)
			.toList();
		double early = injectedStops.stream()
			.filter(fault -> fault.startsAt().isBefore(fault.missedDate()))
			.count() / (double) injectedStops.size();
		assertThat(perfect.row(SimulationScorer.ALL_STOPS).caughtBefore()).isEqualTo(early).isGreaterThan(0.5);
		assertThat(perfect.falseNudges()).isZero();

		SimulationScore naive = scorer.score(NaiveDetector.replay(world));
		SimulationScore.Row stops = naive.row(SimulationScorer.ALL_STOPS);
		// Waiting for twice the period finds most stops, late (after a period, a month for monthly meetings) ...
		assertThat(stops.detectionRate()).isBetween(0.7, 0.99);
		assertThat(stops.medianDelayDays()).isGreaterThan(14);
		assertThat(stops.caughtBefore()).isLessThan(0.1);
		// ... finds silences but hardly a halving and not a flood ...
		SimulationScore.Row silence = naive.row(FaultType.DISCUSSION_SILENCE.name());
		assertThat(silence.detectionRate()).isGreaterThan(0.8);
		assertThat(naive.row(FaultType.DISCUSSION_HALVING.name()).detectionRate()).isLessThan(silence.detectionRate() - 0.3);
		assertThat(naive.row(FaultType.FLAME_BURST.name()).detectionRate()).isLessThan(0.3);
		// ... and nudges through breaks and pauses.
		assertThat(naive.nudgesWhileOff()).isPositive();
		assertThat(naive.falseNudges()).isPositive();
		assertThat(naive.allTargetsMet()).isFalse();
	}

	private static GroupFacts group(long id, Instant createdAt, List<Interval> quiet, List<Interval> pauses) {
		return new GroupFacts(id, createdAt, ZoneOffset.UTC,
				Map.of(Indicator.MEETINGS, List.of(new RhythmChange(createdAt, Period.ofMonths(1)))), quiet, pauses, 10, 5);
	}

	private static Instant day(String date) {
		return Instant.parse(date + "T00:00:00Z");
	}
}
