package club.vitality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import club.access.Access;
import club.access.Audience;
import club.access.EcosystemOperation;
import club.activity.ActivityEvent;
import club.activity.ActivityLog;
import club.activity.ActivityRecorded;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.ecosystem.Ecosystems;
import club.meeting.MeetingRhythms;
import club.platform.ClubProperties;
import club.platform.security.SignedInUser;

/**
 * The vitality of the groups: gathers each group's facts (its activity of the last
 * {@link #WINDOW}, its settings, quiet periods, answers and open nudges, its meeting series),
 * runs the {@link VitalityEngine}, climbs the nudges' ladder and stores where each indicator
 * stands. A group is evaluated again as soon as an event is recorded in it, and every group each
 * hour ({@code vitality-evaluation}), which also beats the heartbeat the watchdog reads.
 */
@Service
public class Vitality {

	private static final Logger log = LoggerFactory.getLogger(Vitality.class);

	/** How far back the engine reads a group's activity: a year, and the weeks the gap rule and decline need before. */
	static final Duration WINDOW = Duration.ofDays(400);
	static final String HEARTBEAT = "evaluation";
	/** Snoozes and « on it » dates reach at most this far. */
	public static final Duration LONGEST_ANSWER = Duration.ofDays(90);

	private final VitalityRepository repository;
	private final Nudging nudging;
	private final ActivityLog activity;
	private final GroupDirectory directory;
	private final Ecosystems ecosystems;
	private final MeetingRhythms rhythms;
	private final Access access;
	private final Clock clock;
	private final TransactionTemplate newTransaction;
	private final Seasons seasons;

	Vitality(VitalityRepository repository, Nudging nudging, ActivityLog activity, GroupDirectory directory, Ecosystems ecosystems,
			MeetingRhythms rhythms, Access access, Clock clock, PlatformTransactionManager transactions, VitalityProperties properties,
			ClubProperties club) {
		this.repository = repository;
		this.nudging = nudging;
		this.activity = activity;
		this.directory = directory;
		this.ecosystems = ecosystems;
		this.rhythms = rhythms;
		this.access = access;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.seasons = Seasons.of(properties.lowSeasons(), properties.lowSeasonWeight(), club.timeZone());
	}

	/** A group where the activity changed: its indicators follow at once, after the commit of what happened. */
	@TransactionalEventListener
	void recorded(ActivityRecorded recorded) {
		try {
			newTransaction.executeWithoutResult(status -> evaluate(recorded.groupId()));
		}
		catch (RuntimeException failed) {
			// What happened is committed; the hourly evaluation will catch up.
			log.warn("Could not evaluate the vitality of group {} after {}", recorded.groupId(), recorded.kind(), failed);
		}
	}

	/**
	 * Evaluates one group now and stores its indicators, closing the nudges of those up again (the
	 * hourly evaluation opens and climbs them); empty when there is no such group.
	 */
	@Transactional
	public Map<Indicator, Evaluation> evaluate(long groupId) {
		Instant now = clock.instant();
		return directory.findById(groupId)
			.map(group -> refresh(group, activity.since(groupId, now.minus(WINDOW)), now, false))
			.orElse(Map.of());
	}

	/**
	 * Every group with activity in the window or already followed, one transaction each, read in one
	 * pass over the log; then the heartbeat. Returns how many groups were evaluated.
	 */
	public int evaluateAll() {
		Instant now = clock.instant();
		Set<Long> done = new HashSet<>();
		AtomicInteger count = new AtomicInteger();
		activity.replay(now.minus(WINDOW), events -> {
			long groupId = events.getFirst().groupId();
			done.add(groupId);
			count.addAndGet(refreshAlone(groupId, events, now));
		});
		for (long groupId : repository.knownGroups()) {
			if (done.add(groupId)) {
				count.addAndGet(refreshAlone(groupId, List.of(), now));
			}
		}
		newTransaction.executeWithoutResult(status -> repository.beat(HEARTBEAT, now));
		return count.get();
	}

