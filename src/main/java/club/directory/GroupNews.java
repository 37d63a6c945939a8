package club.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import club.platform.security.SignedInUser;

/**
 * A group's latest news, for its page and for its ecosystems' pages: implemented by the news
 * module (which depends on the directory, not the other way round).
 */
public interface GroupNews {

	record Headline(long id, long groupId, String title, Instant publishedAt) {
	}

	/** The group's latest published posts the viewer may read, newest first. */
	List<Headline> latest(Group group, Optional<SignedInUser> viewer, int limit);

	/** The latest public posts of all these groups together (an ecosystem's), newest first. */
	List<Headline> latestPublic(Collection<Long> groupIds, int limit);
}
