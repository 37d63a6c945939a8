package club.vitality;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;

import club.activity.ActivityKind;

/**
 * The indicators of one group at one instant, from its facts alone: no database, no clock, no
 * Spring, so that the full recomputation of every group, the update of one group when an event
 * arrives and the benchmark's replay all run the same code. The formulas and their defaults are
 * documented in docs/vitality.md.
 */
public final class VitalityEngine {

	/** No data-driven judgement in a group's first 8 weeks. */
	public static final Duration YOUNG = Duration.ofDays(56);
	/**
	 * The grace after a declared rhythm: a fifth of the period, 3 days at least and 7 at most. Dates
	 * move by a few days around a rhythm (a tenth of the period raised a false alarm at one cycle
	 * in five in the benchmark); 7 days keep the delay after a missed date within a week.
	 */
	static final Duration MIN_GRACE = Duration.ofDays(3);
	static final Duration MAX_GRACE = Duration.ofDays(7);
	/** News, the board and the shared space are late when this many dates have passed (one skipped is tolerated). */
	static final int SKIPPED_DATES = 2;
	/** Events closer than this make one activity for the gap rule (a burst of edits is one update). */
	static final long BURST_SECONDS = Duration.ofDays(1).toSeconds();
	/** The gap rule needs this many activities, and reads at most the last {@link #GAP_WINDOW}. */
	static final int GAP_MIN_POINTS = 8;
	static final int GAP_WINDOW = 13;
	/** The gap rule never calls late a silence shorter than a week. */
	static final long GAP_FLOOR_SECONDS = Duration.ofDays(7).toSeconds();
	/**
	 * An activity is followed by its gaps only when they are regular: their MAD at most a fifth of
	 * their median. Sporadic activity, with exponential gaps, has about 0.7, but over a dozen gaps
	 * now and then looks regular by chance: a third raised a false alarm a group every other year
	 * in the benchmark; a rhythm kept with a day or two of jitter has a tenth.
	 */
	static final int REGULAR_MAD_SHARE = 5;
	/** A news draft left unpublished this long. */
	static final Duration DRAFT_LEFT = Duration.ofDays(7);
	/** A meeting held and the board (which the group keeps) untouched this long after it. */
	static final Duration BOARD_AFTER_MEETING = Duration.ofDays(7);
	/** A meeting due within this (or a quarter of the rhythm) and nothing scheduled: the precursor is raised. */
	static final Duration MEETING_LEAD = Duration.ofDays(2);
	/** The meetings whose follow-up on the board tells the group's habit. */
	static final int BOARD_HABIT_MEETINGS = 6;

	/** Discussion: the Gamma prior on a group's daily message rate (mean 2 messages a week, worth one week of data). */
	static final double PRIOR_SHAPE = 2;
	static final double PRIOR_DAYS = 7;
	/** Discussion: the rate is learned over the last 26 weeks. */
	static final Duration HISTORY = Duration.ofDays(182);
	/**
	 * Discussion: silence is due under 5 % probability, late under 0.3 % — checked every hour, 1 %
	 * raised too many false alarms in the benchmark.
	 */
	static final double ALPHA_DUE = 0.05;
	static final double ALPHA_LATE = 0.003;
	/**
	 * Discussion: a silence is judged only where it could be called improbable within 8 weeks (about
	 * one message a week at least): over longer windows, a sparse discussion's slow drifts and
	 * seasons make any silence likely, and 8 weeks is already long to learn that a discussion died.
	 */
	static final Duration LONGEST_SILENCE = Duration.ofDays(56);
	/** Discussion: the weeks needed before their variation counts. */
	static final int MIN_WEEKS_FOR_DISPERSION = 8;
	/** Discussion: too much is judged over a week, above max(3μ, μ + 3√μ, 20) messages. */
	static final Duration BURST_WINDOW = Duration.ofDays(7);
	static final int TOO_MUCH_MIN = 20;
	static final double AUTHOR_DOMINANCE = 0.5;
	static final double THREAD_DOMINANCE = 0.6;
	/** Discussion: decline compares the last 4 weeks with the 8 before. */
	static final int DECLINE_RECENT_WEEKS = 4;
	static final int DECLINE_BEFORE_WEEKS = 8;

