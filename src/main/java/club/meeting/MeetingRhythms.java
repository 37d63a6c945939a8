package club.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.GroupOperation;
import club.account.Accounts;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.mail.Mailer;
import club.platform.security.SignedInUser;

/**
 * A group's meeting series and the rhythm each declares: when the next meeting is due, and — the
 * lead time before it — a reminder to the organizers, with a date poll opened for them if they
 * asked. Seed 001's monthly meeting stopped because nobody launched the next poll; here the
 * platform knows the rhythm and does not forget.
 */
@Service
public class MeetingRhythms {

	/** How many dates a poll opened by the platform proposes, and how they spread around the due date. */
	private static final List<Integer> POLL_OFFSET_DAYS = List.of(0, 1, 7);

	private final MeetingSeriesRepository series;
	private final Meetings meetings;
	private final DatePolls polls;
	private final GroupDirectory directory;
	private final Access access;
	private final Accounts accounts;
	private final Mailer mailer;
	private final MessageSource messages;
	private final Clock clock;

	MeetingRhythms(MeetingSeriesRepository series, Meetings meetings, DatePolls polls, GroupDirectory directory, Access access,
			Accounts accounts, Mailer mailer, MessageSource messages, Clock clock) {
		this.series = series;
		this.meetings = meetings;
		this.polls = polls;
		this.directory = directory;
		this.access = access;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Schedules a meeting: the first of a new series when it declares a rhythm, the next of its
	 * series when it names one, or a single meeting.
	 */
	@Transactional
	Meeting schedule(Group group, MeetingForm.Checked form, SignedInUser by) {
		var declared = form.declared();
		if (declared == null) {
			return meetings.schedule(group, form, by);
		}
		var zone = meetings.zone(group);
		var first = form.startsAt().atZone(zone);
		long id = series.insert(new MeetingSeries(0, group.id(), form.title(), form.description(), declared.rhythm().rrule(first.toLocalDate()),
				form.startsAt(), zone, (int) Duration.between(form.startsAt(), form.endsAt()).toMinutes(), form.address(), form.online(),
				form.visibility(), declared.leadDays(), declared.opensPoll(), null, true), by.accountId(), clock.instant());
		return meetings.schedule(group, form.inSeries(id), by);
	}

	Optional<MeetingSeries> find(long id) {
		return series.find(id);
	}

	/** A series of that group; empty for another group's. */
	Optional<MeetingSeries> find(Group group, long id) {
		return series.find(id).filter(one -> one.groupId() == group.id());
	}

	/** The group's series, active first, each with where it stands. */
	List<SeriesOutlook> outlooks(Group group) {
		return series.ofGroup(group.id()).stream().map(this::outlook).toList();
	}

	/** "Monthly, on the first Tuesday", in the reader's language. */
	String describe(MeetingSeries one, Locale locale) {
		return one.rhythm().describe(one.first().toLocalDate(), messages, locale);
	}

	/**
	 * When the group's rhythm expects a meeting that is not scheduled: the earliest due date of
	 * its active series with nothing scheduled nor polled, shown on the group page.
	 */
	public Optional<ZonedDateTime> unscheduledDue(Group group) {
		return series.ofGroup(group.id()).stream()
			.map(this::outlook)
			.filter(SeriesOutlook::unscheduled)
			.map(SeriesOutlook::due)
			.min(Comparator.naturalOrder());
	}

	/** The shortest rhythm among the group's active series: how often the vitality expects its meetings. */
	public Optional<Duration> declaredPeriod(long groupId) {
		return series.ofGroup(groupId).stream()
			.filter(MeetingSeries::active)
			.map(one -> one.rhythm().frequency().period())
			.min(Comparator.naturalOrder());
	}

	SeriesOutlook outlook(MeetingSeries one) {
		Instant now = clock.instant();
		ZonedDateTime due = one.dueAfter(series.lastStart(one.id()).orElse(null));
		var next = series.nextScheduled(one.id(), now).map(start -> start.atZone(one.zone())).orElse(null);
		var poll = series.openPoll(one.id()).orElse(null);
		SeriesOutlook.State state;
		if (!one.active()) {
			state = SeriesOutlook.State.STOPPED;
		}
		else if (next != null) {
			state = SeriesOutlook.State.SCHEDULED;
		}
		else if (poll != null) {
			state = SeriesOutlook.State.POLL_OPEN;
		}
		else if (due.toInstant().isBefore(now)) {
			state = SeriesOutlook.State.LATE;
		}
		else if (due.toInstant().minus(Duration.ofDays(one.leadDays())).isAfter(now)) {
			state = SeriesOutlook.State.NOT_YET_DUE;
		}
		else {
			state = SeriesOutlook.State.DUE;
		}
		return new SeriesOutlook(one, next, due, poll, state);
	}

	/** Changes a series' rhythm from a new first date, its lead time, whether the platform opens polls, and whether it goes on. */
	@Transactional
	void change(MeetingSeries one, Rhythm rhythm, ZonedDateTime from, int leadDays, boolean opensPoll, boolean active) {
		series.update(one.id(), rhythm.rrule(from.toLocalDate()), from.toInstant(), leadDays, opensPoll, active);
	}

	/**
	 * For every active series whose next meeting is due within its lead time (or late) with
	 * nothing scheduled nor polled: once per due date, opens a date poll for the organizers if
	 * they asked, and tells them by mail (run by the task "meeting-series-due"). Returns how many
	 * series were due.
	 */
	@Transactional
	int remindDue() {
		int due = 0;
		for (MeetingSeries one : series.active()) {
			SeriesOutlook outlook = outlook(one);
			if (!outlook.unscheduled() || !series.remind(one.id(), outlook.due().toInstant())) {
				continue;
			}
			Group group = directory.findById(one.groupId()).orElse(null);
			if (group == null) {
				continue;
			}
			var organizers = accounts.recipients(access.holders(group.id(), GroupOperation.ORGANIZE_MEETINGS.roles()));
			if (one.opensPoll()) {
				DatePoll poll = polls.open(group.id(), pollFor(one, outlook.due()), one.zone(), null);
				organizers.forEach(organizer -> mailer.send(organizer, "seriesPollOpened", "/polls/" + poll.id(), one.title(), group.name(),
						Meetings.when(outlook.due(), organizer.locale())));
			}
			else {
				organizers.forEach(organizer -> mailer.send(organizer, "seriesDue", "/g/" + group.slug() + "/meetings", one.title(),
						group.name(), Meetings.when(outlook.due(), organizer.locale())));
			}
			due++;
		}
		return due;
	}

	/**
	 * The poll the platform opens for a due meeting: the due date (or, when it is too close or
	 * past, the same time a week from today), the day after and the week after, answered until
	 * two days before the first.
	 */
	DatePollForm.Checked pollFor(MeetingSeries one, ZonedDateTime due) {
		Instant now = clock.instant();
		ZonedDateTime first = due;
		if (due.toInstant().isBefore(now.plus(Duration.ofDays(3)))) {
			LocalDate inAWeek = now.atZone(one.zone()).toLocalDate().plusDays(7);
			first = ZonedDateTime.ofLocal(inAWeek.atTime(one.first().toLocalTime()), one.zone(), null);
		}
		Instant deadline = first.toInstant().minus(Duration.ofDays(2));
		String place = one.address() != null ? one.address() : java.util.Objects.requireNonNullElse(one.onlineUrl(), "");
		ZonedDateTime base = first;
		return new DatePollForm.Checked(one.title(), one.description(), place, one.durationMinutes(), deadline,
				POLL_OFFSET_DAYS.stream().map(days -> base.plusDays(days).toInstant()).toList(), one.id());
	}
}
