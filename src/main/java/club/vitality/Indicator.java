package club.vitality;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import club.access.GroupRole;
import club.activity.ActivityKind;

/**
 * The five things seed 001 watches in a group. Each but the discussion follows a declared rhythm
 * (with a default the facilitators may change); the discussion is judged on its volume.
 */
public enum Indicator {
	/** (1) The facilitators update the tracking board regularly. */
	BOARD(Duration.ofDays(30), GroupRole.FACILITATOR),
	/** (2) Meetings are held regularly; a meeting series' rhythm replaces the default. */
	MEETINGS(Duration.ofDays(30), GroupRole.MEETING_ORGANIZER),
	/** (3) News is published regularly. */
	NEWS(Duration.ofDays(30), GroupRole.NEWS_EDITOR),
	/** (4) The discussion has normal activity, neither too much nor too little. */
	DISCUSSION(null, GroupRole.MODERATOR),
	/** (5) The shared space is updated. */
	SHARED_SPACE(Duration.ofDays(60), GroupRole.CURATOR);

	private final @Nullable Duration defaultRhythm;
	private final GroupRole responder;

	Indicator(@Nullable Duration defaultRhythm, GroupRole responder) {
		this.defaultRhythm = defaultRhythm;
		this.responder = responder;
	}

	/** The rhythm assumed until the facilitators declare one; none for the discussion. */
	public @Nullable Duration defaultRhythm() {
		return defaultRhythm;
	}

	public boolean scheduled() {
		return defaultRhythm != null;
	}

	/** Who is nudged first: those who do what the indicator watches (the meeting organizers, the news editors…). */
	public GroupRole responder() {
		return responder;
	}

	/** Everyone a nudge reaches at its second level, with the group's helpers: the facilitators and the responders. */
	public Set<GroupRole> facilitators() {
		Set<GroupRole> roles = EnumSet.copyOf(GroupRole.ORGANIZERS);
		roles.add(responder);
		return roles;
	}

	/** Which indicator an event counts for, if any. By name, so that kinds added later (RESOURCE_ADDED) count. */
	public static @Nullable Indicator of(ActivityKind kind) {
		return switch (kind.name()) {
			case "PROJECT_UPDATED", "PROJECT_REVIEWED", "PROJECT_STATE_CHANGED" -> BOARD;
			case "MEETING_HELD", "MEETING_SCHEDULED", "POLL_OPENED", "POLL_CLOSED_WITH_DATE" -> MEETINGS;
			case "NEWS_PUBLISHED" -> NEWS;
			case "DISCUSSION_MESSAGE_POSTED" -> DISCUSSION;
			case "WIKI_PAGE_EDITED", "RESOURCE_ADDED" -> SHARED_SPACE;
			default -> null;
		};
	}
}
