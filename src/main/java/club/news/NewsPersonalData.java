package club.news;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/**
 * The posts a person wrote and the paces they chose. When their account goes, their posts stay
 * in their groups' channels, unsigned: they belong to the groups' history.
 */
@Component
class NewsPersonalData implements PersonalData {

	private final NewsRepository posts;

	NewsPersonalData(NewsRepository posts) {
		this.posts = posts;
	}

	@Override
	public String section() {
		return "news";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		var written = posts.writtenBy(accountId).stream().map(post -> {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("id", post.id());
			row.put("groupId", post.groupId());
			row.put("title", post.title());
			row.put("body", post.body());
			row.put("state", post.state().name());
			row.put("createdAt", post.createdAt().toString());
			row.put("publishedAt", post.publishedAt() == null ? null : post.publishedAt().toString());
			return row;
		}).toList();
		Map<String, Object> paces = new LinkedHashMap<>();
		posts.pacesOf(accountId).forEach((groupId, pace) -> paces.put(groupId.toString(), pace.name()));
		return Map.of("written", written, "paceByGroup", paces);
	}

	@Override
	public void erase(long accountId) {
		posts.forget(accountId);
	}
}
