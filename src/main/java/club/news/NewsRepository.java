package club.news;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import club.access.Audience;
import club.directory.GroupNews.Headline;
import club.platform.images.StoredImages;
import club.platform.web.ContentVersion;

/**
 * Posts, their pictures, the members' paces and the digests sent. Every write to posts moves the
 * content version: group and ecosystem pages show the latest news.
 */
@Repository
class NewsRepository {

	/** A post with its picture's version, never its bytes. */
	private static final String POSTS = "select p.*, i.updated_at as image_at from news_post p left join news_image i on i.post_id = p.id ";

	private final JdbcClient jdbc;
	private final ContentVersion contentVersion;
	private final StoredImages images;

	NewsRepository(JdbcClient jdbc, ContentVersion contentVersion) {
		this.jdbc = jdbc;
		this.contentVersion = contentVersion;
		this.images = new StoredImages(jdbc, contentVersion, "news_image", "post_id");
	}

	/** Each post's picture (a method, not a field: this bean is a proxy). */
	StoredImages images() {
		return images;
	}

	long insert(NewsPost post) {
		contentVersion.changed();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into news_post (uid, group_id, title, body, visibility, state, publish_at, published_at, author_id, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(post.uid(), post.groupId(), post.title(), post.body(), post.audience().name(), post.state().name(),
					utc(post.publishAt()), utc(post.publishedAt()), post.authorId(), utc(post.createdAt()), utc(post.updatedAt()))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/**
	 * The text, the audience and, while unpublished, the state and its moment; false when the post
	 * is no longer in the state the editor saw.
	 */
	boolean update(long id, NewsPost.State seen, String title, String body, Audience audience, NewsPost.State state,
			@Nullable Instant publishAt, Instant at) {
		contentVersion.changed();
		return jdbc.sql("""
				update news_post set title = ?, body = ?, visibility = ?, state = ?, publish_at = ?, updated_at = ?
				where id = ? and state = ?""")
			.params(title, body, audience.name(), state.name(), utc(publishAt), utc(at), id, seen.name())
			.update() == 1;
	}

	/** False when it was already published (by another request, or the task on another node). */
	boolean publish(long id, Instant at) {
		contentVersion.changed();
		return jdbc.sql("update news_post set state = 'PUBLISHED', published_at = ?, updated_at = ? where id = ? and state <> 'PUBLISHED'")
			.params(utc(at), utc(at), id)
			.update() == 1;
	}

	/** Publishes a scheduled post that is due; false when another node did, or an editor changed it meanwhile. */
	boolean publishDue(long id, Instant now) {
		contentVersion.changed();
		return jdbc.sql("""
				update news_post set state = 'PUBLISHED', published_at = ?, updated_at = ?
				where id = ? and state = 'SCHEDULED' and publish_at <= ?""")
			.params(utc(now), utc(now), id, utc(now))
			.update() == 1;
	}

	void delete(long id) {
		contentVersion.changed();
		jdbc.sql("delete from news_post where id = ?").param(id).update();
	}

	Optional<NewsPost> find(long id) {
		return jdbc.sql(POSTS + "where p.id = ?").param(id).query(this::postRow).optional();
	}

	/** A group's published posts, newest first; members-only ones too when the reader is a member. */
	List<NewsPost> published(long groupId, boolean withMembersOnly, int limit, int offset) {
		return jdbc.sql(POSTS + """
				where p.group_id = ? and p.state = 'PUBLISHED' and (p.visibility = 'PUBLIC' or ?)
				order by p.published_at desc, p.id desc limit ? offset ?""")
			.params(groupId, withMembersOnly, limit, offset)
			.query(this::postRow)
			.list();
	}

	long countPublished(long groupId, boolean withMembersOnly) {
		return jdbc.sql("select count(*) from news_post where group_id = ? and state = 'PUBLISHED' and (visibility = 'PUBLIC' or ?)")
			.params(groupId, withMembersOnly)
			.query(Long.class)
			.single();
	}

	/** Drafts and scheduled posts, for the group's editors: scheduled ones first, in the order they go out. */
	List<NewsPost> unpublished(long groupId) {
		return jdbc.sql(POSTS + """
				where p.group_id = ? and p.state <> 'PUBLISHED'
				order by case when p.state = 'SCHEDULED' then 0 else 1 end, p.publish_at, p.updated_at desc, p.id""")
			.param(groupId)
			.query(this::postRow)
			.list();
	}

	/** The titles of a group's latest posts: one range of the (group, state, published) index. */
	List<Headline> headlines(long groupId, boolean withMembersOnly, int limit) {
		return jdbc.sql("""
				select id, group_id, title, published_at from news_post
				where group_id = ? and state = 'PUBLISHED' and (visibility = 'PUBLIC' or ?)
				order by published_at desc, id desc limit ?""")
			.params(groupId, withMembersOnly, limit)
			.query(NewsRepository::headlineRow)
			.list();
	}

	/** The latest public posts of several groups together, in one query. */
	List<Headline> publicHeadlines(Collection<Long> groupIds, int limit) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select id, group_id, title, published_at from news_post
				where group_id in (:groups) and state = 'PUBLISHED' and visibility = 'PUBLIC'
				order by published_at desc, id desc limit :limit""")
			.param("groups", groupIds)
			.param("limit", limit)
			.query(NewsRepository::headlineRow)
			.list();
	}

	/** The public posts of several groups together (an ecosystem's), newest first, in one query. */
	List<NewsPost> publicPosts(Collection<Long> groupIds, int limit, int offset) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(POSTS + """
				where p.group_id in (:groups) and p.state = 'PUBLISHED' and p.visibility = 'PUBLIC'
				order by p.published_at desc, p.id desc limit :limit offset :offset""")
			.param("groups", groupIds)
			.param("limit", limit)
			.param("offset", offset)
			.query(this::postRow)
			.list();
	}

	long countPublic(Collection<Long> groupIds) {
		if (groupIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from news_post where group_id in (:groups) and state = 'PUBLISHED' and visibility = 'PUBLIC'")
			.param("groups", groupIds)
			.query(Long.class)
			.single();
	}

	/** Scheduled posts whose moment has come, in the order they were meant to go out. */
	List<NewsPost> due(Instant now) {
		return jdbc.sql(POSTS + "where p.state = 'SCHEDULED' and p.publish_at <= ? order by p.publish_at, p.id")
			.param(utc(now))
			.query(this::postRow)
			.list();
	}

	/** The posts published in [from, to), oldest first. */
	List<NewsPost> publishedBetween(Instant from, Instant to) {
		return jdbc.sql(POSTS + "where p.state = 'PUBLISHED' and p.published_at >= ? and p.published_at < ? order by p.published_at, p.id")
			.params(utc(from), utc(to))
			.query(this::postRow)
			.list();
	}

	// --- paces and digests

	Optional<NewsPace> pace(long groupId, long accountId) {
		return jdbc.sql("select pace from news_pace where group_id = ? and account_id = ?")
			.params(groupId, accountId)
			.query(String.class)
			.optional()
			.map(NewsPace::valueOf);
	}

	void savePace(long groupId, long accountId, NewsPace pace) {
		jdbc.sql("delete from news_pace where group_id = ? and account_id = ?").params(groupId, accountId).update();
		jdbc.sql("insert into news_pace (group_id, account_id, pace) values (?, ?, ?)").params(groupId, accountId, pace.name()).update();
	}

	/** The accounts that chose that pace for the group. */
	List<Long> withPace(long groupId, NewsPace pace) {
		return jdbc.sql("select account_id from news_pace where group_id = ? and pace = ?")
			.params(groupId, pace.name())
			.query(Long.class)
			.list();
	}

	/** For these groups: group id → account id → the pace chosen (absent: the default). */
	Map<Long, Map<Long, NewsPace>> paces(Collection<Long> groupIds) {
		Map<Long, Map<Long, NewsPace>> paces = new HashMap<>();
		if (!groupIds.isEmpty()) {
			jdbc.sql("select group_id, account_id, pace from news_pace where group_id in (:groups)")
				.param("groups", groupIds)
				.query(rs -> {
					paces.computeIfAbsent(rs.getLong(1), group -> new HashMap<>()).put(rs.getLong(2), NewsPace.valueOf(rs.getString(3)));
				});
		}
		return paces;
	}

	/** Records the week's digest as sent to that person; false when it already was. */
	boolean digestSent(long accountId, String week, Instant at) {
		return jdbc.sql("insert into news_digest (account_id, week, sent_at) values (?, ?, ?) on conflict do nothing")
			.params(accountId, week, utc(at))
			.update() == 1;
	}

	// --- personal data

	List<NewsPost> writtenBy(long accountId) {
		return jdbc.sql(POSTS + "where p.author_id = ? order by p.created_at, p.id").param(accountId).query(this::postRow).list();
	}

	/** Group id → pace chosen by the person. */
	Map<Long, NewsPace> pacesOf(long accountId) {
		Map<Long, NewsPace> paces = new HashMap<>();
		jdbc.sql("select group_id, pace from news_pace where account_id = ?")
			.param(accountId)
			.query(rs -> {
				paces.put(rs.getLong(1), NewsPace.valueOf(rs.getString(2)));
			});
		return paces;
	}

	/** The person's posts stay, unsigned; their paces and the record of their digests go. */
	void forget(long accountId) {
		jdbc.sql("update news_post set author_id = null where author_id = ?").param(accountId).update();
		jdbc.sql("delete from news_pace where account_id = ?").param(accountId).update();
		jdbc.sql("delete from news_digest where account_id = ?").param(accountId).update();
	}

	long count() {
		return jdbc.sql("select count(*) from news_post").query(Long.class).single();
	}

	private NewsPost postRow(ResultSet rs, int row) throws SQLException {
		return new NewsPost(rs.getLong("id"), rs.getString("uid"), rs.getLong("group_id"), rs.getString("title"), rs.getString("body"),
				Audience.valueOf(rs.getString("visibility")), NewsPost.State.valueOf(rs.getString("state")), instant(rs, "publish_at"),
				instant(rs, "published_at"), (Long) rs.getObject("author_id", Long.class), instant(rs, "image_at"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static Headline headlineRow(ResultSet rs, int row) throws SQLException {
		return new Headline(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"), rs.getTimestamp("published_at").toInstant());
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
