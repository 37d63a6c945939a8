package club.vitality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import club.activity.ActivityKind;

/** The engine alone, on hand-made histories: each rule, its thresholds on both sides, the answers laid over, and its speed. */
class VitalityEngineTests {

	static final Instant CREATED = Instant.parse("2025-01-06T09:00:00Z");

	static Instant day(double days) {
		return CREATED.plusSeconds((long) (days * 86_400));
	}

	static VitalityEvent event(double days, ActivityKind kind) {
		return new VitalityEvent(day(days), kind, 1L, 1L);
	}

	/** One event of that kind every {@code every} days from {@code from} until {@code to}. */
	static List<VitalityEvent> every(double every, double from, double to, ActivityKind kind) {
		var events = new ArrayList<VitalityEvent>();
		for (double at = from; at <= to; at += every) {
			events.add(event(at, kind));
		}
		return events;
	}

	static Evaluation eval(GroupFacts facts, double atDay, Indicator indicator) {
		return VitalityEngine.evaluate(facts, day(atDay)).get(indicator);
	}

	/** The default rhythms, declared: most rules are about a declared rhythm. */
	static final Map<Indicator, Duration> DECLARED = java.util.Arrays.stream(Indicator.values())
		.filter(Indicator::scheduled)
		.collect(java.util.stream.Collectors.toMap(indicator -> indicator, Indicator::defaultRhythm));

	static GroupFacts facts(List<VitalityEvent> events) {
		return new GroupFacts(CREATED, DECLARED, List.of(), false, events, Map.of(), null);
	}

	static GroupFacts withOverlay(List<VitalityEvent> events, Indicator indicator, Overlay overlay) {
		return new GroupFacts(CREATED, DECLARED, List.of(), false, events, Map.of(indicator, overlay), null);
	}

	@Test
	void aYoungGroupWithNothingYetIsNewAndNeverNudged() {
		var facts = facts(List.of());
		for (Indicator indicator : Indicator.values()) {
			Evaluation evaluation = eval(facts, 50, indicator);
			assertThat(evaluation.state()).as(indicator.name()).isEqualTo(VitalityState.NEW);
			assertThat(evaluation.reason()).isEqualTo(Reason.YOUNG);
			assertThat(evaluation.nudge()).isFalse();
		}
		// After 8 weeks with nothing ever, the declared rhythm counts from the creation: due after 30 days,
		// late after two dates missed (one skipped is tolerated) and the grace, on day 66.
		assertThat(eval(facts, 57, Indicator.NEWS).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(facts, 57, Indicator.NEWS).nudge()).isFalse();
		assertThat(eval(facts, 66.1, Indicator.NEWS).state()).isEqualTo(VitalityState.LATE);
		assertThat(eval(facts, 66.1, Indicator.NEWS).nudge()).isTrue();
	}

	@Test
	void aScheduledIndicatorIsUpWithinItsRhythmDueAfterItAndLateAfterTheGrace() {
		// Board updated on day 100 only: the default rhythm is 30 days; a skipped date is tolerated, so it is
		// late after two rhythms and the grace (a fifth of the rhythm, 3 to 7 days: 6 days), on day 166.
		var facts = facts(List.of(event(100, ActivityKind.PROJECT_UPDATED)));
		assertThat(eval(facts, 129.9, Indicator.BOARD).state()).isEqualTo(VitalityState.UP);
		Evaluation due = eval(facts, 130.1, Indicator.BOARD);
		assertThat(due.state()).isEqualTo(VitalityState.DUE);
		assertThat(due.nudge()).isFalse();
		assertThat(due.last()).isEqualTo(day(100));
		assertThat(due.expected()).isEqualTo(day(130));
		assertThat(eval(facts, 165.9, Indicator.BOARD).state()).isEqualTo(VitalityState.DUE);
		Evaluation late = eval(facts, 166.1, Indicator.BOARD);
		assertThat(late.state()).isEqualTo(VitalityState.LATE);
		assertThat(late.reason()).isEqualTo(Reason.RHYTHM_PASSED);
		assertThat(late.nudge()).isTrue();
	}

