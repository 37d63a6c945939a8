package club.meeting;

import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

import club.directory.Group;
import club.directory.GroupCalendar;
import club.platform.security.SignedInUser;

/** The group page's line about its next meeting. */
@Component
class GroupCalendarView implements GroupCalendar {

	private final Meetings meetings;
	private final MeetingRhythms rhythms;

	GroupCalendarView(Meetings meetings, MeetingRhythms rhythms) {
		this.meetings = meetings;
		this.rhythms = rhythms;
	}

	@Override
	public Optional<NextMeeting> next(Group group, Optional<SignedInUser> viewer) {
		return meetings.next(group, viewer).map(meeting -> new NextMeeting(meeting.id(), meeting.title(), meeting.start()));
	}

	@Override
	public Optional<ZonedDateTime> unscheduledDue(Group group) {
		return rhythms.unscheduledDue(group);
	}
}
