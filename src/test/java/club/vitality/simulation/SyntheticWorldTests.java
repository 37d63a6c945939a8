package club.vitality.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import club.activity.ActivityKind;

/** The generator: seeded, at the expected volume, overdispersed, seasonal, with its faults where and as described. */
class SyntheticWorldTests {

	static final SyntheticWorld WORLD = SyntheticWorld.generate(SimulationSettings.benchmark(2026).withGroups(200));

	@Test
	void theSameSeedGivesTheSameWorldAndAnotherSeedAnotherOne() {
		var settings = SimulationSettings.benchmark(7).withGroups(40);
		SyntheticWorld once = SyntheticWorld.generate(settings);
		SyntheticWorld again = SyntheticWorld.generate(settings);
		assertThat(again.events().toList()).isEqualTo(once.events().toList());
		assertThat(again.faults()).isEqualTo(once.faults());
		assertThat(again.groups()).isEqualTo(once.groups());

		SyntheticWorld other = SyntheticWorld.generate(SimulationSettings.benchmark(8).withGroups(40));
		assertThat(other.eventCount()).isNotEqualTo(once.eventCount());
		assertThat(other.faults()).isNotEqualTo(once.faults());
	}

	@Test
	void aGroupDoesNotDependOnHowManyOthersThereAre() {
		SyntheticWorld small = SyntheticWorld.generate(SimulationSettings.benchmark(2026).withGroups(20));
		for (long id = 1; id <= 20; id++) {
			assertThat(small.group(id).facts()).isEqualTo(WORLD.group(id).facts());
		}
		long healthyInBoth = java.util.stream.LongStream.rangeClosed(1, 20)
			.filter(id -> small.group(id).fault() == null && WORLD.group(id).fault() == null)
			.findFirst()
			.orElseThrow();
		assertThat(small.group(healthyInBoth).events()).isEqualTo(WORLD.group(healthyInBoth).events());
	}

	@Test
	void aboutAThousandEventsPerGroupOverThreeYearsAtScaleOneAndFewerMessagesAtALowerScale() {
		// 1,000 groups: about 1,000,000 events.
		assertThat(WORLD.eventCount() / 200.0).isBetween(700.0, 1400.0);
		assertThat(WORLD.countsByKind().keySet()).containsAll(EnumSet.allOf(ActivityKind.class));
		assertThat(WORLD.describe()).contains(": %d events.".formatted(WORLD.eventCount()))
			.contains("| DISCUSSION_MESSAGE_POSTED | %d |".formatted(WORLD.countsByKind().get(ActivityKind.DISCUSSION_MESSAGE_POSTED)))
			.contains("| SCHEDULED_STOP MEETINGS after a poll without a date |");

		SyntheticWorld half = SyntheticWorld.generate(SimulationSettings.benchmark(2026).withGroups(200).withScale(0.5));
		double ratio = (double) half.countsByKind().get(ActivityKind.DISCUSSION_MESSAGE_POSTED)
				/ WORLD.countsByKind().get(ActivityKind.DISCUSSION_MESSAGE_POSTED);
		assertThat(ratio).isBetween(0.35, 0.65);
		// The scale leaves the declared rhythms alone (faults aside: a quieter group allows fewer discussion faults).
		for (long id = 1; id <= 200; id++) {
			if (half.group(id).fault() == null && WORLD.group(id).fault() == null) {
				assertThat(meetings(half.group(id))).isEqualTo(meetings(WORLD.group(id)));
			}
		}
	}

	@Test
	void theReplayStreamHasEveryEventOnceOldestFirstWithinEachGroupsLife() {
		List<SimulatedEvent> events = WORLD.events().toList();
		assertThat(events).hasSize((int) WORLD.eventCount());
		assertThat(events).isSortedAccordingTo(Comparator.comparing(SimulatedEvent::at));
		Instant end = WORLD.settings().end();
		for (GroupSimulation group : WORLD.simulations()) {
			Instant from = group.facts().activeFrom(WORLD.settings().start());
			assertThat(group.events()).allSatisfy(event -> {
				assertThat(event.groupId()).isEqualTo(group.facts().groupId());
				assertThat(event.at()).isAfterOrEqualTo(from).isBefore(end);
			});
		}
	}