	@Test
	void theGraceIsAFifthOfTheRhythmFromThreeToSevenDaysAndMeetingsAreLateAfterOneDate() {
		// Shared space: 60 days by default, a grace of 7 days (a fifth would be 12): late on day 100 + 120 + 7.
		var facts = facts(List.of(event(100, ActivityKind.WIKI_PAGE_EDITED)));
		assertThat(eval(facts, 226.9, Indicator.SHARED_SPACE).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(facts, 227.1, Indicator.SHARED_SPACE).state()).isEqualTo(VitalityState.LATE);
		var declared = new GroupFacts(CREATED, Map.of(Indicator.SHARED_SPACE, Duration.ofDays(10)), List.of(), false, facts.events(), Map.of(), null);
		// Every 10 days: a grace of 3 days (a fifth would be 2), late on day 100 + 20 + 3.
		assertThat(eval(declared, 109.9, Indicator.SHARED_SPACE).state()).isEqualTo(VitalityState.UP);
		assertThat(eval(declared, 122.9, Indicator.SHARED_SPACE).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(declared, 123.1, Indicator.SHARED_SPACE).state()).isEqualTo(VitalityState.LATE);
		// A meeting is late once its own date and the grace (30 days: 6) have passed.
		var meeting = facts(List.of(event(100, ActivityKind.MEETING_HELD)));
		assertThat(eval(meeting, 135.9, Indicator.MEETINGS).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(meeting, 136.1, Indicator.MEETINGS).state()).isEqualTo(VitalityState.LATE);
	}

	@Test
	void withoutADeclaredRhythmOnlyARegularHabitIsFollowed() {
		var undeclared = new GroupFacts(CREATED, Map.of(), List.of(), false, every(7, 60, 116, ActivityKind.NEWS_PUBLISHED), Map.of(), null);
		// Weekly news, never declared: the habit is followed (late after 7 + 3.5 days).
		assertThat(eval(undeclared, 126.6, Indicator.NEWS).state()).isEqualTo(VitalityState.LATE);
		assertThat(eval(undeclared, 126.6, Indicator.NEWS).reason()).isEqualTo(Reason.GAP_UNUSUAL);
		// Wiki edits now and then (gaps of 5 to 40 days): no habit to judge by, nothing declared.
		var sporadic = new GroupFacts(CREATED, Map.of(), List.of(), false,
				List.of(event(60, ActivityKind.WIKI_PAGE_EDITED), event(65, ActivityKind.WIKI_PAGE_EDITED), event(105, ActivityKind.WIKI_PAGE_EDITED),
						event(117, ActivityKind.WIKI_PAGE_EDITED), event(140, ActivityKind.WIKI_PAGE_EDITED), event(148, ActivityKind.WIKI_PAGE_EDITED)),
				Map.of(), null);
		Evaluation notFollowed = eval(sporadic, 400, Indicator.SHARED_SPACE);
		assertThat(notFollowed.state()).isEqualTo(VitalityState.UP);
		assertThat(notFollowed.reason()).isEqualTo(Reason.UNDECLARED);
		assertThat(notFollowed.expected()).isNull();
		assertThat(notFollowed.nudge()).isFalse();
	}

	@Test
	void theGapRuleCatchesAWeeklyHabitBrokenLongBeforeTheDeclaredRhythm() {
		// Weekly news (median gap 7 days, MAD 0): late after 7 + max(0, 3.5) = 10.5 days, though 30 days are declared.
		var facts = facts(every(7, 60, 116, ActivityKind.NEWS_PUBLISHED));
		assertThat(eval(facts, 122.9, Indicator.NEWS).state()).isEqualTo(VitalityState.UP);
		assertThat(eval(facts, 123.1, Indicator.NEWS).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(facts, 126.4, Indicator.NEWS).state()).isEqualTo(VitalityState.DUE);
		Evaluation late = eval(facts, 126.6, Indicator.NEWS);
		assertThat(late.state()).isEqualTo(VitalityState.LATE);
		assertThat(late.reason()).isEqualTo(Reason.GAP_UNUSUAL);
	}

