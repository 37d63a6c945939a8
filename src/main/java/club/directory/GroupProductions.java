package club.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import club.platform.security.SignedInUser;

/**
 * A group's productions (seed 004: the original documents a community of practice writes), for
 * its page and its ecosystems' pages: implemented by the resource module (which depends on the
 * directory, not the other way round).
 */
public interface GroupProductions {

	record Production(long id, long groupId, String title, Instant createdAt) {
	}

	/** The group's latest productions the viewer may see, newest first. */
	List<Production> latest(Group group, Optional<SignedInUser> viewer, int limit);

	/** The latest public productions of all these groups together (an ecosystem's), newest first. */
	List<Production> latestPublic(Collection<Long> groupIds, int limit);
}