	@Test
	void weeklyMessageCountsAreOverdispersed() {
		var dispersions = WORLD.simulations()
			.stream()
			.filter(group -> group.fault() == null && group.facts().messagesPerWeek() >= 2)
			.mapToDouble(group -> {
				Map<LocalDate, Long> weekly = weeklyMessages(group);
				double mean = weekly.values().stream().mapToLong(Long::longValue).average().orElseThrow();
				double variance = weekly.values().stream().mapToDouble(count -> (count - mean) * (count - mean)).sum()
						/ (weekly.size() - 1);
				return variance / mean;
			})
			.sorted()
			.toArray();
		assertThat(dispersions.length).isGreaterThan(25);
		// A Poisson process would give 1; the weekly gamma factor gives 1 + mean / 1.5.
		assertThat(dispersions[dispersions.length / 2]).isGreaterThan(2.5);
		assertThat(dispersions[dispersions.length / 10]).isGreaterThan(1.2);
	}

	@Test
	void messagesDropInSummerAndAtChristmasAlsoInGroupsThatDeclaredNoBreak() {
		List<GroupSimulation> undeclared = WORLD.simulations()
			.stream()
			.filter(group -> group.facts().quietPeriods().isEmpty() && group.facts().pauses().isEmpty())
			.toList();
		assertThat(undeclared).hasSizeGreaterThan(40);
		var perDay = new HashMap<LocalDate, Long>();
		for (GroupSimulation group : undeclared) {
			for (SimulatedEvent event : group.events()) {
				if (event.kind() == ActivityKind.DISCUSSION_MESSAGE_POSTED) {
					perDay.merge(LocalDate.ofInstant(event.at(), group.facts().zone()), 1L, Long::sum);
				}
			}
		}
		Function<Predicate<LocalDate>, Double> average = days -> perDay.entrySet()
			.stream()
			.filter(day -> days.test(day.getKey()))
			.mapToLong(Map.Entry::getValue)
			.average()
			.orElseThrow();
		double june = average.apply(day -> day.getMonth() == Month.JUNE);
		double august = average.apply(day -> day.getMonth() == Month.AUGUST);
		double november = average.apply(day -> day.getMonth() == Month.NOVEMBER);
		double christmas = average.apply(day -> day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 22
				|| day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 2);
		assertThat(august).isGreaterThan(0).isLessThan(0.5 * june);
		assertThat(christmas).isGreaterThan(0).isLessThan(0.5 * november);
	}

	@Test
	void groupsDeclareRhythmsBreaksPausesAndChangesAndSomeAreBornDuringThePeriod() {
		List<GroupFacts> groups = WORLD.groups();
		Instant start = WORLD.settings().start();
		assertThat(groups).filteredOn(group -> group.createdAt().isAfter(start)).hasSizeBetween(20, 80);
		assertThat(groups).filteredOn(group -> group.rhythms().get(Indicator.MEETINGS).size() == 2).hasSizeGreaterThan(15);
		assertThat(groups).filteredOn(group -> !group.pauses().isEmpty()).hasSizeGreaterThan(5);
		assertThat(groups).filteredOn(group -> !group.quietPeriods().isEmpty()).hasSizeGreaterThan(60);
		assertThat(groups).allSatisfy(group -> assertThat(group.rhythms()).containsKey(Indicator.MEETINGS));
		for (Indicator indicator : List.of(Indicator.NEWS, Indicator.TRACKING_BOARD, Indicator.SHARED_SPACE)) {
			assertThat(groups).filteredOn(group -> group.rhythms().containsKey(indicator)).hasSizeBetween(40, 160);
		}
		assertThat(groups.stream().map(GroupFacts::zone).distinct().count()).isGreaterThan(4);
		assertThat(groups.stream().mapToDouble(GroupFacts::messagesPerWeek).min().orElseThrow()).isBetween(0.5, 1.0);
		assertThat(groups.stream().mapToDouble(GroupFacts::messagesPerWeek).max().orElseThrow()).isBetween(30.0, 60.0);

		GroupFacts changing = groups.stream()
			.filter(group -> group.rhythms().get(Indicator.MEETINGS).size() == 2)
			.findFirst()
			.orElseThrow();
		List<RhythmChange> meetings = changing.rhythms().get(Indicator.MEETINGS);
		assertThat(meetings.get(1).every()).isNotEqualTo(meetings.get(0).every());
		assertThat(changing.period(Indicator.MEETINGS, meetings.get(1).from().minusSeconds(1))).contains(meetings.get(0).every());
		assertThat(changing.period(Indicator.MEETINGS, meetings.get(1).from())).contains(meetings.get(1).every());
		assertThat(changing.period(Indicator.DISCUSSION, start)).isEmpty();

		GroupSimulation born = WORLD.simulations()
			.stream()
			.filter(group -> group.facts().createdAt().isAfter(start))
			.findFirst()
			.orElseThrow();
		assertThat(born.events()).filteredOn(event -> event.kind() == ActivityKind.MEMBER_JOINED)
			.hasSizeGreaterThanOrEqualTo(born.facts().members());
	}