	@Test
	void theGapRuleIsRobustToOneLongGapAndToBursts() {
		// Gaps of 7 days with one of 28 days and a burst of edits on one day: the median stays 7, the MAD 0.
		var events = new ArrayList<>(every(7, 60, 88, ActivityKind.NEWS_PUBLISHED));
		events.addAll(every(7, 116, 144, ActivityKind.NEWS_PUBLISHED));
		events.add(event(144.1, ActivityKind.NEWS_PUBLISHED));
		events.add(event(144.2, ActivityKind.NEWS_PUBLISHED));
		var facts = facts(events);
		assertThat(eval(facts, 154.5, Indicator.NEWS).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(facts, 155, Indicator.NEWS).state()).isEqualTo(VitalityState.LATE);
	}

	@Test
	void theGapRuleNeedsHistoryAndAGroupOlderThanEightWeeks() {
		// Weekly from day 0 to 49, judged on day 55: the group is 7.9 weeks old, only the declared rhythm counts.
		var young = facts(every(7, 0, 49, ActivityKind.NEWS_PUBLISHED));
		assertThat(eval(young, 55, Indicator.NEWS).state()).isEqualTo(VitalityState.UP);
		// Four weekly posts only: not enough history for the gap rule.
		var short_ = facts(every(7, 100, 121, ActivityKind.NEWS_PUBLISHED));
		assertThat(eval(short_, 140, Indicator.NEWS).state()).isEqualTo(VitalityState.UP);
	}

	@Test
	void rhythmChangedResetsTheBaselineOfTheGapRule() {
		var events = every(7, 60, 116, ActivityKind.NEWS_PUBLISHED);
		var changed = withOverlay(events, Indicator.NEWS, new Overlay(null, null, null, day(117), 0, null));
		assertThat(eval(facts(events), 130, Indicator.NEWS).state()).isEqualTo(VitalityState.LATE);
		assertThat(eval(changed, 130, Indicator.NEWS).state()).isEqualTo(VitalityState.UP);
		assertThat(eval(changed, 146.1, Indicator.NEWS).state()).isEqualTo(VitalityState.DUE);
	}

	@Test
	void quietPeriodsDoNotCountAndSilenceNudges() {
		var events = List.of(event(100, ActivityKind.PROJECT_UPDATED));
		var summer = new GroupFacts(CREATED, DECLARED, List.of(new QuietPeriod(day(110), day(140), "été")), false, events, Map.of(), null);
		// 30 days of quiet: the rhythm's 30 days end on day 160, two of them and the grace on day 196.
		assertThat(eval(summer, 150, Indicator.BOARD).state()).isEqualTo(VitalityState.UP);
		assertThat(eval(summer, 160.5, Indicator.BOARD).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(summer, 196.5, Indicator.BOARD).state()).isEqualTo(VitalityState.LATE);
		assertThat(eval(summer, 196.5, Indicator.BOARD).nudge()).isTrue();
		// Late before a quiet period, and inside it: no nudge, and the reason says why.
		var holidays = new GroupFacts(CREATED, DECLARED, List.of(new QuietPeriod(day(170), day(180), "vacances")), false, events, Map.of(), null);
		Evaluation inside = eval(holidays, 175, Indicator.BOARD);
		assertThat(inside.state()).isEqualTo(VitalityState.LATE);
		assertThat(inside.nudge()).isFalse();
		assertThat(inside.reason()).isEqualTo(Reason.QUIET_PERIOD);
	}

	@Test
	void aPausedGroupIsPausedEverywhereAndNeverNudged() {
		var paused = new GroupFacts(CREATED, DECLARED, List.of(), true, List.of(event(100, ActivityKind.PROJECT_UPDATED)), Map.of(), null);
		for (Evaluation evaluation : VitalityEngine.evaluate(paused, day(300)).values()) {
			assertThat(evaluation.state()).isEqualTo(VitalityState.PAUSED);
			assertThat(evaluation.computed()).isIn(VitalityState.LATE, VitalityState.DUE);
			assertThat(evaluation.nudge()).isFalse();
		}
	}

