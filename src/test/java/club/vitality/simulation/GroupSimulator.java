package club.vitality.simulation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.jspecify.annotations.Nullable;

import club.activity.ActivityKind;

/**
 * Draws one group: its facts, its healthy life, and (when asked) one fault. Every draw comes
 * from the group's own generator seeded by (world seed, group id), so groups can be drawn in
 * parallel and a group does not change when the group count does. The parameters are explained
 * in {@code package-info.java}.
 */
final class GroupSimulator {

	private static final List<ZoneId> ZONES = List.of(ZoneId.of("Europe/Paris"), ZoneId.of("Europe/Brussels"),
			ZoneId.of("Europe/Zurich"), ZoneId.of("America/Montreal"), ZoneId.of("Africa/Abidjan"), ZoneId.of("Africa/Dakar"),
			ZoneId.of("Africa/Casablanca"), ZoneId.of("Indian/Reunion"));
	private static final double[] ZONE_WEIGHTS = { 0.55, 0.08, 0.05, 0.08, 0.08, 0.06, 0.05, 0.05 };
	private static final List<Period> MEETING_RHYTHMS = List.of(Period.ofWeeks(1), Period.ofWeeks(2), Period.ofMonths(1),
			Period.ofMonths(2), Period.ofMonths(3));
	private static final double[] MEETING_RHYTHM_WEIGHTS = { 0.10, 0.20, 0.40, 0.18, 0.12 };
	private static final int[] NEWS_DAYS = { 14, 30, 30, 60, 90 };
	private static final int[] BOARD_DAYS = { 14, 30, 60, 90 };
	private static final int[] SHARED_SPACE_DAYS = { 30, 60, 90 };
	/** Monday to Sunday, mean 1. */
	private static final double[] WEEKDAY_WEIGHTS = { 1.1, 1.15, 1.15, 1.1, 1.0, 0.75, 0.75 };
	/** Messages per hour of the local day: evenings and lunch time, little at night. */
	private static final double[] HOUR_WEIGHTS = { 0.3, 0.15, 0.1, 0.05, 0.05, 0.1, 0.4, 1, 2, 3, 3, 3, 3.5, 3.5, 3, 3, 3, 3,
			3.5, 4, 4, 3.5, 2, 1 };
	private static final MonthDay SUMMER_FROM = MonthDay.of(Month.JULY, 14);
	private static final MonthDay SUMMER_UNTIL = MonthDay.of(Month.SEPTEMBER, 1);
	private static final MonthDay CHRISTMAS_FROM = MonthDay.of(Month.DECEMBER, 20);
	private static final MonthDay CHRISTMAS_UNTIL = MonthDay.of(Month.JANUARY, 4);
	/** Gamma shape of the weekly mixing: variance = mean + mean² / shape. */
	private static final double WEEKLY_GAMMA_SHAPE = 1.5;
	/** Mean weekly messages: 0.5 × 120^(U^2.6) for U uniform on [0, 1], so from 0.5 to 60, median 1.1. */
	private static final double MIN_RATE = 0.5;
	private static final double RATE_RANGE = 120;
	private static final double RATE_SKEW = 2.6;
	private static final Duration FIRST_MONTHS = Duration.ofDays(182);
	private static final Duration LAST_MONTHS = Duration.ofDays(92);

	private enum Ids {
		MEMBER, MEETING, POLL, POST, THREAD, PAGE, PROJECT, RESOURCE
	}

	private final SimulationSettings settings;
	private final long groupId;
	private final UniformRandomProvider rng;
	/** Drafts draw from their own stream, so that adding them left every other event of a seed as it was. */
	private final UniformRandomProvider drafts;
	private final ContinuousSampler gaussian;
	private final long[] counters = new long[Ids.values().length];
	private final Instant start;
	private final Instant end;

	private ZoneId zone;
	private Instant active;
	private Map<Indicator, List<RhythmChange>> rhythms;
	private List<Interval> quiet;
	private List<Interval> pauses;
	private List<Long> members;
	private int projects;
	private LocalTime meetingTime;
	private DiscreteSampler authors;

