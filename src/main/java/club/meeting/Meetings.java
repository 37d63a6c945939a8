package club.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.access.GroupOperation;
import club.account.Accounts;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.directory.Group;
import club.platform.ClubProperties;
import club.platform.mail.Mailer;
import club.platform.security.SignedInUser;

/** A group's meetings: scheduling them, answering them, and saying what became of them. */
@Service
public class Meetings {

	private final MeetingRepository meetings;
	private final Access access;
	private final ActivityLog activity;
	private final Accounts accounts;
	private final Mailer mailer;
	private final Clock clock;
	private final ClubProperties properties;

	Meetings(MeetingRepository meetings, Access access, ActivityLog activity, Accounts accounts, Mailer mailer, Clock clock,
			ClubProperties properties) {
		this.meetings = meetings;
		this.access = access;
		this.activity = activity;
		this.accounts = accounts;
		this.mailer = mailer;
		this.clock = clock;
		this.properties = properties;
	}

	/** The group's time zone: the platform's until the group chooses its own. */
	public ZoneId zone(Group group) {
		return meetings.zone(group.id()).orElse(properties.timeZone());
	}

	/** The group's admins choose its time zone: meetings scheduled from then on are in it. */
	@Transactional
	void chooseZone(Group group, ZoneId zone) {
		meetings.saveZone(group.id(), zone);
	}