	@Test
	void onItUntilADateReArmsAtThatDateAndActivityBringsItBackUp() {
		var events = new ArrayList<>(List.of(event(100, ActivityKind.PROJECT_UPDATED)));
		var onIt = withOverlay(events, Indicator.BOARD, new Overlay(day(180), null, day(167), null, 1, day(166.5)));
		Evaluation acknowledged = eval(onIt, 170, Indicator.BOARD);
		assertThat(acknowledged.state()).isEqualTo(VitalityState.ACKNOWLEDGED);
		assertThat(acknowledged.expected()).isEqualTo(day(180));
		assertThat(acknowledged.nudge()).isFalse();
		Evaluation again = eval(onIt, 180.5, Indicator.BOARD);
		assertThat(again.state()).isEqualTo(VitalityState.NUDGED);
		assertThat(again.nudge()).isTrue();
		events.add(event(141, ActivityKind.PROJECT_REVIEWED));
		var done = withOverlay(events, Indicator.BOARD, onIt.overlay(Indicator.BOARD));
		assertThat(eval(done, 142, Indicator.BOARD).state()).isEqualTo(VitalityState.UP);
		assertThat(eval(done, 142, Indicator.BOARD).nudge()).isFalse();
	}

	@Test
	void aSnoozeHoldsUntilItEndsAndNudgesShowTheirLadderLevel() {
		var events = List.of(event(100, ActivityKind.NEWS_PUBLISHED));
		var snoozed = withOverlay(events, Indicator.NEWS, new Overlay(null, day(200), day(140), null, 0, null));
		assertThat(eval(snoozed, 150, Indicator.NEWS).state()).isEqualTo(VitalityState.SNOOZED);
		assertThat(eval(snoozed, 150, Indicator.NEWS).nudge()).isFalse();
		assertThat(eval(snoozed, 201, Indicator.NEWS).state()).isEqualTo(VitalityState.LATE);
		assertThat(eval(snoozed, 201, Indicator.NEWS).nudge()).isTrue();
		var escalated = withOverlay(events, Indicator.NEWS, new Overlay(null, null, null, null, 2, day(167)));
		assertThat(eval(escalated, 180, Indicator.NEWS).state()).isEqualTo(VitalityState.ESCALATED);
		// A nudge older than the last activity is over.
		var old = withOverlay(events, Indicator.NEWS, new Overlay(null, null, null, null, 2, day(90)));
		assertThat(eval(old, 180, Indicator.NEWS).state()).isEqualTo(VitalityState.LATE);
	}

	@Test
	void aDatePollClosedWithoutADateNudgesTheSameDayUntilAMeetingIsScheduled() {
		var events = new ArrayList<>(List.of(event(100, ActivityKind.MEETING_HELD), event(115, ActivityKind.POLL_OPENED),
				event(120, ActivityKind.POLL_CLOSED_WITHOUT_DATE)));
		Evaluation precursor = eval(facts(events), 120.1, Indicator.MEETINGS);
		assertThat(precursor.state()).isEqualTo(VitalityState.DUE);
		assertThat(precursor.reason()).isEqualTo(Reason.POLL_WITHOUT_DATE);
		assertThat(precursor.nudge()).isTrue();
		assertThat(eval(facts(events), 119, Indicator.MEETINGS).state()).isEqualTo(VitalityState.UP);
		events.add(event(122, ActivityKind.MEETING_SCHEDULED));
		assertThat(eval(facts(events), 123, Indicator.MEETINGS).state()).isEqualTo(VitalityState.UP);
	}

