package club.meeting;

import java.util.Optional;

import org.springframework.stereotype.Component;

import club.directory.Group;
import club.directory.GroupCalendar;
import club.platform.security.SignedInUser;

/** The group page's line about its next meeting. */
@Component
class GroupCalendarView implements GroupCalendar {

	private final Meetings meetings;

	GroupCalendarView(Meetings meetings) {
		this.meetings = meetings;
	}

	@Override
	public Optional<NextMeeting> next(Group group, Optional<SignedInUser> viewer) {
		return meetings.next(group, viewer).map(meeting -> new NextMeeting(meeting.id(), meeting.title(), meeting.start()));
	}
}