	private int refreshAlone(long groupId, List<ActivityEvent> events, Instant now) {
		try {
			return newTransaction.execute(status -> directory.findById(groupId).map(group -> {
				refresh(group, events, now, true);
				return 1;
			}).orElse(0));
		}
		catch (RuntimeException failed) {
			log.warn("Could not evaluate the vitality of group {}", groupId, failed);
			return 0;
		}
	}

	private Map<Indicator, Evaluation> refresh(Group group, List<ActivityEvent> logged, Instant now, boolean climb) {
		List<VitalityEvent> events = logged.stream().map(event -> new VitalityEvent(event.at(), event.kind(), event.actorId(), event.subjectId()))
			.toList();
		Map<Indicator, IndicatorRow> rows = repository.indicators(group.id());
		Map<Indicator, Evaluation> evaluations = VitalityEngine.evaluate(facts(group, events, rows), now);
		if (nudging.apply(group, evaluations, now, climb)) {
			// The ladder moved: the states show it.
			evaluations = VitalityEngine.evaluate(facts(group, events, rows), now);
		}
		// Only signed-in pages show the indicators: the public render cache is not concerned.
		for (Evaluation evaluation : evaluations.values()) {
			repository.store(group.id(), evaluation, rows.get(evaluation.indicator()), now);
		}
		return evaluations;
	}

	private GroupFacts facts(Group group, List<VitalityEvent> events, Map<Indicator, IndicatorRow> rows) {
		Settings settings = repository.settings(group.id());
		Map<Indicator, Duration> declared = settings.rhythms();
		if (!declared.containsKey(Indicator.MEETINGS)) {
			rhythms.declaredPeriod(group.id()).ifPresent(period -> declared.put(Indicator.MEETINGS, period));
		}
		Map<Indicator, Nudge> open = repository.openNudges(group.id());
		var overlays = new EnumMap<Indicator, Overlay>(Indicator.class);
		for (Indicator indicator : Indicator.values()) {
			IndicatorRow row = rows.get(indicator);
			Nudge nudge = open.get(indicator);
			overlays.put(indicator,
					new Overlay(row == null ? null : row.acknowledgedUntil(), row == null ? null : row.snoozedUntil(),
							row == null ? null : row.answeredAt(), row == null ? null : row.baselineFrom(), nudge == null ? 0 : nudge.level(),
							nudge == null ? null : nudge.createdAt()));
		}
		Instant meetingDue = rhythms.unscheduledDue(group).map(due -> due.toInstant()).orElse(null);
		return new GroupFacts(group.createdAt(), declared, repository.quietPeriods(group.id()).stream().map(QuietPeriodRow::period).toList(),
				settings.paused(), events, overlays, meetingDue, seasons);
	}

	// --- what people see

	/** A group's indicators as stored (evaluated now if they never were), in the indicators' order. */
	@Transactional
	public Map<Indicator, IndicatorRow> indicators(Group group) {
		Map<Indicator, IndicatorRow> rows = repository.indicators(group.id());
		if (rows.size() < Indicator.values().length) {
			evaluate(group.id());
			rows = repository.indicators(group.id());
		}
		return rows;
	}

	Settings settings(long groupId) {
		return repository.settings(groupId);
	}

	List<QuietPeriodRow> quietPeriods(long groupId) {
		return repository.quietPeriods(groupId);
	}

	List<HistoryEntry> history(long groupId) {
		return repository.history(groupId, 50);
	}

	Map<Indicator, Nudge> openNudges(long groupId) {
		return repository.openNudges(groupId);
	}

	Optional<Nudge> nudge(String publicId) {
		return repository.nudge(publicId);
	}

	List<Nudge> nudgesOf(long accountId) {
		return repository.nudgesOf(accountId);
	}

	Map<Long, int[]> ratings(List<Long> groupIds) {
		return repository.ratings(groupIds);
	}