	@Test
	void aPollOpenedIsMeetingActivitySoThatALateEpisodeEndsAndItsPollIsToldApart() {
		// Monthly meetings late since day 136 (100 + 30 + 6); a poll opened on day 150 is the group at
		// work on its next meeting: up again, and the poll closed without a date is a new precursor.
		var events = new ArrayList<>(List.of(event(100, ActivityKind.MEETING_HELD)));
		assertThat(eval(facts(events), 149, Indicator.MEETINGS).state()).isEqualTo(VitalityState.LATE);
		events.add(event(150, ActivityKind.POLL_OPENED));
		assertThat(eval(facts(events), 151, Indicator.MEETINGS).state()).isEqualTo(VitalityState.UP);
		events.add(event(155, ActivityKind.POLL_CLOSED_WITHOUT_DATE));
		assertThat(eval(facts(events), 155.1, Indicator.MEETINGS).reason()).isEqualTo(Reason.POLL_WITHOUT_DATE);
		// The series' date passed by its grace with nothing scheduled: late.
		var due = new GroupFacts(CREATED, DECLARED, List.of(), false, events, Map.of(), day(160));
		assertThat(eval(due, 165.9, Indicator.MEETINGS).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(due, 166.1, Indicator.MEETINGS).state()).isEqualTo(VitalityState.LATE);
	}

	@Test
	void aMeetingDueWithNoneScheduledIsAPrecursorInAGroupThatSchedulesAheadThenLate() {
		// Four monthly meetings, each scheduled ten days ahead; the series says the next is due on day 125.
		var ahead = new ArrayList<VitalityEvent>();
		for (long meeting = 1; meeting <= 4; meeting++) {
			double held = 10 + 30 * meeting;
			ahead.add(new VitalityEvent(day(held - 10), ActivityKind.MEETING_SCHEDULED, 1L, meeting));
			ahead.add(new VitalityEvent(day(held), ActivityKind.MEETING_HELD, 1L, meeting));
		}
		var due = new GroupFacts(CREATED, Map.of(Indicator.MEETINGS, Duration.ofDays(30)), List.of(), false, ahead, Map.of(), day(125));
		assertThat(eval(due, 122.5, Indicator.MEETINGS).state()).isEqualTo(VitalityState.UP);
		// Two days before the due date, nothing scheduled: it is about to be missed.
		Evaluation early = eval(due, 123.5, Indicator.MEETINGS);
		assertThat(early.state()).isEqualTo(VitalityState.DUE);
		assertThat(early.reason()).isEqualTo(Reason.MEETING_NOT_SCHEDULED);
		assertThat(early.nudge()).isTrue();
		assertThat(eval(due, 131.5, Indicator.MEETINGS).state()).isEqualTo(VitalityState.LATE);
		// A group that holds its meetings without scheduling them ahead is judged by its rhythm alone.
		var unannounced = new GroupFacts(CREATED, Map.of(Indicator.MEETINGS, Duration.ofDays(30)), List.of(), false,
				ahead.stream().filter(event -> event.kind() == ActivityKind.MEETING_HELD).toList(), Map.of(), day(125));
		assertThat(eval(unannounced, 126, Indicator.MEETINGS).reason()).isNotEqualTo(Reason.MEETING_NOT_SCHEDULED);
		assertThat(eval(unannounced, 126, Indicator.MEETINGS).nudge()).isFalse();
		// A quiet period between the last meeting (day 100) and the series' date: the date moves by it.
		var holidays = new GroupFacts(CREATED, Map.of(Indicator.MEETINGS, Duration.ofDays(30)), List.of(new QuietPeriod(day(110), day(120), "")),
				false, ahead, Map.of(), day(125));
		assertThat(eval(holidays, 123.5, Indicator.MEETINGS).reason()).isNotEqualTo(Reason.MEETING_NOT_SCHEDULED);
		assertThat(eval(holidays, 133.5, Indicator.MEETINGS).reason()).isEqualTo(Reason.MEETING_NOT_SCHEDULED);
	}

