package club.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.access.Access;
import club.directory.Group;
import club.platform.security.SecretTokens;

/**
 * The meetings calendar applications subscribe to: a group's, an ecosystem's (all its groups'
 * public meetings) and a person's ("my meetings", behind a private address whose token only the
 * person sees, once; only its hash is kept). Feeds cover the last three months and all to come.
 */
@Service
class CalendarFeeds {

	/** How far back a feed goes: calendars keep what they already have. */
	static final Duration HISTORY = Duration.ofDays(92);

	/** A bound on a feed's size, far above any real ecosystem's. */
	static final int MAX_EVENTS = 20_000;

	private final MeetingRepository meetings;
	private final Access access;
	private final Clock clock;

	CalendarFeeds(MeetingRepository meetings, Access access, Clock clock) {
		this.meetings = meetings;
		this.access = access;
		this.clock = clock;
	}

	List<Meeting> publicMeetings(List<Group> groups) {
		return meetings.ofGroups(groups.stream().map(Group::id).toList(), false, since(), MAX_EVENTS);
	}

	/** The person's meetings, when the token is theirs. */
	Optional<List<Meeting>> personal(String token) {
		return meetings.calendarTokenOwner(SecretTokens.hash(token)).map(account -> meetings.personal(account,
				access.groupsOf(account).stream().map(Access.Membership::groupId).toList(), since(), MAX_EVENTS));
	}

	/** A new private address for the person, replacing any previous one: returns its token, shown once. */
	@Transactional
	String newToken(long accountId) {
		String token = SecretTokens.newToken();
		meetings.saveCalendarToken(accountId, SecretTokens.hash(token), clock.instant());
		return token;
	}

	@Transactional
	void revoke(long accountId) {
		meetings.deleteCalendarToken(accountId);
	}

	/** When the person's current address was made, if they have one. */
	Optional<Instant> tokenCreated(long accountId) {
		return meetings.calendarTokenCreated(accountId);
	}

	Instant now() {
		return clock.instant();
	}

	private Instant since() {
		return clock.instant().minus(HISTORY);
	}
}