	@Test
	void meetingsFollowTheirRhythmMostlyAnnouncedSomeThroughPollsSomeCancelled() {
		long held = 0;
		long announced = 0;
		var ratios = new java.util.ArrayList<Double>();
		for (GroupSimulation group : WORLD.simulations()) {
			Set<Long> scheduled = group.events()
				.stream()
				.filter(event -> event.kind() == ActivityKind.MEETING_SCHEDULED)
				.map(SimulatedEvent::subjectId)
				.collect(Collectors.toSet());
			List<SimulatedEvent> meetings = group.events().stream().filter(event -> event.kind() == ActivityKind.MEETING_HELD).toList();
			held += meetings.size();
			announced += meetings.stream().filter(meeting -> scheduled.contains(meeting.subjectId())).count();
			List<RhythmChange> rhythm = group.facts().rhythms().get(Indicator.MEETINGS);
			if (group.fault() == null && rhythm.size() == 1 && group.facts().pauses().isEmpty()) {
				double days = Duration.between(group.facts().activeFrom(WORLD.settings().start()), WORLD.settings().end()).toDays();
				ratios.add(meetings.size() / (days / rhythm.getFirst().approximateDays()));
			}
		}
		assertThat((double) announced / held).isBetween(0.75, 0.95);
		// Breaks, troughs, cancellations and ordinary skips take some; never more than the rhythm gives.
		assertThat(ratios).allSatisfy(ratio -> assertThat(ratio).isBetween(0.5, 1.1));
		Map<ActivityKind, Long> counts = WORLD.countsByKind();
		assertThat(counts.get(ActivityKind.MEETING_CANCELLED)).isBetween(held / 40, held / 10);
		assertThat(counts.get(ActivityKind.POLL_CLOSED_WITH_DATE)).isBetween(held / 8, held / 3);
		long healthyPollsWithoutDate = WORLD.simulations()
			.stream()
			.filter(group -> group.fault() == null)
			.flatMap(group -> group.events().stream())
			.filter(event -> event.kind() == ActivityKind.POLL_CLOSED_WITHOUT_DATE)
			.count();
		assertThat(healthyPollsWithoutDate).as("polls without a date also happen in healthy groups").isPositive();
	}