	GroupSimulator(SimulationSettings settings, long groupId) {
		this.settings = settings;
		this.groupId = groupId;
		// One long seed, which commons-rng spreads over the generator's state with SplitMix64 (a raw
		// state array of small numbers would start with a run of tiny draws).
		this.rng = RandomSource.XO_RO_SHI_RO_128_PP.create(settings.seed() * 0x9E3779B97F4A7C15L + groupId);
		this.drafts = RandomSource.XO_RO_SHI_RO_128_PP.create(~(settings.seed() * 0x9E3779B97F4A7C15L + groupId));
		this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
		this.start = settings.start();
		this.end = settings.end();
	}

	/** A date the rhythm expects an activity on, and the rhythm's period then. */
	private record Due(LocalDate date, double periodDays) {
	}

	/** One expected activity of a declared rhythm and the events it produced. */
	private record Occurrence(Instant expected, List<SimulatedEvent> events, List<SimulatedEvent> followUps) {

		Instant firstAt() {
			return events.isEmpty() ? expected : events.getFirst().at();
		}
	}

	GroupSimulation simulate(boolean faulty) {
		GroupFacts facts = drawFacts();
		var scheduled = new EnumMap<Indicator, List<Occurrence>>(Indicator.class);
		scheduled.put(Indicator.MEETINGS, occurrences(Indicator.MEETINGS, 0.03, 0.5, this::meeting));
		for (Indicator indicator : List.of(Indicator.NEWS, Indicator.TRACKING_BOARD, Indicator.SHARED_SPACE)) {
			if (rhythms.containsKey(indicator)) {
				scheduled.put(indicator, occurrences(indicator, indicator == Indicator.NEWS ? 0.1 : 0.12, 0.6, switch (indicator) {
					case NEWS -> this::news;
					case TRACKING_BOARD -> this::boardUpdate;
					default -> this::wikiEdits;
				}));
			}
		}
		InjectedFault fault = faulty ? drawFault(facts, scheduled) : null;

		List<SimulatedEvent> events = new ArrayList<>();
		scheduled.forEach((indicator, occurrences) -> emit(indicator, occurrences, fault, events));
		events.addAll(sporadicWikiEdits(fault));
		events.addAll(discussion(facts, fault));
		events.addAll(memberMoves());
		events.removeIf(event -> event.at().isBefore(active) || !event.at().isBefore(end));
		events.sort(Comparator.comparing(SimulatedEvent::at));
		return new GroupSimulation(facts, List.copyOf(events), fault);
	}

	// --- facts

