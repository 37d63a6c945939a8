package club.news;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import club.directory.Group;
import club.directory.GroupNews;
import club.platform.security.SignedInUser;

/**
 * The latest news on a group's page and on its ecosystems' pages: a single query on the
 * (group, state, published) index, whatever the number of groups.
 */
@Component
class GroupNewsView implements GroupNews {

	private final NewsRepository posts;
	private final News news;

	GroupNewsView(NewsRepository posts, News news) {
		this.posts = posts;
		this.news = news;
	}

	@Override
	public List<Headline> latest(Group group, Optional<SignedInUser> viewer, int limit) {
		return posts.headlines(group.id(), news.readsMembersOnly(group.id(), viewer), limit);
	}

	@Override
	public List<Headline> latestPublic(Collection<Long> groupIds, int limit) {
		return posts.publicHeadlines(groupIds, limit);
	}
}