	@Test
	void halfOfTheGroupsHaveOneFaultOfEveryTypeWithinTheWindow() {
		List<InjectedFault> faults = WORLD.faults();
		assertThat(faults).hasSize(100);
		assertThat(faults.stream().map(InjectedFault::groupId).distinct()).hasSize(100);
		Map<FaultType, Long> byType = faults.stream().collect(Collectors.groupingBy(InjectedFault::type, Collectors.counting()));
		assertThat(byType.keySet()).containsExactlyInAnyOrder(FaultType.values());
		assertThat(byType.get(FaultType.SCHEDULED_STOP)).isBetween(25L, 55L);
		assertThat(faults).filteredOn(InjectedFault::afterPollWithoutDate).isNotEmpty();
		assertThat(faults).filteredOn(fault -> fault.type() == FaultType.SCHEDULED_STOP)
			.extracting(InjectedFault::indicator)
			.contains(Indicator.MEETINGS, Indicator.NEWS, Indicator.TRACKING_BOARD);

		Instant start = WORLD.settings().start();
		Instant end = WORLD.settings().end();
		for (InjectedFault fault : faults) {
			GroupFacts group = WORLD.group(fault.groupId()).facts();
			assertThat(fault.startsAt()).isAfterOrEqualTo(group.activeFrom(start).plus(Duration.ofDays(182)))
				.isBeforeOrEqualTo(end.minus(Duration.ofDays(92)))
				.isBeforeOrEqualTo(fault.missedDate());
			assertThat(group.declaredOff(fault.missedDate())).isFalse();
			if (fault.type() == FaultType.SCHEDULED_STOP || fault.type() == FaultType.SHARED_SPACE_FREEZE) {
				assertThat(group.rhythm(fault.indicator(), fault.missedDate())).isPresent();
			}
			else {
				assertThat(fault.missedDate()).isEqualTo(fault.startsAt());
			}
		}
	}

	@Test
	void aStoppedActivityStaysStoppedAndAMeetingStopOftenFollowsAPollWithoutADate() {
		for (InjectedFault fault : WORLD.faults()) {
			if (fault.type() != FaultType.SCHEDULED_STOP && fault.type() != FaultType.SHARED_SPACE_FREEZE) {
				continue;
			}
			List<SimulatedEvent> after = WORLD.group(fault.groupId())
				.events()
				.stream()
				.filter(event -> fault.indicator().kinds().contains(event.kind()) && !event.at().isBefore(fault.startsAt()))
				.toList();
			if (fault.afterPollWithoutDate()) {
				// What the last meetings before the stop left (a weekly meeting may be held after the poll opened), and the poll that finds no date.
				List<SimulatedEvent> polls = after.stream().filter(event -> event.kind().name().startsWith("POLL")).toList();
				assertThat(polls).extracting(SimulatedEvent::kind)
					.containsExactly(ActivityKind.POLL_OPENED, ActivityKind.POLL_CLOSED_WITHOUT_DATE);
				assertThat(polls.getFirst().at()).isEqualTo(fault.startsAt());
				assertThat(polls.getLast().at()).isBefore(fault.missedDate());
			}
			// At most a meeting postponed by a week before the stop comes after the missed date; then nothing, ever.
			assertThat(after).allSatisfy(event -> assertThat(event.at()).isBefore(fault.missedDate().plus(Duration.ofDays(10))));
			assertThat(after).filteredOn(event -> event.kind() == ActivityKind.MEETING_SCHEDULED)
				.allSatisfy(event -> assertThat(event.at()).isBefore(fault.missedDate()));
		}
	}

	@Test
	void discussionFaultsSilenceHalveOrInflameTheDiscussion() {
		double before = 0;
		double afterwards = 0;
		for (InjectedFault fault : WORLD.faults()) {
			GroupSimulation group = WORLD.group(fault.groupId());
			List<Instant> messages = group.events()
				.stream()
				.filter(event -> event.kind() == ActivityKind.DISCUSSION_MESSAGE_POSTED)
				.map(SimulatedEvent::at)
				.toList();
			switch (fault.type()) {
				case DISCUSSION_SILENCE -> {
					assertThat(messages).isNotEmpty().allSatisfy(at -> assertThat(at).isBefore(fault.startsAt()));
				}
				case DISCUSSION_HALVING -> {
					// Daily rates over all the time before and after: troughs weigh about alike on both sides.
					Instant from = fault.startsAt();
					before += messages.stream().filter(at -> at.isBefore(from)).count()
							/ (double) Duration.between(group.facts().activeFrom(WORLD.settings().start()), from).toDays();
					afterwards += messages.stream().filter(at -> !at.isBefore(from)).count()
							/ (double) Duration.between(from, WORLD.settings().end()).toDays();
				}
				case FLAME_BURST -> {
					List<SimulatedEvent> burst = group.events()
						.stream()
						.filter(event -> event.kind() == ActivityKind.DISCUSSION_MESSAGE_POSTED && !event.at().isBefore(fault.startsAt())
								&& event.at().isBefore(fault.startsAt().plus(Duration.ofDays(5))))
						.toList();
					assertThat(burst).hasSizeGreaterThanOrEqualTo(40);
					long topAuthor = top(burst, SimulatedEvent::actorId);
					long topThread = top(burst, SimulatedEvent::subjectId);
					assertThat(Math.max(topAuthor, topThread)).isGreaterThan(burst.size() / 2);
				}
				default -> {
				}
			}
		}
		assertThat(afterwards / before).isBetween(0.3, 0.7);
	}