	@Test
	void theMeetingsHabitIsReadFromTheMeetingsHeldNotTheirAnnouncements() {
		// A meeting every 14 days, each announced 7 days ahead; 30 days declared. Announcements and
		// meetings together would make gaps of 7 days (late 10.5 days after the last meeting); the
		// meetings alone make 14 (late after 14 + 7 days).
		var events = new ArrayList<VitalityEvent>();
		long meeting = 0;
		for (double held = 60; held <= 158; held += 14) {
			meeting++;
			events.add(new VitalityEvent(day(held - 7), ActivityKind.MEETING_SCHEDULED, 1L, meeting));
			events.add(new VitalityEvent(day(held), ActivityKind.MEETING_HELD, 1L, meeting));
		}
		var facts = new GroupFacts(CREATED, Map.of(Indicator.MEETINGS, Duration.ofDays(30)), List.of(), false, events, Map.of(), null);
		assertThat(eval(facts, 170, Indicator.MEETINGS).state()).isEqualTo(VitalityState.UP);
		Evaluation late = eval(facts, 179.1, Indicator.MEETINGS);
		assertThat(late.state()).isEqualTo(VitalityState.LATE);
		assertThat(late.reason()).isEqualTo(Reason.GAP_UNUSUAL);
	}

	@Test
	void lowSeasonsCountForTheirWeight() {
		// A board update on day 180 (5 July 2025), 30 days declared. Summer (14 July to 1 September,
		// days 188.6 to 237.6) counts for 0.4: 8.6 + 19.6 days counted by September, the rhythm's 30 on
		// day 239.4, two dates and the grace (66) on day 275.4 — instead of day 210 and 246.
		var events = List.of(event(180, ActivityKind.PROJECT_UPDATED));
		var seasons = new GroupFacts(CREATED, DECLARED, List.of(), false, events, Map.of(), null, Seasons.defaults(java.time.ZoneOffset.UTC));
		assertThat(eval(seasons, 239.3, Indicator.BOARD).state()).isEqualTo(VitalityState.UP);
		assertThat(eval(seasons, 239.5, Indicator.BOARD).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(seasons, 275.3, Indicator.BOARD).state()).isEqualTo(VitalityState.DUE);
		Evaluation late = eval(seasons, 275.5, Indicator.BOARD);
		assertThat(late.state()).isEqualTo(VitalityState.LATE);
		assertThat(late.nudge()).as("a low season is no quiet period: nudges go").isTrue();
		assertThat(eval(facts(events), 246.5, Indicator.BOARD).state()).isEqualTo(VitalityState.LATE);
	}

