package club.wiki;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Wikis, their pages and revisions. Wiki pages are not in the public page cache, and no other
 * page shows their content: writing them does not move the content version.
 */
@Repository
class WikiRepository {

	private final JdbcClient jdbc;

	WikiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(long groupId) {
		return jdbc.sql("select count(*) from wiki where group_id = ?").param(groupId).query(Long.class).single() > 0;
	}

	/** Fails with a duplicate key when the group's wiki already exists (written by another request meanwhile). */
	void create(long groupId, Instant at) {
		jdbc.sql("insert into wiki (group_id, created_at) values (?, ?)").params(groupId, utc(at)).update();
	}

	/** A new page with its first revision; fails with a duplicate key when the group has a page at that address. */
	WikiPage insert(long groupId, String slug, String title, String body, @Nullable Long authorId, @Nullable String comment, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into wiki_page (group_id, slug, title, revision, created_at, updated_at) values (?, ?, ?, 1, ?, ?)")
			.params(groupId, slug, title, utc(at), utc(at))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		insertRevision(id, 1, body, authorId, comment, at);
		return new WikiPage(id, groupId, slug, title, 1, at, at);
	}

	/**
	 * Saves a new revision of the page, if its latest revision is still {@code base}: false when
	 * someone saved meanwhile (the row lock makes a simultaneous save wait, then see the new number).
	 */
	boolean revise(long pageId, int base, String title, String body, @Nullable Long authorId, @Nullable String comment, Instant at) {
		boolean moved = jdbc.sql("update wiki_page set revision = revision + 1, title = ?, updated_at = ? where id = ? and revision = ?")
			.params(title, utc(at), pageId, base)
			.update() == 1;
		if (moved) {
			insertRevision(pageId, base + 1, body, authorId, comment, at);
		}
		return moved;
	}

	private void insertRevision(long pageId, int number, String body, @Nullable Long authorId, @Nullable String comment, Instant at) {
		jdbc.sql("insert into wiki_revision (page_id, number, body, author_id, by_platform, at, comment) values (?, ?, ?, ?, ?, ?, ?)")
			.params(pageId, number, body, authorId, authorId == null, utc(at), comment)
			.update();
	}

	Optional<WikiPage> find(long groupId, String slug) {
		return jdbc.sql("select * from wiki_page where group_id = ? and slug = ?").params(groupId, slug).query(this::pageRow).optional();
	}

	/** The group's pages, by title. */
	List<WikiPage> pages(long groupId) {
		return jdbc.sql("select * from wiki_page where group_id = ? order by lower(title)").param(groupId).query(this::pageRow).list();
	}

	/** The addresses of the group's pages, to tell internal links to existing pages from those to create. */
	Set<String> slugs(long groupId) {
		return new HashSet<>(jdbc.sql("select slug from wiki_page where group_id = ?").param(groupId).query(String.class).list());
	}

	Optional<WikiRevision> revision(long pageId, int number) {
		return jdbc.sql("select * from wiki_revision where page_id = ? and number = ?")
			.params(pageId, number)
			.query((rs, row) -> new WikiRevision(rs.getLong("page_id"), rs.getInt("number"), rs.getString("body"),
					rs.getObject("author_id", Long.class), rs.getBoolean("by_platform"), rs.getTimestamp("at").toInstant(), rs.getString("comment")))
			.optional();
	}

	/** A page's revisions, newest first, without their texts. */
	List<WikiRevision.Entry> history(long pageId, int limit, int offset) {
		return jdbc.sql("select number, author_id, by_platform, at, comment from wiki_revision where page_id = ? order by number desc limit ? offset ?")
			.params(pageId, limit, offset)
			.query((rs, row) -> new WikiRevision.Entry(rs.getInt("number"), rs.getObject("author_id", Long.class),
					rs.getBoolean("by_platform"), rs.getTimestamp("at").toInstant(), rs.getString("comment")))
			.list();
	}

	/** The revisions a person wrote, with their page's title and group, oldest first. */
	List<Map<String, Object>> writtenBy(long accountId) {
		return jdbc.sql("""
				select p.group_id, p.slug, p.title, r.number, r.at, r.comment from wiki_revision r join wiki_page p on p.id = r.page_id
				where r.author_id = ? order by r.at, p.id, r.number""")
			.param(accountId)
			.query((rs, row) -> Map.<String, Object>of("groupId", rs.getLong("group_id"), "page", rs.getString("slug"), "title",
					rs.getString("title"), "revision", rs.getInt("number"), "at", rs.getTimestamp("at").toInstant().toString(), "comment",
					Optional.ofNullable(rs.getString("comment")).orElse("")))
			.list();
	}

	/** Their revisions stay, unsigned: the pages belong to their groups. */
	void forget(long accountId) {
		jdbc.sql("update wiki_revision set author_id = null where author_id = ?").param(accountId).update();
	}

	private WikiPage pageRow(ResultSet rs, int row) throws SQLException {
		return new WikiPage(rs.getLong("id"), rs.getLong("group_id"), rs.getString("slug"), rs.getString("title"), rs.getInt("revision"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}
}
