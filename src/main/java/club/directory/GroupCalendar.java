package club.directory;

import java.time.ZonedDateTime;
import java.util.Optional;

import club.platform.security.SignedInUser;

/**
 * A group's next meeting, for its page: implemented by the meeting module (which depends on the
 * directory, not the other way round).
 */
public interface GroupCalendar {

	record NextMeeting(long id, String title, ZonedDateTime start) {
	}

	/** Empty when no meeting is scheduled: the page then says so. */
	Optional<NextMeeting> next(Group group, Optional<SignedInUser> viewer);

	/** When the group's declared rhythm expects a meeting that nobody scheduled yet, if it does. */
	Optional<ZonedDateTime> unscheduledDue(Group group);
}