	@Test
	void lowSeasonsAreReadAsDaysOfTheYearAcrossTheNewYear() {
		var yearEnd = Seasons.of(List.of(" 12-20/01-04 "), 0.5, java.time.ZoneOffset.UTC);
		assertThat(yearEnd.around(Instant.parse("2025-06-01T00:00:00Z").getEpochSecond()))
			.anySatisfy(span -> assertThat(span).containsExactly(Instant.parse("2024-12-20T00:00:00Z").getEpochSecond(),
					Instant.parse("2025-01-04T00:00:00Z").getEpochSecond()));
		assertThat(Seasons.of(List.of("07-14/09-01"), 1, java.time.ZoneOffset.UTC).around(0)).as("weight 1: no low season").isEmpty();
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> Seasons.of(List.of("13-40/01-01"), 0.4, java.time.ZoneOffset.UTC))
			.withMessageContaining("MM-dd/MM-dd");
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> Seasons.of(List.of(), 1.5, java.time.ZoneOffset.UTC))
			.withMessageContaining("between 0 and 1");
	}

	@Test
	void aMeetingHeldAndTheBoardUntouchedAWeekLaterIsAPrecursorWhereTheBoardUsuallyFollowsMeetings() {
		// Three meetings, each followed by a board update two days later; then a meeting on day 110.
		var events = new ArrayList<VitalityEvent>();
		for (double held : new double[] { 20, 50, 80 }) {
			events.add(event(held, ActivityKind.MEETING_HELD));
			events.add(event(held + 2, ActivityKind.PROJECT_UPDATED));
		}
		events.add(event(100, ActivityKind.PROJECT_UPDATED));
		events.add(event(110, ActivityKind.MEETING_HELD));
		assertThat(eval(facts(events), 116.9, Indicator.BOARD).state()).isEqualTo(VitalityState.UP);
		Evaluation untouched = eval(facts(events), 117.1, Indicator.BOARD);
		assertThat(untouched.state()).isEqualTo(VitalityState.DUE);
		assertThat(untouched.reason()).isEqualTo(Reason.BOARD_AFTER_MEETING);
		assertThat(untouched.nudge()).isTrue();
		events.add(event(118, ActivityKind.PROJECT_REVIEWED));
		assertThat(eval(facts(events), 119, Indicator.BOARD).state()).isEqualTo(VitalityState.UP);
		// A group that never kept a board is not told about it after each meeting, nor one whose board rarely follows them.
		var noBoard = facts(List.of(event(100, ActivityKind.MEETING_HELD)));
		assertThat(eval(noBoard, 108, Indicator.BOARD).reason()).isNotEqualTo(Reason.BOARD_AFTER_MEETING);
		var seldom = facts(List.of(event(20, ActivityKind.MEETING_HELD), event(50, ActivityKind.MEETING_HELD), event(80, ActivityKind.MEETING_HELD),
				event(100, ActivityKind.PROJECT_UPDATED), event(110, ActivityKind.MEETING_HELD)));
		assertThat(eval(seldom, 117.1, Indicator.BOARD).reason()).isNotEqualTo(Reason.BOARD_AFTER_MEETING);
		// Nor one whose board followed two meetings in three: the habit is every meeting.
		var mostly = new ArrayList<>(events.subList(0, events.size() - 1));
		mostly.remove(1);
		assertThat(eval(facts(mostly), 117.1, Indicator.BOARD).reason()).isNotEqualTo(Reason.BOARD_AFTER_MEETING);
	}

	@Test
	void aNewsDraftLeftUnpublishedForAWeekIsAPrecursorUntilItOrAnotherPostIsPublished() {
		var events = new ArrayList<>(List.of(event(100, ActivityKind.NEWS_PUBLISHED),
				new VitalityEvent(day(105), ActivityKind.NEWS_DRAFT_SAVED, 1L, 42L)));
		assertThat(eval(facts(events), 111.9, Indicator.NEWS).state()).isEqualTo(VitalityState.UP);
		Evaluation left = eval(facts(events), 112.1, Indicator.NEWS);
		assertThat(left.state()).isEqualTo(VitalityState.DUE);
		assertThat(left.reason()).isEqualTo(Reason.DRAFT_UNPUBLISHED);
		assertThat(left.nudge()).isTrue();
		events.add(new VitalityEvent(day(113), ActivityKind.NEWS_PUBLISHED, 1L, 42L));
		assertThat(eval(facts(events), 114, Indicator.NEWS).state()).isEqualTo(VitalityState.UP);
	}

	@Test
	void discussionSilenceIsJudgedOnTheGroupsOwnRate() {
		// A message a day for 26 weeks: the learned rate ≈ 1/day; P(0 in t) < 0.3 % after ≈ 5.9 days.
		var chatty = facts(every(1, 0, 200, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		assertThat(eval(chatty, 203, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.UP);
		assertThat(eval(chatty, 204, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(chatty, 205.5, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.DUE);
		Evaluation silent = eval(chatty, 206.5, Indicator.DISCUSSION);
		assertThat(silent.state()).isEqualTo(VitalityState.LATE);
		assertThat(silent.reason()).isEqualTo(Reason.SILENCE);
		assertThat(silent.nudge()).isTrue();
		// Two messages a week, the last on day 199.5: due after log(0.05) / log(P(a silent week) = e^-2)
		// ≈ 1.5 weeks, late after log(0.003) / -2 ≈ 2.9 weeks (day 219.4, the rate learned over 26 weeks).
		var calm = facts(every(3.5, 0, 200, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		assertThat(eval(calm, 209, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.UP);
		assertThat(eval(calm, 218.5, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.DUE);
		assertThat(eval(calm, 220.5, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.LATE);
	}

	@Test
	void weeksThatVaryBeyondChanceMakeALongerSilenceNormal() {
		// Seven messages every week: a Poisson rate of 1 a day, late after about 5.9 days of silence.
		var steady = facts(every(1, 0, 200, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		assertThat(eval(steady, 206.5, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.LATE);
		// The same volume, fourteen messages one week and none the next: a silent week is usual, the
		// weekly counts' variance (49) says k = 49 / (49 − 7) ≈ 1.2, late after about 2.5 weeks.
		var uneven = new ArrayList<VitalityEvent>();
		for (int week = 0; week < 28; week += 2) {
			uneven.addAll(every(0.5, 7 * week, 7 * week + 6.5, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		}
		double last = uneven.getLast().at().getEpochSecond() / 86_400.0 - CREATED.getEpochSecond() / 86_400.0;
		assertThat(eval(facts(uneven), last + 10, Indicator.DISCUSSION).state()).isNotEqualTo(VitalityState.LATE);
		assertThat(eval(facts(uneven), last + 30, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.LATE);
	}

	@Test
	void aDiscussionTooSparseForItsSilenceToTellIsNotJudgedByIt() {
		// A message every two weeks: a silence would be improbable only after months, and drifts and
		// seasons make months of silence likely — the silence is not judged, the reason says why.
		var sparse = facts(every(14, 0, 200, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		Evaluation months = eval(sparse, 380, Indicator.DISCUSSION);
		assertThat(months.state()).isEqualTo(VitalityState.UP);
		assertThat(months.reason()).isEqualTo(Reason.SPARSE);
		assertThat(months.expected()).isNull();
		// About one message a week is enough: late within the 8 weeks.
		var weekly = facts(every(7, 0, 200, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		assertThat(eval(weekly, 210, Indicator.DISCUSSION).reason()).isEqualTo(Reason.ON_RHYTHM);
		assertThat(eval(weekly, 255, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.LATE);
	}

	@Test
	void tooMuchOnlyWhenAboveTheBandAndOneAuthorOrThreadDominates() {
		var usual = every(1, 0, 199, ActivityKind.DISCUSSION_MESSAGE_POSTED);
		// 40 messages in a week from one author in one thread.
		var flood = new ArrayList<>(usual);
		for (int i = 0; i < 40; i++) {
			flood.add(new VitalityEvent(day(200 + i * 0.1), ActivityKind.DISCUSSION_MESSAGE_POSTED, 7L, 70L));
		}
		Evaluation tooMuch = eval(facts(flood), 204.5, Indicator.DISCUSSION);
		assertThat(tooMuch.state()).isEqualTo(VitalityState.DUE);
		assertThat(tooMuch.reason()).isEqualTo(Reason.TOO_MUCH);
		assertThat(tooMuch.nudge()).isTrue();
		// The same volume from 20 people in 10 threads: healthy growth.
		var growth = new ArrayList<>(usual);
		for (int i = 0; i < 40; i++) {
			growth.add(new VitalityEvent(day(200 + i * 0.1), ActivityKind.DISCUSSION_MESSAGE_POSTED, (long) (i % 20), (long) (i % 10)));
		}
		assertThat(eval(facts(growth), 204.5, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.UP);
		// One author, but within the band (7 a week usual, 20 this week ≤ max(3 × 7, 7 + 3√7, 20)).
		var within = new ArrayList<>(usual);
		for (int i = 0; i < 13; i++) {
			within.add(new VitalityEvent(day(200 + i * 0.1), ActivityKind.DISCUSSION_MESSAGE_POSTED, 7L, 70L));
		}
		assertThat(eval(facts(within), 200.5, Indicator.DISCUSSION).state()).isEqualTo(VitalityState.UP);
	}

	@Test
	void aDeclineOverWeeksIsReportedWithoutChangingTheState() {
		var events = new ArrayList<>(every(0.5, 100, 156, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		events.addAll(every(3, 157, 184, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		Evaluation declining = eval(facts(events), 184.5, Indicator.DISCUSSION);
		assertThat(declining.declining()).isTrue();
		assertThat(declining.state()).isEqualTo(VitalityState.UP);
		var steady = facts(every(0.5, 100, 184, ActivityKind.DISCUSSION_MESSAGE_POSTED));
		assertThat(eval(steady, 184.5, Indicator.DISCUSSION).declining()).isFalse();
	}
}
