package club.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.GroupOperation;
import club.account.Accounts;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.platform.mail.Mailer;
import club.platform.security.SignedInUser;

/**
 * Date polls, the way seed 001 says an activity dies when one fails silently: a poll that ends
 * without a date — closed so, or past its deadline — tells its group's organizers at once.
 */
@Service
class DatePolls {

	private final DatePollRepository polls;
	private final MeetingRepository meetings;
	private final Access access;
	private final ActivityLog activity;
	private final Accounts accounts;
	private final Mailer mailer;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	DatePolls(DatePollRepository polls, MeetingRepository meetings, Access access, ActivityLog activity, Accounts accounts, Mailer mailer,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.polls = polls;
		this.meetings = meetings;
		this.access = access;
		this.activity = activity;
		this.accounts = accounts;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** Opens a poll, by an organizer or, for a series whose meeting is due, by the platform ({@code by} null). */
	@Transactional
	DatePoll open(long groupId, DatePollForm.Checked form, java.time.ZoneId zone, @Nullable Long by) {
		Instant now = clock.instant();
		long id = polls.insert(groupId, form.title(), form.description(), form.place(), form.durationMinutes(), form.deadline(), zone,
				form.options(), form.seriesId(), by, now);
		activity.record(groupId, ActivityKind.POLL_OPENED, by, id);
		return find(id).orElseThrow();
	}

	Optional<DatePoll> find(long id) {
		return polls.find(id).map(this::withOptions);
	}

	List<DatePoll> open(Group group) {
		return polls.open(group.id()).stream().map(this::withOptions).toList();
	}

	Map<Long, Map<Long, DatePoll.Answer>> answers(DatePoll poll) {
		return polls.answers(poll.id());
	}

	/** A member's answers, option by option; each is its own row, so answers given at once never overwrite each other. */
	@Transactional
	boolean answer(DatePoll poll, SignedInUser member, Map<Long, DatePoll.Answer> answers) {
		if (poll.state() != DatePoll.State.OPEN || !poll.deadline().isAfter(clock.instant())) {
			return false;
		}
		var known = new HashSet<Long>();
		poll.options().forEach(option -> known.add(option.id()));
		Instant now = clock.instant();
		answers.forEach((option, answer) -> {
			if (known.contains(option)) {
				polls.answer(option, member.accountId(), answer, now);
			}
		});
		return true;
	}

	/** Closes on that option: it becomes a meeting of the group. False when the poll had already ended. */
	@Transactional
	boolean closeOn(DatePoll poll, long optionId, SignedInUser by) {
		var option = poll.options().stream().filter(o -> o.id() == optionId).findFirst();
		if (option.isEmpty()) {
			return false;
		}
		Instant now = clock.instant();
		if (!polls.close(poll.id(), DatePoll.State.DATED, null, now)) {
			return false;
		}
		Instant start = option.get().startsAt();
		boolean online = poll.place().matches("(?i)https?://\\S+");
		long meetingId = meetings.insert(new Meeting(0, UUID.randomUUID() + "@club", poll.groupId(), poll.title(), poll.description(), start,
				start.plus(Duration.ofMinutes(poll.durationMinutes())), poll.zone(), online ? null : poll.place(), null, null,
				online ? poll.place() : null, null, Meeting.Visibility.MEMBERS, Meeting.State.SCHEDULED, null, null, null, 0, poll.seriesId(), now), by.accountId(),
				now);
		polls.meetingChosen(poll.id(), meetingId);
		activity.record(poll.groupId(), ActivityKind.POLL_CLOSED_WITH_DATE, by.accountId(), poll.id());
		activity.record(poll.groupId(), ActivityKind.MEETING_SCHEDULED, by.accountId(), meetingId);
		events.publishEvent(new MeetingAnnounced(poll.groupId(), meetingId, poll.title(), start.atZone(poll.zone()),
				true /* members only, as the meeting */, by.accountId()));
		return true;
	}

	/** Closes without a date: the group's organizers are told at once. False when it had already ended. */
	@Transactional
	boolean closeUndated(DatePoll poll, @Nullable SignedInUser by) {
		if (!polls.close(poll.id(), DatePoll.State.UNDATED, null, clock.instant())) {
			return false;
		}
		activity.record(poll.groupId(), ActivityKind.POLL_CLOSED_WITHOUT_DATE, by == null ? null : by.accountId(), poll.id());
		accounts.recipients(access.holders(poll.groupId(), GroupOperation.ORGANIZE_MEETINGS.roles()))
			.forEach(organizer -> mailer.send(organizer, "pollUndated", "/polls/" + poll.id(), poll.title()));
		return true;
	}

	/** Polls past their deadline end without a date (run by the task "meeting-poll-deadlines"). */
	@Transactional
	int closeOverdue() {
		int closed = 0;
		for (DatePoll poll : polls.overdue(clock.instant())) {
			if (closeUndated(withOptions(poll), null)) {
				closed++;
			}
		}
		return closed;
	}

	boolean mayOrganize(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.ORGANIZE_MEETINGS, groupId);
	}

	boolean mayAnswer(long groupId, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.SEE_MEMBERS_ONLY, groupId);
	}

	Instant now() {
		return clock.instant();
	}

	private DatePoll withOptions(DatePoll poll) {
		return new DatePoll(poll.id(), poll.groupId(), poll.title(), poll.description(), poll.place(), poll.durationMinutes(), poll.deadline(),
				poll.zone(), poll.state(), poll.meetingId(), poll.createdBy(), polls.options(poll.id()), poll.seriesId());
	}
}