	@Test
	void sharedSpaceEditsComeSporadicallyInEveryGroupAndInBurstsAtTheDeclaredRhythm() {
		long editing = WORLD.simulations()
			.stream()
			.filter(group -> group.events().stream().anyMatch(event -> event.kind() == ActivityKind.WIKI_PAGE_EDITED))
			.count();
		assertThat(editing).isGreaterThan(180);
		List<GroupSimulation> declared = WORLD.simulations()
			.stream()
			.filter(group -> group.fault() == null && group.facts().rhythms().containsKey(Indicator.SHARED_SPACE))
			.toList();
		assertThat(declared).isNotEmpty().allSatisfy(group -> {
			long editDays = group.events()
				.stream()
				.filter(event -> event.kind() == ActivityKind.WIKI_PAGE_EDITED)
				.map(event -> LocalDate.ofInstant(event.at(), group.facts().zone()))
				.distinct()
				.count();
			double days = Duration.between(group.facts().activeFrom(WORLD.settings().start()), WORLD.settings().end()).toDays();
			double rhythm = group.facts().rhythms().get(Indicator.SHARED_SPACE).getFirst().approximateDays();
			// The declared bursts (most of them) plus the sporadic ones, every 45 days.
			assertThat(editDays).isGreaterThan(Math.round(0.5 * days / rhythm + 0.3 * days / 45));
		});
	}

	private static List<SimulatedEvent> meetings(GroupSimulation group) {
		return group.events().stream().filter(event -> Indicator.MEETINGS.kinds().contains(event.kind())).toList();
	}

	private static long top(List<SimulatedEvent> events, Function<SimulatedEvent, Long> key) {
		return events.stream()
			.collect(Collectors.groupingBy(key, Collectors.counting()))
			.values()
			.stream()
			.mapToLong(Long::longValue)
			.max()
			.orElse(0);
	}

	/** Messages per ordinary week (no trough, break or pause), by the Monday starting it. */
	private static Map<LocalDate, Long> weeklyMessages(GroupSimulation group) {
		var weekly = new HashMap<LocalDate, Long>();
		LocalDate from = LocalDate.ofInstant(group.facts().activeFrom(WORLD.settings().start()), group.facts().zone())
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		for (LocalDate week = from; week.plusWeeks(1).isBefore(LocalDate.ofInstant(WORLD.settings().end(), group.facts().zone()));
				week = week.plusWeeks(1)) {
			Month month = week.getMonth();
			boolean trough = month == Month.JULY || month == Month.AUGUST || month == Month.DECEMBER || month == Month.JANUARY;
			Instant at = week.atStartOfDay(group.facts().zone()).toInstant();
			if (!trough && !group.facts().declaredOff(at) && !group.facts().declaredOff(at.plus(Duration.ofDays(7)))) {
				weekly.put(week, 0L);
			}
		}
		for (SimulatedEvent event : group.events()) {
			if (event.kind() == ActivityKind.DISCUSSION_MESSAGE_POSTED) {
				LocalDate week = LocalDate.ofInstant(event.at(), group.facts().zone())
					.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
				weekly.computeIfPresent(week, (day, count) -> count + 1);
			}
		}
		return weekly;
	}
}