	private GroupFacts drawFacts() {
		zone = ZONES.get(pick(ZONE_WEIGHTS));
		Instant createdAt = rng.nextDouble() < 0.25 ? between(start, end.minus(Duration.ofDays(450)))
				: start.minus(Duration.ofDays(rng.nextLong(30, 6 * 365)));
		active = createdAt.isAfter(start) ? createdAt : start;
		meetingTime = LocalTime.of(rng.nextInt(12, 21), rng.nextBoolean() ? 0 : 30);

		rhythms = new EnumMap<>(Indicator.class);
		int meetingRhythm = pick(MEETING_RHYTHM_WEIGHTS);
		var meetings = new ArrayList<RhythmChange>();
		meetings.add(new RhythmChange(createdAt, MEETING_RHYTHMS.get(meetingRhythm)));
		if (rng.nextDouble() < 0.2) {
			int next = meetingRhythm == 0 ? 1 : meetingRhythm == MEETING_RHYTHMS.size() - 1 ? meetingRhythm - 1
					: meetingRhythm + (rng.nextBoolean() ? 1 : -1);
			meetings.add(new RhythmChange(dayStart(local(between(active.plus(Duration.ofDays(90)), end.minus(LAST_MONTHS)))),
					MEETING_RHYTHMS.get(next)));
		}
		rhythms.put(Indicator.MEETINGS, List.copyOf(meetings));
		declareDays(Indicator.NEWS, 0.55, NEWS_DAYS, createdAt);
		declareDays(Indicator.TRACKING_BOARD, 0.5, BOARD_DAYS, createdAt);
		declareDays(Indicator.SHARED_SPACE, 0.4, SHARED_SPACE_DAYS, createdAt);

		boolean summerBreak = rng.nextDouble() < 0.4;
		boolean christmasBreak = rng.nextDouble() < 0.5;
		quiet = new ArrayList<>();
		for (int year = local(start).getYear() - 1; year <= local(end).getYear(); year++) {
			if (summerBreak) {
				quiet.add(new Interval(dayStart(SUMMER_FROM.atYear(year)), dayStart(SUMMER_UNTIL.atYear(year))));
			}
			if (christmasBreak) {
				quiet.add(new Interval(dayStart(CHRISTMAS_FROM.atYear(year)), dayStart(CHRISTMAS_UNTIL.atYear(year + 1))));
			}
		}
		pauses = new ArrayList<>();
		if (rng.nextDouble() < 0.1) {
			LocalDate from = local(between(active.plus(Duration.ofDays(60)), end.minus(Duration.ofDays(120))));
			pauses.add(new Interval(dayStart(from), dayStart(from.plusWeeks(rng.nextInt(3, 11)))));
		}

		int size = (int) Math.clamp(Math.round(20 * Math.exp(0.8 * gaussian.sample())), 3, 300);
		members = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			members.add(nextId(Ids.MEMBER));
		}
		authors = RejectionInversionZipfSampler.of(rng, size, 1.2);
		projects = rng.nextInt(1, 6);
		// Between 0.5 and 60 a week, skewed to the quiet end: most groups talk little, a few a lot.
		double messagesPerWeek = settings.scale() * MIN_RATE * Math.pow(RATE_RANGE, Math.pow(rng.nextDouble(), RATE_SKEW));
		return new GroupFacts(groupId, createdAt, zone, Map.copyOf(rhythms), List.copyOf(quiet), List.copyOf(pauses), size,
				messagesPerWeek);
	}

	private void declareDays(Indicator indicator, double probability, int[] days, Instant from) {
		if (rng.nextDouble() < probability) {
			rhythms.put(indicator, List.of(new RhythmChange(from, Period.ofDays(days[rng.nextInt(days.length)]))));
		}
	}

	// --- scheduled activities

	/**
	 * The expected dates of a declared rhythm over the window, each turned into events: a date in
	 * a declared quiet period or pause is not expected; one in a seasonal trough the group did not
	 * declare is skipped with {@code troughSkip}, any other with {@code skip} (ordinary irregularity).
	 */
	private List<Occurrence> occurrences(Indicator indicator, double skip, double troughSkip,
			Function<Due, Occurrence> draw) {
		List<RhythmChange> changes = rhythms.get(indicator);
		var occurrences = new ArrayList<Occurrence>();
		LocalDate date = local(active).plusDays(rng.nextLong(0, (long) changes.getFirst().approximateDays() + 1));
		while (date.isBefore(local(end))) {
			Instant day = dayStart(date);
			RhythmChange rhythm = currentRhythm(changes, day);
			boolean off = quiet.stream().anyMatch(q -> q.contains(day)) || pauses.stream().anyMatch(p -> p.contains(day));
			if (!off && rng.nextDouble() >= (inTrough(date) ? troughSkip : skip)) {
				occurrences.add(draw.apply(new Due(date, rhythm.approximateDays())));
			}
			date = date.plus(rhythm.every());
		}
		return occurrences;
	}

	private static RhythmChange currentRhythm(List<RhythmChange> changes, Instant at) {
		RhythmChange current = changes.getFirst();
		for (RhythmChange change : changes) {
			if (!change.from().isAfter(at)) {
				current = change;
			}
		}
		return current;
	}

	/**
	 * A meeting around its expected date: most announced 1 to 3 weeks ahead (a quarter of those
	 * through a date poll, which now and then first closes without a date), a few cancelled
	 * (then rescheduled a week later or skipped), held, often followed by a board update.
	 */
	private Occurrence meeting(Due due) {
		double periodDays = due.periodDays();
		Instant expected = at(due.date(), meetingTime.getHour(), meetingTime.getMinute());
		Instant held = expected.plus(Duration.ofDays(jitterDays(periodDays)));
		long organizer = author();
		long meeting = nextId(Ids.MEETING);
		var events = new ArrayList<SimulatedEvent>();
		var followUps = new ArrayList<SimulatedEvent>();
		boolean announced = rng.nextDouble() < 0.85;
		if (announced) {
			long lead = Math.max(2, Math.min(rng.nextLong(7, 22), (long) periodDays - 2));
			Instant scheduled = held.minus(Duration.ofDays(lead)).minus(Duration.ofMinutes(rng.nextLong(60, 600)));
			if (rng.nextDouble() < 0.25) {
				long pollDays = Math.min(rng.nextLong(4, 11), Math.max(2, (long) periodDays / 3));
				Instant closed = scheduled.minus(Duration.ofMinutes(5));
				Instant opened = closed.minus(Duration.ofDays(pollDays));
				if (rng.nextDouble() < 0.08) {
					// A first poll found no date; a second one, a day later, did.
					long firstPoll = nextId(Ids.POLL);
					Instant firstClosed = opened.minus(Duration.ofDays(1));
					events.add(event(ActivityKind.POLL_OPENED, organizer, firstPoll, firstClosed.minus(Duration.ofDays(pollDays))));
					events.add(event(ActivityKind.POLL_CLOSED_WITHOUT_DATE, organizer, firstPoll, firstClosed));
				}
				long poll = nextId(Ids.POLL);
				events.add(event(ActivityKind.POLL_OPENED, organizer, poll, opened));
				events.add(event(ActivityKind.POLL_CLOSED_WITH_DATE, organizer, poll, closed));
			}
			events.add(event(ActivityKind.MEETING_SCHEDULED, organizer, meeting, scheduled));
			if (rng.nextDouble() < 0.05) {
				Instant cancelled = held.minus(Duration.ofHours(rng.nextLong(24, 120)));
				events.add(event(ActivityKind.MEETING_CANCELLED, organizer, meeting, cancelled));
				if (!rng.nextBoolean()) {
					return new Occurrence(expected, events, followUps);
				}
				meeting = nextId(Ids.MEETING);
				held = held.plus(Duration.ofDays(7));
				events.add(event(ActivityKind.MEETING_SCHEDULED, organizer, meeting, cancelled.plus(Duration.ofHours(1))));
			}
		}
		events.add(event(ActivityKind.MEETING_HELD, organizer, meeting, held.plus(Duration.ofHours(2))));
		if (rng.nextDouble() < 0.4) {
			followUps.add(event(ActivityKind.PROJECT_UPDATED, author(), project(),
					held.plus(Duration.ofMinutes(rng.nextLong(12 * 60, 72 * 60)))));
		}
		return new Occurrence(expected, events, followUps);
	}

	private Occurrence news(Due due) {
		Instant expected = at(due.date(), 10, 0);
		Instant published = expected.plus(Duration.ofDays(jitterDays(due.periodDays())))
			.plus(Duration.ofMinutes(rng.nextLong(-90, 9 * 60)));
		long author = coreMember();
		long post = nextId(Ids.POST);
		var events = new ArrayList<SimulatedEvent>();
		// A third of the posts are first kept as a draft, one to five days before they are published.
		if (drafts.nextDouble() < 1.0 / 3) {
			events.add(event(ActivityKind.NEWS_DRAFT_SAVED, author, post, published.minus(Duration.ofHours(drafts.nextLong(24, 120)))));
		}
		events.add(event(ActivityKind.NEWS_PUBLISHED, author, post, published));
		return new Occurrence(expected, events, List.of());
	}

	private Occurrence boardUpdate(Due due) {
		Instant expected = at(due.date(), 14, 0);
		double draw = rng.nextDouble();
		ActivityKind kind = draw < 0.7 ? ActivityKind.PROJECT_UPDATED
				: draw < 0.9 ? ActivityKind.PROJECT_REVIEWED : ActivityKind.PROJECT_STATE_CHANGED;
		Instant at = expected.plus(Duration.ofDays(jitterDays(due.periodDays())))
			.plus(Duration.ofMinutes(rng.nextLong(-5 * 60, 6 * 60)));
		return new Occurrence(expected, List.of(event(kind, coreMember(), project(), at)), List.of());
	}

	private Occurrence wikiEdits(Due due) {
		Instant expected = at(due.date(), 15, 0);
		Instant first = expected.plus(Duration.ofDays(jitterDays(due.periodDays())))
			.plus(Duration.ofMinutes(rng.nextLong(-6 * 60, 6 * 60)));
		return new Occurrence(expected, wikiBurst(first), List.of());
	}

	/** One to four edits of a page within a few hours (an existing page, or a new one), and now and then a resource added. */
	private List<SimulatedEvent> wikiBurst(Instant first) {
		long page = counters[Ids.PAGE.ordinal()] == 0 || rng.nextDouble() < 0.3 ? nextId(Ids.PAGE)
				: idBase(Ids.PAGE) + rng.nextLong(1, counters[Ids.PAGE.ordinal()] + 1);
		long editor = coreMember();
		var edits = new ArrayList<SimulatedEvent>();
		Instant at = first;
		for (int i = rng.nextInt(1, 5); i > 0; i--) {
			edits.add(event(ActivityKind.WIKI_PAGE_EDITED, editor, page, at));
			at = at.plus(Duration.ofMinutes(rng.nextLong(2, 90)));
		}
		if (rng.nextDouble() < 0.25) {
			edits.add(event(ActivityKind.RESOURCE_ADDED, editor, nextId(Ids.RESOURCE), at));
		}
		return edits;
	}

	/** Edits outside any declared rhythm: one burst every 45 days on average, in every group. */
	private List<SimulatedEvent> sporadicWikiEdits(@Nullable InjectedFault fault) {
		var edits = new ArrayList<SimulatedEvent>();
		Instant at = active;
		while (true) {
			at = at.plus(Duration.ofMinutes((long) (-Math.log(1 - rng.nextDouble()) * 45 * 24 * 60)));
			if (!at.isBefore(end)) {
				return edits;
			}
			boolean frozen = fault != null && fault.indicator() == Indicator.SHARED_SPACE && !at.isBefore(fault.startsAt());
			if (!frozen && !declaredOff(at) && rng.nextDouble() >= (inTrough(local(at)) ? 0.6 : 0)) {
				edits.addAll(wikiBurst(at));
			}
		}
	}

	/**
	 * A stop keeps the occurrences before the first one expected after the fault's start (and,
	 * for a meeting stop after a poll, replaces that one with a poll closed without a date); a
	 * stopped tracking board also loses the updates that used to follow meetings.
	 */
	private void emit(Indicator indicator, List<Occurrence> occurrences, @Nullable InjectedFault fault,
			List<SimulatedEvent> events) {
		boolean stopped = fault != null && fault.indicator() == indicator;
		for (Occurrence occurrence : occurrences) {
			if (stopped && !occurrence.expected().isBefore(fault.missedDate())) {
				if (occurrence.expected().equals(fault.missedDate()) && fault.afterPollWithoutDate()) {
					long poll = nextId(Ids.POLL);
					events.add(event(ActivityKind.POLL_OPENED, coreMember(), poll, fault.startsAt()));
					events.add(event(ActivityKind.POLL_CLOSED_WITHOUT_DATE, coreMember(), poll,
							pollClosedWithoutDate(fault.startsAt(), occurrence.expected())));
				}
				continue;
			}
			events.addAll(occurrence.events());
			for (SimulatedEvent followUp : occurrence.followUps()) {
				boolean boardStopped = fault != null && fault.indicator() == Indicator.TRACKING_BOARD
						&& !followUp.at().isBefore(fault.startsAt());
				if (!boardStopped) {
					events.add(followUp);
				}
			}
		}
	}

	private static Instant pollClosedWithoutDate(Instant opened, Instant expected) {
		return opened.plus(Duration.between(opened, expected).dividedBy(2));
	}

	// --- faults

	/**
	 * One fault of a type the group allows: a silence only where the group writes at least 2
	 * messages a week, a halving at least 4 (below, they could not be told from chance), a freeze
	 * where the shared space has a declared rhythm. Types are drawn with weights 40 / 15 / 15 /
	 * 15 / 15 divided by the share of groups that allow them, so that each ends up near its weight.
	 */
	private @Nullable InjectedFault drawFault(GroupFacts facts, Map<Indicator, List<Occurrence>> scheduled) {
		double rate = facts.messagesPerWeek();
		double[] weights = { 0.4, rate >= 2 ? 0.15 / shareAbove(2) : 0, rate >= 4 ? 0.15 / shareAbove(4) : 0, 0.15,
				scheduled.containsKey(Indicator.SHARED_SPACE) ? 0.15 / 0.4 : 0 };
		FaultType[] types = FaultType.values();
		for (int attempt = 0; attempt < types.length; attempt++) {
			int index = pick(weights);
			InjectedFault fault = switch (types[index]) {
				case SCHEDULED_STOP -> scheduledStop(scheduled);
				case DISCUSSION_SILENCE -> rate >= 2 ? discussionFault(FaultType.DISCUSSION_SILENCE) : null;
				case DISCUSSION_HALVING -> rate >= 4 ? discussionFault(FaultType.DISCUSSION_HALVING) : null;
				case FLAME_BURST -> discussionFault(FaultType.FLAME_BURST);
				case SHARED_SPACE_FREEZE -> stop(FaultType.SHARED_SPACE_FREEZE, Indicator.SHARED_SPACE,
						scheduled.get(Indicator.SHARED_SPACE), false);
			};
			if (fault != null) {
				return fault;
			}
			weights[index] = 0;
		}
		return null;
	}

	/** The share of groups writing at least that many messages a week: P(0.5 × scale × 120^(U^2.6) ≥ rate). */
	private double shareAbove(double rate) {
		double exponent = Math.log(rate / (MIN_RATE * settings.scale())) / Math.log(RATE_RANGE);
		return Math.clamp(1 - Math.pow(Math.clamp(exponent, 0, 1), 1 / RATE_SKEW), 0.05, 1);
	}

	/**
	 * Half of the stops follow a date poll closed without a date (the world: meetings,
	 * then); the others stop the news or the board (half each) where the group declared them, its
	 * meetings otherwise — so that meetings, news and board keep about 74, 14 and 12 %.
	 */
	private @Nullable InjectedFault scheduledStop(Map<Indicator, List<Occurrence>> scheduled) {
		if (rng.nextBoolean()) {
			return stop(FaultType.SCHEDULED_STOP, Indicator.MEETINGS, scheduled.get(Indicator.MEETINGS), true);
		}
		Indicator indicator = rng.nextBoolean() ? Indicator.NEWS : Indicator.TRACKING_BOARD;
		if (!scheduled.containsKey(indicator)) {
			indicator = Indicator.MEETINGS;
		}
		return stop(FaultType.SCHEDULED_STOP, indicator, scheduled.get(indicator), false);
	}

	/** The activity stops from an occurrence expected between 6 months after the start and 3 months before the end. */
	private @Nullable InjectedFault stop(FaultType type, Indicator indicator, @Nullable List<Occurrence> occurrences,
			boolean afterPoll) {
		if (occurrences == null) {
			return null;
		}
		Instant earliest = active.plus(FIRST_MONTHS);
		Instant latest = end.minus(LAST_MONTHS);
		if (!earliest.isBefore(latest)) {
			return null;
		}
		Instant chosen = between(earliest, latest);
		for (int i = 1; i < occurrences.size(); i++) {
			Occurrence occurrence = occurrences.get(i);
			// When the group would have begun on it (its poll, its announcement, or the day itself); a poll
			// without a date opens then, or two weeks ahead when it would not have announced anything.
			Instant begun = earlier(occurrence.firstAt(), occurrence.expected());
			Instant startsAt = afterPoll ? earlier(begun, pollOpenedBefore(occurrence.expected())) : begun;
			if (occurrence.expected().isBefore(chosen) || startsAt.isBefore(earliest)) {
				continue;
			}
			if (startsAt.isAfter(latest)) {
				return null;
			}
			return new InjectedFault(groupId, type, indicator, startsAt, occurrence.expected(), afterPoll);
		}
		return null;
	}

	/** The last poll opens about two weeks before the expected meeting (less for weekly ones). */
	private Instant pollOpenedBefore(Instant expected) {
		long periodDays = (long) currentRhythm(rhythms.get(Indicator.MEETINGS), expected).approximateDays();
		return expected.minus(Duration.ofDays(Math.clamp(periodDays - 1, 3, 14)));
	}

	/** A discussion fault starting on an ordinary day: not in a declared break, a pause or a seasonal trough. */
	private @Nullable InjectedFault discussionFault(FaultType type) {
		Instant earliest = active.plus(FIRST_MONTHS);
		Instant latest = end.minus(LAST_MONTHS);
		if (!earliest.isBefore(latest)) {
			return null;
		}
		for (int attempt = 0; attempt < 50; attempt++) {
			Instant at = between(earliest, latest);
			if (!declaredOff(at) && !inTrough(local(at)) && !declaredOff(at.plus(Duration.ofDays(14)))) {
				return new InjectedFault(groupId, type, Indicator.DISCUSSION, at, at, false);
			}
		}
		return null;
	}

	// --- discussion

	/**
	 * Messages day by day: a Poisson count whose mean is the group's weekly rate spread over the
	 * week days, times a gamma factor drawn once a week (overdispersion), a slow monthly drift,
	 * the seasonal troughs, the pause, and a ramp over the first 8 weeks of a new group. A silence
	 * drops every message after its start; a halving keeps each with probability ½ (thinning a
	 * Poisson process halves its rate).
	 */
	private List<SimulatedEvent> discussion(GroupFacts facts, @Nullable InjectedFault fault) {
		var messages = new ArrayList<SimulatedEvent>();
		var threads = new ArrayList<Long>();
		LocalDate day = local(active);
		LocalDate last = local(end);
		LocalDate born = local(facts.createdAt());
		ContinuousSampler weekly = AhrensDieterMarsagliaTsangGammaSampler.of(rng, WEEKLY_GAMMA_SHAPE, 1 / WEEKLY_GAMMA_SHAPE);
		double weekFactor = weekly.sample();
		double drift = 0;
		while (day.isBefore(last)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weekFactor = weekly.sample();
			}
			if (day.getDayOfMonth() == 1) {
				drift = 0.7 * drift + 0.25 * gaussian.sample();
			}
			double ramp = Math.min(1, 0.3 + 0.7 * ChronoUnit.DAYS.between(born, day) / 56.0);
			double mean = facts.messagesPerWeek() / 7 * WEEKDAY_WEIGHTS[day.getDayOfWeek().ordinal()] * season(day)
					* weekFactor * Math.exp(drift) * ramp;
			int count = mean > 0 ? PoissonSampler.of(rng, mean).sample() : 0;
			for (int i = 0; i < count; i++) {
				Instant at = at(day, pick(HOUR_WEIGHTS), rng.nextInt(60)).plusSeconds(rng.nextInt(60));
				SimulatedEvent message = message(author(), thread(threads), at);
				if (fault == null || fault.indicator() != Indicator.DISCUSSION || at.isBefore(fault.startsAt())
						|| fault.type() == FaultType.FLAME_BURST
						|| fault.type() == FaultType.DISCUSSION_HALVING && rng.nextBoolean()) {
					messages.add(message);
				}
			}
			day = day.plusDays(1);
		}
		if (fault != null && fault.type() == FaultType.FLAME_BURST) {
			messages.addAll(flame(facts, fault.startsAt(), threads));
		}
		return messages;
	}

	/**
	 * Many messages over 2 to 5 days, day and night: either one author writes 60 to 80 % of
	 * them across threads, or one new thread takes 85 % of them between a handful of authors.
	 */
	private List<SimulatedEvent> flame(GroupFacts facts, Instant from, List<Long> threads) {
		int count = (int) Math.clamp(Math.round(6 * facts.messagesPerWeek() + 40), 40, 500);
		long minutes = Duration.ofDays(rng.nextLong(2, 6)).toMinutes();
		boolean oneAuthor = rng.nextBoolean();
		long heated = members.get(rng.nextInt(members.size()));
		double share = oneAuthor ? 0.6 + 0.2 * rng.nextDouble() : 0.85;
		long thread = nextId(Ids.THREAD);
		threads.add(thread);
		List<Long> fighters = members.subList(0, Math.min(members.size(), rng.nextInt(3, 7)));
		var burst = new ArrayList<SimulatedEvent>();
		for (int i = 0; i < count; i++) {
			Instant at = from.plus(Duration.ofMinutes(rng.nextLong(minutes)));
			boolean dominant = rng.nextDouble() < share;
			if (oneAuthor) {
				burst.add(message(dominant ? heated : author(), thread(threads), at));
			}
			else {
				burst.add(message(fighters.get(rng.nextInt(fighters.size())), dominant ? thread : thread(threads), at));
			}
		}
		return burst;
	}

	private SimulatedEvent message(long author, long thread, Instant at) {
		return event(ActivityKind.DISCUSSION_MESSAGE_POSTED, author, thread, at);
	}

	/** A new thread one time in eight, otherwise a reply to a recent one (the latest most likely). */
	private long thread(List<Long> threads) {
		if (threads.isEmpty() || rng.nextDouble() < 0.125) {
			threads.add(nextId(Ids.THREAD));
			return threads.getLast();
		}
		int back = 0;
		while (back < Math.min(threads.size(), 8) - 1 && rng.nextBoolean()) {
			back++;
		}
		return threads.get(threads.size() - 1 - back);
	}

	/** Seasonal troughs hit every group; a declared break or a pause deepens them. */
	private double season(LocalDate day) {
		Instant at = dayStart(day).plus(Duration.ofHours(12));
		if (pauses.stream().anyMatch(pause -> pause.contains(at))) {
			return 0.05;
		}
		if (!inTrough(day)) {
			return 1;
		}
		return quiet.stream().anyMatch(q -> q.contains(at)) ? 0.1 : 0.3;
	}

	// --- members

	/**
	 * The founders of a new group join over its first 8 weeks; then, over the window, newcomers
	 * join at 30 % of the group's size a year and 20 % leave (times the scale), as Poisson processes.
	 */
	private List<SimulatedEvent> memberMoves() {
		var moves = new ArrayList<SimulatedEvent>();
		if (!active.equals(start)) {
			for (long member : members) {
				Instant at = active.plus(Duration.ofMinutes(rng.nextLong(56 * 24 * 60)));
				moves.add(event(ActivityKind.MEMBER_JOINED, member, member, at));
			}
		}
		double years = Duration.between(active, end).toDays() / 365.25;
		int size = members.size();
		int joins = PoissonSampler.of(rng, settings.scale() * 0.3 * size * years).sample();
		int leaves = PoissonSampler.of(rng, settings.scale() * 0.2 * size * years).sample();
		for (int i = 0; i < joins; i++) {
			long member = nextId(Ids.MEMBER);
			moves.add(event(ActivityKind.MEMBER_JOINED, member, member, between(active, end)));
		}
		var left = new java.util.HashSet<Long>();
		for (int i = 0; i < leaves; i++) {
			// Those who leave come from the quiet tail of the founding members (beyond the ten most active).
			long member = members.get(rng.nextInt(Math.min(10, size - 1), size));
			if (left.add(member)) {
				moves.add(event(ActivityKind.MEMBER_LEFT, member, member, between(active, end)));
			}
		}
		return moves;
	}

	// --- helpers

	/** Authors follow a Zipf law over the members: a few write most messages. */
	private long author() {
		return members.get(authors.sample() - 1);
	}

	private long coreMember() {
		return members.get(rng.nextInt(Math.min(3, members.size())));
	}

	private long project() {
		return idBase(Ids.PROJECT) + rng.nextLong(1, projects + 1);
	}

	/** Whole days around the expected date, a few at most: ± 2.5 standard deviations of period / 10 (½ to 2½ days). */
	private long jitterDays(double periodDays) {
		double sd = Math.clamp(periodDays / 10, 0.5, 2.5);
		return Math.round(Math.clamp(gaussian.sample(), -2.5, 2.5) * sd);
	}

	private SimulatedEvent event(ActivityKind kind, long actor, long subject, Instant at) {
		return new SimulatedEvent(groupId, kind, actor, subject, at);
	}

	private long nextId(Ids kind) {
		return idBase(kind) + ++counters[kind.ordinal()];
	}

	/** Ids unique across groups and kinds: 10 million per group, 1 million per kind. */
	private long idBase(Ids kind) {
		return groupId * 10_000_000L + kind.ordinal() * 1_000_000L;
	}

	private boolean declaredOff(Instant at) {
		return quiet.stream().anyMatch(q -> q.contains(at)) || pauses.stream().anyMatch(p -> p.contains(at));
	}

	/** Mid-July to the end of August, and Christmas to New Year, in the group's calendar. */
	private static boolean inTrough(LocalDate date) {
		MonthDay day = MonthDay.from(date);
		return !day.isBefore(SUMMER_FROM) && day.isBefore(SUMMER_UNTIL) || !day.isBefore(CHRISTMAS_FROM)
				|| day.isBefore(CHRISTMAS_UNTIL);
	}

	private int pick(double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double draw = rng.nextDouble() * total;
		for (int i = 0; i < weights.length; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static Instant earlier(Instant one, Instant other) {
		return one.isBefore(other) ? one : other;
	}

	private Instant between(Instant from, Instant until) {
		return from.plusSeconds(rng.nextLong(Math.max(1, Duration.between(from, until).toSeconds())));
	}

	private LocalDate local(Instant at) {
		return LocalDate.ofInstant(at, zone);
	}

	private Instant dayStart(LocalDate date) {
		return date.atStartOfDay(zone).toInstant();
	}

	private Instant at(LocalDate date, int hour, int minute) {
		return LocalDateTime.of(date, java.time.LocalTime.of(hour, minute)).atZone(zone).toInstant();
	}
}