	/** The indicators of these groups (those never evaluated are, now), by group. */
	@Transactional
	public Map<Long, Map<Indicator, IndicatorRow>> indicators(List<Group> groups) {
		var byGroup = repository.indicators(groups.stream().map(Group::id).toList());
		for (Group group : groups) {
			if (byGroup.getOrDefault(group.id(), Map.of()).size() < Indicator.values().length) {
				byGroup.put(group.id(), indicators(group));
			}
		}
		return byGroup;
	}

	/** The group's facilitators, its helpers and platform admins follow its vitality and answer. */
	boolean mayFollow(Optional<SignedInUser> user, Group group) {
		return access.sees(user, group.id(), Audience.ORGANIZERS) || helping(user, group);
	}

	/** Whether the person helps one of the group's ecosystems. */
	boolean helping(Optional<SignedInUser> user, Group group) {
		return ecosystems.of(group).stream()
			.anyMatch(link -> ecosystems.view(link.keyword())
				.map(view -> access.may(user, EcosystemOperation.FOLLOW_VITALITY, view.ecosystem().id()))
				.orElse(false));
	}

	/** Who received that nudge, or follows its group, may open it and answer. */
	boolean mayAnswer(Optional<SignedInUser> user, Nudge nudge, Group group) {
		return mayFollow(user, group) || user.map(u -> repository.received(nudge.id(), u.accountId())).orElse(false);
	}

	Instant now() {
		return clock.instant();
	}

	// --- answers

	/** « On it, next date D »: the indicator re-arms at D (within 90 days). */
	@Transactional
	public void onIt(Group group, Indicator indicator, Instant until, long by) {
		indicators(group);
		Instant now = clock.instant();
		repository.answer(group.id(), indicator, until, null, null, now, by);
		repository.log(group.id(), indicator, Answer.ON_IT, null, by, now);
		evaluate(group.id());
	}

	/** A snooze with its reason, until a date within 90 days; the indicator re-triggers when it ends. */
	@Transactional
	public void snooze(Group group, Indicator indicator, Instant until, String reason, long by) {
		indicators(group);
		Instant now = clock.instant();
		repository.answer(group.id(), indicator, null, until, reason, now, by);
		repository.log(group.id(), indicator, Answer.SNOOZE, reason, by, now);
		evaluate(group.id());
	}

	/** The rhythm changed: the baseline starts again now, with the new declared rhythm if given (null keeps it, 0 returns to the default). */
	@Transactional
	public void rhythmChanged(Group group, Indicator indicator, @Nullable Integer days, long by) {
		indicators(group);
		Instant now = clock.instant();
		repository.rebase(group.id(), indicator, now);
		if (days != null && indicator.scheduled()) {
			repository.declare(group.id(), indicator, days == 0 ? null : days);
		}
		repository.log(group.id(), indicator, Answer.RHYTHM_CHANGED, days == null ? null : String.valueOf(days), by, now);
		evaluate(group.id());
	}

	@Transactional
	public void pause(Group group, String reason, long by) {
		Instant now = clock.instant();
		repository.pause(group.id(), now, reason, by);
		repository.log(group.id(), null, Answer.PAUSE, reason, by, now);
		evaluate(group.id());
	}

	@Transactional
	public void resume(Group group, long by) {
		repository.pause(group.id(), null, null, null);
		repository.log(group.id(), null, Answer.RESUME, null, by, clock.instant());
		evaluate(group.id());
	}

	@Transactional
	public void addQuietPeriod(Group group, Instant start, Instant end, String label, long by) {
		repository.addQuietPeriod(group.id(), start, end, label, by);
		repository.log(group.id(), null, Answer.QUIET_PERIOD, label, by, clock.instant());
		evaluate(group.id());
	}

	@Transactional
	public boolean removeQuietPeriod(Group group, long id) {
		boolean removed = repository.removeQuietPeriod(group.id(), id);
		evaluate(group.id());
		return removed;
	}

	/** A facilitator's rating of a nudge, which the helpers see. */
	@Transactional
	public void rate(Nudge nudge, boolean useful, long by) {
		repository.rate(nudge.id(), useful, by);
		repository.log(nudge.groupId(), nudge.indicator(), Answer.RATED, useful ? "useful" : "notUseful", by, clock.instant());
	}
}