	private static final double DAY = 86_400;

	private VitalityEngine() {
	}

	/** The five indicators of the group described by these facts, at that instant. */
	public static Map<Indicator, Evaluation> evaluate(GroupFacts facts, Instant now) {
		var group = new Group(facts, now);
		Map<Indicator, Evaluation> result = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			Raw raw = indicator.scheduled() ? group.scheduled(indicator) : group.discussion();
			result.put(indicator, group.overlay(indicator, raw));
		}
		return result;
	}

	/** What the activity alone says, before answers and nudges. */
	private record Raw(VitalityState state, Reason reason, @Nullable Instant last, @Nullable Instant expected, boolean precursor,
			boolean declining) {
	}

	/**
	 * One evaluation's working data: the events per indicator as epoch seconds, the quiet periods
	 * (no nudge then), and the time that counts less (quiet periods and low seasons).
	 */
	private static final class Group {

		final GroupFacts facts;
		final long now;
		final long created;
		final boolean young;
		final long[][] quiet;
		final long[][] slow;
		long @Nullable [] meetingsHeld;
		final Map<Indicator, long[]> times = new EnumMap<>(Indicator.class);
		final Map<Indicator, Integer> counts = new EnumMap<>(Indicator.class);

		Group(GroupFacts facts, Instant now) {
			this.facts = facts;
			this.now = now.getEpochSecond();
			this.created = facts.createdAt().getEpochSecond();
			this.young = this.now - created < YOUNG.toSeconds();
			this.quiet = facts.quietPeriods().stream()
				.map(period -> new long[] { period.start().getEpochSecond(), period.end().getEpochSecond() })
				.sorted((a, b) -> Long.compare(a[0], b[0]))
				.toArray(long[][]::new);
			this.slow = slowSegments(quiet, facts.seasons(), this.now);
			int size = facts.events().size();
			for (Indicator indicator : Indicator.values()) {
				times.put(indicator, new long[Math.max(8, size / 4)]);
				counts.put(indicator, 0);
			}
			for (VitalityEvent event : facts.events()) {
				Indicator indicator = Indicator.of(event.kind());
				long at = event.at().getEpochSecond();
				if (indicator == null || at > this.now) {
					continue;
				}
				long[] array = times.get(indicator);
				int count = counts.get(indicator);
				if (count == array.length) {
					array = Arrays.copyOf(array, count * 2);
					times.put(indicator, array);
				}
				array[count] = at;
				counts.put(indicator, count + 1);
			}
			for (Indicator indicator : Indicator.values()) {
				long[] sorted = Arrays.copyOf(times.get(indicator), counts.get(indicator));
				Arrays.sort(sorted);
				times.put(indicator, sorted);
			}
		}

		Raw scheduled(Indicator indicator) {
			long[] at = times.get(indicator);
			Overlay overlay = facts.overlay(indicator);
			long baseline = Math.max(created, seconds(overlay.baselineFrom(), created));
			Long last = at.length == 0 ? null : at[at.length - 1];
			long anchor = last != null ? last : baseline;
			// A declared rhythm (plus grace) says when the activity is due and late; the group's own gaps
			// too, once it has history, when they are regular enough to tell a silence from chance
			// (sporadic activity, with exponential gaps, would raise false alarms). Neither: not followed.
			boolean declared = facts.rhythms().containsKey(indicator);
			// The meetings' habit is read from the meetings held: their announcements would halve the gaps.
			long[] gap = young || last == null ? null : gapRule(indicator == Indicator.MEETINGS ? meetingsHeld() : at, baseline);
			boolean regular = gap != null && REGULAR_MAD_SHARE * gap[2] <= gap[0];
			boolean followed = declared || regular;
			long period = facts.rhythm(indicator).toSeconds();
			long grace = Math.clamp(period / 5, MIN_GRACE.toSeconds(), MAX_GRACE.toSeconds());
			long expected = declared ? shift(anchor, period) : Long.MAX_VALUE;
			// Meetings are late once their date (plus grace) has passed; news, the board and the
			// shared space once a second date has: healthy groups skip one now and then.
			long late = !declared ? Long.MAX_VALUE
					: shift(anchor, (indicator == Indicator.MEETINGS ? period : SKIPPED_DATES * period) + grace);
			boolean gapLate = false;
			// With a declared rhythm, the gaps speak only of a habit much tighter than declared.
			if (regular && (!declared || 2 * gap[0] < period)) {
				expected = Math.min(expected, shift(last, gap[0]));
				long byGap = shift(last, gap[1]);
				if (byGap < late) {
					late = byGap;
					gapLate = true;
				}
			}
			VitalityState state;
			Reason reason;
			if (last == null && young) {
				state = VitalityState.NEW;
				reason = Reason.YOUNG;
			}
			else if (!followed) {
				state = VitalityState.UP;
				reason = Reason.UNDECLARED;
			}
			else if (now < expected) {
				state = VitalityState.UP;
				reason = Reason.ON_RHYTHM;
			}
			else {
				state = now < late ? VitalityState.DUE : VitalityState.LATE;
				reason = gapLate ? Reason.GAP_UNUSUAL : Reason.RHYTHM_PASSED;
			}
			Reason precursor = precursor(indicator, period, grace);
			if (precursor != null) {
				reason = precursor;
				if (state == VitalityState.NEW || state == VitalityState.UP) {
					state = VitalityState.DUE;
				}
				// A meeting the series expected, its date and grace passed, and still none scheduled: late.
				boolean meetingPrecursor = precursor == Reason.MEETING_NOT_SCHEDULED || precursor == Reason.POLL_WITHOUT_DATE;
				if (meetingPrecursor && facts.meetingUnscheduledDue() != null && now >= shift(meetingDue(), grace)) {
					state = VitalityState.LATE;
				}
			}
			return new Raw(state, reason, instant(last), followed ? Instant.ofEpochSecond(expected) : null, precursor != null, false);
		}

		/**
		 * The robust gap rule over the activities since the baseline (bursts merged): the median gap
		 * and the late threshold median + max(2·MAD, ½·median), at least a week; null without enough
		 * history.
		 */
		long @Nullable [] gapRule(long[] at, long baseline) {
			long[] points = new long[GAP_WINDOW];
			int count = 0;
			long previous = Long.MAX_VALUE;
			// From the newest back: the last GAP_WINDOW activities, a burst counted once.
			for (int i = at.length - 1; i >= 0 && count < GAP_WINDOW && at[i] >= baseline; i--) {
				if (previous - at[i] >= BURST_SECONDS || count == 0) {
					points[count++] = at[i];
					previous = at[i];
				}
			}
			if (count < GAP_MIN_POINTS) {
				return null;
			}
			long[] gaps = new long[count - 1];
			for (int i = 0; i < gaps.length; i++) {
				gaps[i] = effective(points[i + 1], points[i]);
			}
			long median = median(gaps);
			long[] deviations = new long[gaps.length];
			for (int i = 0; i < gaps.length; i++) {
				deviations[i] = Math.abs(gaps[i] - median);
			}
			long mad = median(deviations);
			return new long[] { median, Math.max(GAP_FLOOR_SECONDS, median + Math.max(2 * mad, median / 2)), mad };
		}

		/** When the group's meetings were held, oldest first: read once, the gap rule and two precursors need them. */
		long[] meetingsHeld() {
			if (meetingsHeld == null) {
				meetingsHeld = facts.events()
					.stream()
					.filter(event -> event.kind() == ActivityKind.MEETING_HELD && event.at().getEpochSecond() <= now)
					.mapToLong(event -> event.at().getEpochSecond())
					.sorted()
					.toArray();
			}
			return meetingsHeld;
		}

		/**
		 * Whether the board was updated within a week after every one of the last meetings before the
		 * latest one ({@link #BOARD_HABIT_MEETINGS} at most, three at least): four in five raised false
		 * alarms in groups whose board only happened to follow their meetings.
		 */
		boolean boardFollowsMeetings(long[] held, long[] board) {
			int considered = 0;
			int followed = 0;
			for (int i = held.length - 2; i >= 0 && considered < BOARD_HABIT_MEETINGS; i--) {
				considered++;
				long from = held[i];
				long until = from + BOARD_AFTER_MEETING.toSeconds();
				int index = Arrays.binarySearch(board, from);
				int next = index >= 0 ? index : -index - 1;
				if (next < board.length && board[next] <= until) {
					followed++;
				}
			}
			return considered >= 3 && followed == considered;
		}

		/**
		 * Whether every one of the group's last meetings held ({@link #BOARD_HABIT_MEETINGS} at most,
		 * three at least) was scheduled that long ahead: where some are not, a meeting not yet
		 * scheduled says nothing (four in five still raised too many false alarms in the benchmark).
		 */
		boolean schedulesAhead(long lead) {
			Map<Long, Long> scheduled = new HashMap<>();
			var held = new ArrayList<long[]>();
			for (VitalityEvent event : facts.events()) {
				long at = event.at().getEpochSecond();
				if (at > now || event.subjectId() == null) {
					continue;
				}
				if (event.kind() == ActivityKind.MEETING_SCHEDULED) {
					scheduled.putIfAbsent(event.subjectId(), at);
				}
				else if (event.kind() == ActivityKind.MEETING_HELD) {
					held.add(new long[] { event.subjectId(), at });
				}
			}
			int considered = 0;
			int ahead = 0;
			for (int i = held.size() - 1; i >= 0 && considered < BOARD_HABIT_MEETINGS; i--) {
				considered++;
				Long when = scheduled.get(held.get(i)[0]);
				if (when != null && held.get(i)[1] - when >= lead) {
					ahead++;
				}
			}
			return considered >= 3 && ahead == considered;
		}

		/**
		 * The unscheduled meeting's due date, its series' date moved by the quiet periods and low
		 * seasons since the last meeting held (the series counts calendar time, the engine counts
		 * the time that counts).
		 */
		long meetingDue() {
			long due = java.util.Objects.requireNonNull(facts.meetingUnscheduledDue()).getEpochSecond();
			long[] held = meetingsHeld();
			long lastHeld = held.length == 0 ? due : held[held.length - 1];
			return due > lastHeld ? shift(lastHeld, due - lastHeld) : due;
		}

		/** A sign that the activity is about to be missed, before it is. */
		@Nullable
		Reason precursor(Indicator indicator, long period, long grace) {
			if (indicator == Indicator.MEETINGS) {
				ActivityKind lastMeetingStep = null;
				for (VitalityEvent event : facts.events()) {
					if (event.at().getEpochSecond() <= now && switch (event.kind()) {
						case POLL_OPENED, POLL_CLOSED_WITH_DATE, POLL_CLOSED_WITHOUT_DATE, MEETING_SCHEDULED, MEETING_HELD -> true;
						default -> false;
					}) {
						lastMeetingStep = event.kind();
					}
				}
				if (lastMeetingStep == ActivityKind.POLL_CLOSED_WITHOUT_DATE) {
					return Reason.POLL_WITHOUT_DATE;
				}
				Long due = facts.meetingUnscheduledDue() == null ? null : meetingDue();
				// Nothing scheduled a little before the due date (two days, or a quarter of the rhythm) in a
				// group that usually schedules its meetings that far ahead: the meeting is about to be missed.
				long lead = Math.min(MEETING_LEAD.toSeconds(), period / 4);
				if (due != null && now >= due - lead && schedulesAhead(lead)) {
					return Reason.MEETING_NOT_SCHEDULED;
				}
			}
			if (indicator == Indicator.NEWS && draftLeft()) {
				return Reason.DRAFT_UNPUBLISHED;
			}
			if (indicator == Indicator.BOARD) {
				long[] held = meetingsHeld();
				long[] board = times.get(Indicator.BOARD);
				long lastHeld = held.length == 0 ? Long.MIN_VALUE : held[held.length - 1];
				boolean untouched = board.length > 0 && board[board.length - 1] < lastHeld;
				// Only for a group whose board usually follows its meetings: others are judged by their rhythm alone.
				if (untouched && now >= lastHeld + BOARD_AFTER_MEETING.toSeconds() && boardFollowsMeetings(held, board)) {
					return Reason.BOARD_AFTER_MEETING;
				}
			}
			return null;
		}

		/** A draft saved a week ago or more, neither published since nor followed by any other post. */
		boolean draftLeft() {
			long draft = Long.MIN_VALUE;
			Long draftId = null;
			long published = Long.MIN_VALUE;
			var publishedIds = new java.util.HashSet<Long>();
			for (VitalityEvent event : facts.events()) {
				long at = event.at().getEpochSecond();
				if (at > now) {
					continue;
				}
				if (event.kind() == ActivityKind.NEWS_DRAFT_SAVED && at >= draft) {
					draft = at;
					draftId = event.subjectId();
				}
				else if (event.kind() == ActivityKind.NEWS_PUBLISHED) {
					published = Math.max(published, at);
					publishedIds.add(event.subjectId());
				}
			}
			return draft != Long.MIN_VALUE && draft > published && !publishedIds.contains(draftId)
					&& now >= draft + DRAFT_LEFT.toSeconds();
		}

		Raw discussion() {
			long[] at = times.get(Indicator.DISCUSSION);
			Overlay overlay = facts.overlay(Indicator.DISCUSSION);
			long baseline = Math.max(created, seconds(overlay.baselineFrom(), created));
			Long last = at.length == 0 ? null : at[at.length - 1];
			long anchor = last != null ? last : baseline;
			// The rate learned over the history before the current silence, shrunk toward the prior.
			long from = Math.max(baseline, anchor - HISTORY.toSeconds());
			int seen = 0;
			for (long one : at) {
				if (one >= from) {
					seen++;
				}
			}
			double exposureDays = Math.max(0, effective(from, anchor)) / DAY;
			double shape = PRIOR_SHAPE + seen;
			double rate = PRIOR_DAYS + exposureDays;
			// Each week's count is Poisson with a rate drawn from a Gamma around the learned mean m
			// (k = ∞: plain Poisson; smaller when busy and quiet weeks alternate beyond chance).
			// P(no message in a week) = (1 + m/k)^-k, and in n independent weeks its n-th power.
			double weekly = 7 * shape / rate;
			double k = weeklyShape(at, from, anchor);
			double silentWeek = Double.isInfinite(k) ? Math.exp(-weekly) : Math.pow(1 + weekly / k, -k);
			double week = Duration.ofDays(7).toSeconds();
			long lateAfter = (long) (week * Math.log(ALPHA_LATE) / Math.log(silentWeek));
			long dueAfter = (long) Math.min(lateAfter, week * Math.log(ALPHA_DUE) / Math.log(silentWeek));
			boolean sparse = lateAfter > LONGEST_SILENCE.toSeconds();
			long expected = shift(anchor, dueAfter);
			boolean declining = declining(at);
			VitalityState state;
			Reason reason;
			if (young) {
				state = last == null ? VitalityState.NEW : VitalityState.UP;
				reason = last == null ? Reason.YOUNG : Reason.ON_RHYTHM;
			}
			else if (!sparse && now >= shift(anchor, lateAfter)) {
				state = VitalityState.LATE;
				reason = Reason.SILENCE;
			}
			else if (!sparse && now >= expected) {
				state = VitalityState.DUE;
				reason = Reason.SILENCE;
			}
			else if (tooMuch(at, shape / rate)) {
				state = VitalityState.DUE;
				reason = Reason.TOO_MUCH;
			}
			else {
				state = VitalityState.UP;
				reason = sparse ? Reason.SPARSE : Reason.ON_RHYTHM;
			}
			return new Raw(state, reason, instant(last), sparse ? null : Instant.ofEpochSecond(expected), reason == Reason.TOO_MUCH,
					declining);
		}

		/**
		 * How much the weekly counts vary beyond chance, as the shape k of a Gamma mixing the weekly
		 * rate (moments: k = m² / (v − m)); infinite when they vary no more than a Poisson's.
		 */
		double weeklyShape(long[] at, long from, long to) {
			long week = Duration.ofDays(7).toSeconds();
			int weeks = (int) ((to - from) / week);
			if (weeks < MIN_WEEKS_FOR_DISPERSION) {
				return Double.POSITIVE_INFINITY;
			}
			int[] counts = new int[weeks];
			for (long one : at) {
				long offset = to - one;
				if (one >= from && offset > 0 && offset / week < weeks) {
					counts[(int) (offset / week)]++;
				}
			}
			double mean = Arrays.stream(counts).average().orElse(0);
			double variance = Arrays.stream(counts).mapToDouble(count -> (count - mean) * (count - mean)).sum() / Math.max(1, weeks - 1);
			return variance > mean && mean > 0 ? mean * mean / (variance - mean) : Double.POSITIVE_INFINITY;
		}

		/**
		 * Too much: the last week's messages above max(3μ, μ + 3√μ, 20) where μ is the learned
		 * weekly volume, and one author or one thread taking most of them — healthy growth, many
		 * voices in many threads, is never flagged.
		 */
		boolean tooMuch(long[] at, double dailyRate) {
			long from = now - BURST_WINDOW.toSeconds();
			double mean = dailyRate * BURST_WINDOW.toDays();
			double band = Math.max(TOO_MUCH_MIN, Math.max(3 * mean, mean + 3 * Math.sqrt(mean)));
			int count = 0;
			for (long one : at) {
				if (one > from) {
					count++;
				}
			}
			if (count <= band) {
				return false;
			}
			Map<Long, Integer> authors = new HashMap<>();
			Map<Long, Integer> threads = new HashMap<>();
			for (VitalityEvent event : facts.events()) {
				long when = event.at().getEpochSecond();
				if (event.kind() == ActivityKind.DISCUSSION_MESSAGE_POSTED && when > from && when <= now) {
					if (event.actorId() != null) {
						authors.merge(event.actorId(), 1, Integer::sum);
					}
					if (event.subjectId() != null) {
						threads.merge(event.subjectId(), 1, Integer::sum);
					}
				}
			}
			int topAuthor = authors.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			int topThread = threads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
			return topAuthor > AUTHOR_DOMINANCE * count || topThread > THREAD_DOMINANCE * count;
		}

		/**
		 * A decline, for the digests: the last 4 weeks hold less than half the messages the 8 weeks
		 * before would predict, at least one a week before, and a Poisson test says it is no chance
		 * (P(X ≤ recent) &lt; 5 %).
		 */
		boolean declining(long[] at) {
			long week = Duration.ofDays(7).toSeconds();
			long recentFrom = now - DECLINE_RECENT_WEEKS * week;
			long beforeFrom = recentFrom - DECLINE_BEFORE_WEEKS * week;
			if (beforeFrom < created) {
				return false;
			}
			int recent = 0;
			int before = 0;
			for (long one : at) {
				if (one > recentFrom) {
					recent++;
				}
				else if (one > beforeFrom) {
					before++;
				}
			}
			double weekly = before / (double) DECLINE_BEFORE_WEEKS;
			double mean = weekly * DECLINE_RECENT_WEEKS;
			return weekly >= 1 && recent < mean / 2 && poissonAtMost(recent, mean) < ALPHA_DUE;
		}

		Evaluation overlay(Indicator indicator, Raw raw) {
			Overlay overlay = facts.overlay(indicator);
			long last = raw.last() == null ? Long.MIN_VALUE : raw.last().getEpochSecond();
			boolean wanting = raw.state() == VitalityState.DUE || raw.state() == VitalityState.LATE;
			boolean answered = overlay.answeredAt() != null && overlay.answeredAt().getEpochSecond() > last;
			boolean nudged = overlay.nudgedAt() != null && overlay.nudgedAt().getEpochSecond() > last && overlay.nudgeLevel() > 0;
			boolean quietNow = Arrays.stream(quiet).anyMatch(period -> period[0] <= now && now < period[1]);
			VitalityState state = raw.state();
			Reason reason = raw.reason();
			Instant expected = raw.expected();
			boolean nudge = wanting && (raw.state() == VitalityState.LATE || raw.precursor());
			if (facts.paused()) {
				return new Evaluation(indicator, VitalityState.PAUSED, raw.state(), Reason.PAUSED, raw.last(), expected, false, raw.declining());
			}
			if (wanting && answered && overlay.acknowledgedUntil() != null && overlay.acknowledgedUntil().getEpochSecond() > now) {
				state = VitalityState.ACKNOWLEDGED;
				expected = overlay.acknowledgedUntil();
				nudge = false;
			}
			else if (wanting && answered && overlay.snoozedUntil() != null && overlay.snoozedUntil().getEpochSecond() > now) {
				state = VitalityState.SNOOZED;
				nudge = false;
			}
			else if (wanting && nudged) {
				state = overlay.nudgeLevel() >= 2 ? VitalityState.ESCALATED : VitalityState.NUDGED;
			}
			if (quietNow) {
				nudge = false;
				if (wanting) {
					reason = Reason.QUIET_PERIOD;
				}
			}
			return new Evaluation(indicator, state, raw.state(), reason, raw.last(), expected, nudge, raw.declining());
		}

		/** The instant {@code duration} of counted time after {@code from}. */
		long shift(long from, long duration) {
			long at = from;
			double remaining = duration;
			for (long[] segment : slow) {
				if (segment[1] <= at) {
					continue;
				}
				if (segment[0] > at) {
					if (at + remaining <= segment[0]) {
						return at + (long) remaining;
					}
					remaining -= segment[0] - at;
					at = segment[0];
				}
				double weight = segment[2] / 1000.0;
				double capacity = (segment[1] - at) * weight;
				if (weight > 0 && remaining <= capacity) {
					return at + (long) (remaining / weight);
				}
				remaining -= capacity;
				at = segment[1];
			}
			return at + (long) remaining;
		}

		/** The counted time between two instants. */
		long effective(long from, long to) {
			double total = to - from;
			for (long[] segment : slow) {
				long start = Math.max(from, segment[0]);
				long end = Math.min(to, segment[1]);
				if (end > start) {
					total -= (end - start) * (1 - segment[2] / 1000.0);
				}
			}
			return (long) total;
		}
	}

	/**
	 * The time that counts less, as sorted disjoint segments {start, end, weight in ‰}: the quiet
	 * periods (0) and the low seasons around that instant (their weight); where they overlap, the
	 * lower weight.
	 */
	static long[][] slowSegments(long[][] quiet, Seasons seasons, long now) {
		var periods = new ArrayList<long[]>();
		for (long[] period : quiet) {
			periods.add(new long[] { period[0], period[1], 0 });
		}
		long weight = Math.round(seasons.weight() * 1000);
		for (long[] season : seasons.around(now)) {
			periods.add(new long[] { season[0], season[1], weight });
		}
		long[] bounds = periods.stream().flatMapToLong(period -> LongStream.of(period[0], period[1])).sorted().distinct().toArray();
		var segments = new ArrayList<long[]>();
		for (int i = 0; i + 1 < bounds.length; i++) {
			long start = bounds[i];
			long end = bounds[i + 1];
			long lowest = 1000;
			for (long[] period : periods) {
				if (period[0] <= start && end <= period[1]) {
					lowest = Math.min(lowest, period[2]);
				}
			}
			if (lowest == 1000) {
				continue;
			}
			long[] previous = segments.isEmpty() ? null : segments.getLast();
			if (previous != null && previous[1] == start && previous[2] == lowest) {
				previous[1] = end;
			}
			else {
				segments.add(new long[] { start, end, lowest });
			}
		}
		return segments.toArray(long[][]::new);
	}

	static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	static double poissonAtMost(int k, double mean) {
		double term = Math.exp(-mean);
		double sum = term;
		for (int i = 1; i <= k; i++) {
			term *= mean / i;
			sum += term;
		}
		return sum;
	}

	private static long seconds(@Nullable Instant instant, long otherwise) {
		return instant == null ? otherwise : instant.getEpochSecond();
	}

	private static @Nullable Instant instant(@Nullable Long seconds) {
		return seconds == null ? null : Instant.ofEpochSecond(seconds);
	}
}