	boolean mayOrganize(Group group, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.ORGANIZE_MEETINGS, group.id());
	}

	/** Who came to a meeting shows to the group's members only. */
	boolean isMember(Group group, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.SEE_MEMBERS_ONLY, group.id());
	}

	boolean mayChooseZone(Group group, Optional<SignedInUser> user) {
		return access.may(user, GroupOperation.EDIT_SETTINGS, group.id());
	}

	/** Public meetings show to everyone; members-only ones to the group's members. */
	boolean maySee(Meeting meeting, Optional<SignedInUser> user) {
		return meeting.visibility() == Meeting.Visibility.PUBLIC || access.may(user, GroupOperation.SEE_MEMBERS_ONLY, meeting.groupId());
	}

	@Transactional
	Meeting schedule(Group group, MeetingForm.Checked form, SignedInUser by) {
		Instant now = clock.instant();
		long id = meetings.insert(new Meeting(0, UUID.randomUUID() + "@club", group.id(), form.title(), form.description(), form.startsAt(),
				form.endsAt(), zone(group), form.address(), null, null, form.online(), form.capacity(), form.visibility(),
				Meeting.State.SCHEDULED, null, null, null, 0, form.seriesId(), now), by.accountId(), now);
		activity.record(group.id(), ActivityKind.MEETING_SCHEDULED, by.accountId(), id);
		return meetings.find(id).orElseThrow();
	}

	Optional<Meeting> find(long id) {
		return meetings.find(id);
	}

	/** The meeting, if the viewer may see it (a link to it in a discussion shows a preview then). */
	public Optional<Meeting> visible(long id, Optional<SignedInUser> viewer) {
		return meetings.find(id).filter(meeting -> maySee(meeting, viewer));
	}

	public Optional<Meeting> next(Group group, Optional<SignedInUser> viewer) {
		return upcoming(group, viewer).stream().filter(meeting -> meeting.state() == Meeting.State.SCHEDULED).findFirst();
	}

	List<Meeting> upcoming(Group group, Optional<SignedInUser> viewer) {
		return visibleTo(meetings.upcoming(group.id(), clock.instant(), 50), group, viewer);
	}

	List<Meeting> past(Group group, Optional<SignedInUser> viewer) {
		return visibleTo(meetings.past(group.id(), clock.instant(), 50), group, viewer);
	}

	/** The viewer's membership is asked once for the whole list (the group page shows its next meeting). */
	private List<Meeting> visibleTo(List<Meeting> list, Group group, Optional<SignedInUser> viewer) {
		boolean member = access.may(viewer, GroupOperation.SEE_MEMBERS_ONLY, group.id());
		return list.stream().filter(meeting -> member || meeting.visibility() == Meeting.Visibility.PUBLIC).toList();
	}

	/** Who came, as the organizers ticked it. */
	List<Long> attendance(Meeting meeting) {
		return meetings.attendance(meeting.id());
	}

	List<Rsvp> rsvps(Meeting meeting) {
		return meetings.rsvps(meeting.id());
	}

	Optional<Rsvp> rsvp(Meeting meeting, long accountId) {
		return meetings.rsvp(meeting.id(), accountId);
	}

	/**
	 * Records an answer. A yes beyond the capacity goes to the waiting list; when a yes becomes
	 * a maybe or a no, the first person waiting takes the seat and is told by mail. Answers to a
	 * meeting are taken one at a time (its row is locked), so two at once never overfill it.
	 */
	@Transactional
	Rsvp answer(Meeting meeting, SignedInUser person, Rsvp.Answer answer) {
		meetings.lock(meeting.id());
		Instant now = clock.instant();
		var before = meetings.rsvp(meeting.id(), person.accountId());
		boolean hadSeat = before.map(rsvp -> rsvp.answer() == Rsvp.Answer.YES && !rsvp.waitlisted()).orElse(false);
		if (answer == Rsvp.Answer.YES && hadSeat) {
			return before.get();
		}
		long seated = meetings.rsvps(meeting.id()).stream()
			.filter(rsvp -> rsvp.answer() == Rsvp.Answer.YES && !rsvp.waitlisted() && rsvp.accountId() != person.accountId())
			.count();
		boolean waitlisted = answer == Rsvp.Answer.YES && meeting.capacity() != null && seated >= meeting.capacity();
		meetings.saveRsvp(meeting.id(), person.accountId(), answer, waitlisted, now);
		if (hadSeat && answer != Rsvp.Answer.YES) {
			promoteFirstWaiting(meeting);
		}
		return meetings.rsvp(meeting.id(), person.accountId()).orElseThrow();
	}

	/**
	 * Changes a scheduled meeting. Those coming or maybe coming are told by mail when its time or
	 * place moves; more seats let the people waiting in, in turn. Fewer seats never take a seat
	 * from anyone who has one.
	 */
	@Transactional
	Meeting change(Meeting meeting, MeetingForm.Checked form) {
		meetings.lock(meeting.id());
		meetings.change(meeting.id(), form, clock.instant());
		Meeting changed = meetings.find(meeting.id()).orElseThrow();
		boolean moved = !changed.startsAt().equals(meeting.startsAt()) || !changed.endsAt().equals(meeting.endsAt())
				|| !java.util.Objects.equals(changed.address(), meeting.address())
				|| !java.util.Objects.equals(changed.onlineUrl(), meeting.onlineUrl());
		if (moved) {
			List<Long> concerned = meetings.rsvps(meeting.id()).stream().filter(rsvp -> rsvp.answer() != Rsvp.Answer.NO).map(Rsvp::accountId)
				.toList();
			String where = changed.address() != null ? changed.address() : java.util.Objects.requireNonNullElse(changed.onlineUrl(), "");
			accounts.recipients(concerned).forEach(person -> mailer.send(person, "meetingChanged", "/meetings/" + meeting.id(),
					changed.title(), when(changed.start(), person.locale()), where));
		}
		while (changed.capacity() == null || seated(changed) < changed.capacity()) {
			if (!promoteFirstWaiting(changed)) {
				break;
			}
		}
		return changed;
	}

	private long seated(Meeting meeting) {
		return meetings.rsvps(meeting.id()).stream().filter(rsvp -> rsvp.answer() == Rsvp.Answer.YES && !rsvp.waitlisted()).count();
	}

	/** The first person waiting takes a seat and is told; false when nobody was waiting. */
	private boolean promoteFirstWaiting(Meeting meeting) {
		return meetings.rsvps(meeting.id()).stream()
			.filter(rsvp -> rsvp.answer() == Rsvp.Answer.YES && rsvp.waitlisted())
			.findFirst()
			.map(first -> {
				meetings.promote(meeting.id(), first.accountId());
				accounts.recipients(List.of(first.accountId()))
					.forEach(person -> mailer.send(person, "meetingSeat", "/meetings/" + meeting.id(), meeting.title(),
							when(meeting.start(), person.locale())));
				return true;
			})
			.orElse(false);
	}

	/** How long before a meeting its attendees are reminded of it. */
	static final Duration REMINDER_LEAD = Duration.ofHours(24);

	/**
	 * Reminds the people coming (a yes, not waiting) of the meetings that start within a day,
	 * once per meeting (run by the task "meeting-reminders"); returns how many meetings.
	 */
	@Transactional
	int remindAttendees() {
		Instant now = clock.instant();
		int count = 0;
		for (Meeting meeting : meetings.toRemind(now, now.plus(REMINDER_LEAD))) {
			if (!meetings.reminded(meeting.id(), now)) {
				continue;
			}
			List<Long> coming = meetings.rsvps(meeting.id()).stream()
				.filter(rsvp -> rsvp.answer() == Rsvp.Answer.YES && !rsvp.waitlisted())
				.map(Rsvp::accountId)
				.toList();
			String where = meeting.address() != null ? meeting.address() : meeting.onlineUrl();
			accounts.recipients(coming)
				.forEach(person -> mailer.send(person, "meetingReminder", "/meetings/" + meeting.id(), meeting.title(),
						when(meeting.start(), person.locale()), where == null ? "" : where));
			count++;
		}
		return count;
	}

	/**
	 * Held, with who came among those who answered, and the number of participants (at least
	 * them: people without an account count too; null: just them). False when it was no longer
	 * scheduled.
	 */
	@Transactional
	boolean held(Meeting meeting, @Nullable Integer participants, java.util.Set<Long> came, SignedInUser by) {
		var answered = meetings.rsvps(meeting.id()).stream().map(Rsvp::accountId).collect(java.util.stream.Collectors.toSet());
		var present = came.stream().filter(answered::contains).sorted().toList();
		boolean done = meetings.close(meeting.id(), Meeting.State.HELD, participants == null ? present.size() : Math.max(participants, present.size()), null, null, clock.instant());
		if (done) {
			meetings.saveAttendance(meeting.id(), present);
			activity.record(meeting.groupId(), ActivityKind.MEETING_HELD, by.accountId(), meeting.id());
		}
		return done;
	}

	/** Cancelled, with a reason and, when known, the next date. False when it was no longer scheduled. */
	@Transactional
	boolean cancel(Meeting meeting, String reason, @Nullable Instant next, SignedInUser by) {
		boolean done = meetings.close(meeting.id(), Meeting.State.CANCELLED, null, reason, next, clock.instant());
		if (done) {
			activity.record(meeting.groupId(), ActivityKind.MEETING_CANCELLED, by.accountId(), meeting.id());
		}
		return done;
	}

	/** When a meeting is, for a mail in the recipient's language, in the meeting's own time zone. */
	static String when(java.time.ZonedDateTime start, java.util.Locale locale) {
		return java.time.format.DateTimeFormatter.ofLocalizedDateTime(java.time.format.FormatStyle.FULL, java.time.format.FormatStyle.SHORT)
			.withLocale(locale)
			.format(start);
	}

	Instant now() {
		return clock.instant();
	}
}
