package club.membership;

import club.access.Audience;

/** A group's entry rule and who sees its member list. */
public record EntrySettings(long groupId, EntryRule rule, Audience memberList) {

	/** Until its admins choose: open, with a member list for members. */
	static EntrySettings defaults(long groupId) {
		return new EntrySettings(groupId, EntryRule.OPEN, Audience.MEMBERS);
	}
}
