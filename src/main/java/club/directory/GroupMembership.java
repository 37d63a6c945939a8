package club.directory;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import club.platform.security.SignedInUser;

/**
 * Where the visitor stands with a group, for its page: implemented by the membership module
 * (which depends on the directory, not the other way round).
 */
public interface GroupMembership {

	/**
	 * The group's entry process (OPEN, APPROVAL, COOPTATION, APPLICATION); whether the visitor
	 * is a member, has a request in progress, may see the member list, decides requests (and how
	 * many wait).
	 */
	record Standing(String process, boolean member, @Nullable Long openRequestId, boolean seesMembers, boolean organizer,
			long openRequests) {
	}

	Standing standing(Group group, Optional<SignedInUser> user);
}
