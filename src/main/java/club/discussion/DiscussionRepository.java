package club.discussion;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DiscussionRepository {

	/** How many of the most recent matching messages search ranks. */
	static final int SEARCH_CANDIDATES = 1_000;

	private final JdbcClient jdbc;
	private final boolean postgres;

	DiscussionRepository(JdbcClient jdbc, javax.sql.DataSource dataSource) throws SQLException {
		this.jdbc = jdbc;
		try (var connection = dataSource.getConnection()) {
			this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
		}
	}

	// --- threads

	long insertThread(long groupId, String title, long authorId, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussion_thread (group_id, title, author_id, created_at, last_posted_at, message_count, pinned, locked)
				values (?, ?, ?, ?, ?, 0, ?, ?)""")
			.params(groupId, title, authorId, utc(at), utc(at), false, false)
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<DiscussionThread> thread(long id) {
		return jdbc.sql("select * from discussion_thread where id = ?").param(id).query(this::threadRow).optional();
	}

	/** Pinned threads first, then the most recently active. */
	List<DiscussionThread> threads(long groupId, int offset, int limit) {
		return jdbc.sql("select * from discussion_thread where group_id = ? order by pinned desc, last_posted_at desc, id desc offset ? rows fetch next ? rows only")
			.params(groupId, offset, limit)
			.query(this::threadRow)
			.list();
	}

	long countThreads(long groupId) {
		return jdbc.sql("select count(*) from discussion_thread where group_id = ?").param(groupId).query(Long.class).single();
	}

	void setPinned(long threadId, boolean pinned) {
		jdbc.sql("update discussion_thread set pinned = ? where id = ?").params(pinned, threadId).update();
	}

	void setLocked(long threadId, boolean locked) {
		jdbc.sql("update discussion_thread set locked = ? where id = ?").params(locked, threadId).update();
	}

	/** The thread and its messages go to another group. */
	void move(long threadId, long groupId) {
		jdbc.sql("update discussion_thread set group_id = ? where id = ?").params(groupId, threadId).update();
		jdbc.sql("update discussion_message set group_id = ? where thread_id = ?").params(groupId, threadId).update();
		jdbc.sql("update discussion_report set group_id = ? where message_id in (select id from discussion_message where thread_id = ?)")
			.params(groupId, threadId)
			.update();
	}

	// --- messages

	/**
	 * Appends a message to its thread. The thread's row is locked first, so that two messages
	 * posted at once take positions one after the other.
	 */
	long append(long threadId, long groupId, long authorId, String body, String searchText, Instant at) {
		int count = jdbc.sql("select message_count from discussion_thread where id = ? for update").param(threadId).query(Integer.class).single();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into discussion_message (thread_id, group_id, position, author_id, body, posted_at, hidden, search_text)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(threadId, groupId, count + 1, authorId, body, utc(at), false, searchText)
			.update(keys, "id");
		jdbc.sql("update discussion_thread set message_count = ?, last_posted_at = ? where id = ?").params(count + 1, utc(at), threadId).update();
		return keys.getKeyAs(Long.class);
	}

	Optional<DiscussionMessage> message(long id) {
		return jdbc.sql("select * from discussion_message where id = ?").param(id).query(this::messageRow).optional();
	}

	/** Messages {@code from} to {@code to} of the thread, by position: one range of its unique index. */
	List<DiscussionMessage> messages(long threadId, int from, int to) {
		return jdbc.sql("select * from discussion_message where thread_id = ? and position between ? and ? order by position")
			.params(threadId, from, to)
			.query(this::messageRow)
			.list();
	}

	/**
	 * The group's visible messages holding every word (already lower case and without accents),
	 * best first. On PostgreSQL: the {@value #SEARCH_CANDIDATES} most recent messages holding
	 * them, ranked by how densely they hold them. Ranking every match of a word found in most
	 * messages took a second among a million; taking the most recent first lets PostgreSQL walk
	 * the group's messages backwards for a frequent word and read the full-text index for a rare
	 * one. Elsewhere (H2, for development): plain matching, newest first.
	 */
	List<DiscussionMessage> search(long groupId, List<String> words, int limit) {
		if (postgres) {
			return jdbc.sql("""
					select c.* from (
					  select m.* from discussion_message m, plainto_tsquery('simple', :words) q
					  where m.group_id = :group and not m.hidden and m.search_vector @@ q
					  order by m.posted_at desc, m.id desc limit :candidates
					) c, plainto_tsquery('simple', :words) q
					order by ts_rank_cd(c.search_vector, q) desc, c.posted_at desc, c.id desc limit :limit""")
				.param("words", String.join(" ", words))
				.param("group", groupId)
				.param("candidates", SEARCH_CANDIDATES)
				.param("limit", limit)
				.query(this::messageRow)
				.list();
		}
		var sql = new StringBuilder("select * from discussion_message where group_id = :group and hidden = false");
		for (int i = 0; i < words.size(); i++) {
			sql.append(" and search_text like :w").append(i);
		}
		var query = jdbc.sql(sql.append(" order by posted_at desc, id desc fetch first :limit rows only").toString())
			.param("group", groupId)
			.param("limit", limit);
		for (int i = 0; i < words.size(); i++) {
			query = query.param("w" + i, "%" + words.get(i) + "%");
		}
		return query.query(this::messageRow).list();
	}

	void setHidden(long messageId, boolean hidden) {
		jdbc.sql("update discussion_message set hidden = ? where id = ?").params(hidden, messageId).update();
	}

	// --- following

	void follow(long threadId, long accountId) {
		if (!follows(threadId, accountId)) {
			jdbc.sql("insert into discussion_follow (thread_id, account_id) values (?, ?)").params(threadId, accountId).update();
		}
	}

	void unfollow(long threadId, long accountId) {
		jdbc.sql("delete from discussion_follow where thread_id = ? and account_id = ?").params(threadId, accountId).update();
	}

	boolean follows(long threadId, long accountId) {
		return jdbc.sql("select count(*) from discussion_follow where thread_id = ? and account_id = ?").params(threadId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	List<Long> followers(long threadId) {
		return jdbc.sql("select account_id from discussion_follow where thread_id = ? order by account_id").param(threadId).query(Long.class).list();
	}

	// --- paces and digests

	java.util.Map<Long, DiscussionPace> paces(long groupId) {
		var paces = new java.util.HashMap<Long, DiscussionPace>();
		jdbc.sql("select account_id, pace, whole_group from discussion_pace where group_id = ?").param(groupId)
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> paces.put(rs.getLong(1),
					new DiscussionPace(DiscussionPace.Pace.valueOf(rs.getString(2)), rs.getBoolean(3))));
		return paces;
	}

	void savePace(long groupId, long accountId, DiscussionPace pace) {
		jdbc.sql("delete from discussion_pace where group_id = ? and account_id = ?").params(groupId, accountId).update();
		jdbc.sql("insert into discussion_pace (group_id, account_id, pace, whole_group) values (?, ?, ?, ?)")
			.params(groupId, accountId, pace.pace().name(), pace.wholeGroup())
			.update();
	}

	/** One line of a digest: a visible message of that period someone on a daily pace follows (its thread, or the whole group). */
	record DigestLine(long accountId, long groupId, long threadId, String threadTitle, long messageId) {
	}

	List<DigestLine> digestLines(Instant from, Instant to) {
		return jdbc.sql("""
				select p.account_id, m.group_id, m.thread_id, t.title, m.id
				from discussion_pace p
				join discussion_message m on m.group_id = p.group_id and m.posted_at >= ? and m.posted_at < ? and m.hidden = ?
				  and (m.author_id is null or m.author_id <> p.account_id)
				join discussion_thread t on t.id = m.thread_id
				where p.pace = 'DAILY' and (p.whole_group = ? or exists
				  (select 1 from discussion_follow f where f.thread_id = m.thread_id and f.account_id = p.account_id))
				order by p.account_id, m.group_id, m.thread_id, m.position""")
			.params(utc(from), utc(to), false, true)
			.query((rs, row) -> new DigestLine(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getLong(5)))
			.list();
	}

	/**
	 * Claims the person's digest of that day; false when it was already sent. (The task runs on one
	 * node at a time, db-scheduler sees to it; the primary key refuses a second row anyway.)
	 */
	boolean claimDigest(long accountId, java.time.LocalDate day) {
		return jdbc.sql("insert into discussion_digest (account_id, digest_day) values (?, ?) on conflict do nothing")
			.params(accountId, day)
			.update() == 1;
	}

	// --- reports and moderation

	long report(long messageId, long groupId, long reporterId, String reason, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("insert into discussion_report (message_id, group_id, reporter_id, reason, reported_at) values (?, ?, ?, ?, ?)")
			.params(messageId, groupId, reporterId, reason, utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Report> findReport(long id) {
		return jdbc.sql("select * from discussion_report where id = ?").param(id).query(this::reportRow).optional();
	}

	/** The group's reports, open ones first, then the latest decided. */
	List<Report> reports(long groupId, int limit) {
		return jdbc.sql("""
				select * from discussion_report where group_id = ?
				order by case when outcome is null then 0 else 1 end, reported_at desc, id desc fetch first ? rows only""")
			.params(groupId, limit)
			.query(this::reportRow)
			.list();
	}

	/** Decides the open reports of a message; false when there were none (already decided). */
	boolean decide(long messageId, Report.Outcome outcome, long by, Instant at) {
		return jdbc.sql("update discussion_report set outcome = ?, decided_by = ?, decided_at = ? where message_id = ? and outcome is null")
			.params(outcome.name(), by, utc(at), messageId)
			.update() > 0;
	}

	void log(long groupId, @Nullable Long threadId, @Nullable Long messageId, long moderatorId, ModerationEntry.Action action,
			@Nullable String reason, Instant at) {
		jdbc.sql("""
				insert into discussion_moderation (group_id, thread_id, message_id, moderator_id, action, reason, at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(groupId, threadId, messageId, moderatorId, action.name(), reason, utc(at))
			.update();
	}

	List<ModerationEntry> moderationLog(long groupId, int limit) {
		return jdbc.sql("select * from discussion_moderation where group_id = ? order by at desc, id desc fetch first ? rows only")
			.params(groupId, limit)
			.query((rs, row) -> new ModerationEntry(rs.getLong("id"), rs.getLong("group_id"), (Long) rs.getObject("thread_id", Long.class),
					(Long) rs.getObject("message_id", Long.class), (Long) rs.getObject("moderator_id", Long.class),
					ModerationEntry.Action.valueOf(rs.getString("action")), rs.getString("reason"), rs.getTimestamp("at").toInstant()))
			.list();
	}

	// --- a person's data

	List<DiscussionMessage> messagesBy(long accountId) {
		return jdbc.sql("select * from discussion_message where author_id = ? order by posted_at").param(accountId).query(this::messageRow).list();
	}

	/** Their messages stay, signed "former member"; their follows go. */
	void forget(long accountId) {
		jdbc.sql("update discussion_message set author_id = null where author_id = ?").param(accountId).update();
		jdbc.sql("update discussion_thread set author_id = null where author_id = ?").param(accountId).update();
		jdbc.sql("update discussion_report set reporter_id = null where reporter_id = ?").param(accountId).update();
		jdbc.sql("delete from discussion_follow where account_id = ?").param(accountId).update();
	}

	private DiscussionThread threadRow(ResultSet rs, int row) throws SQLException {
		return new DiscussionThread(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"), (Long) rs.getObject("author_id", Long.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("last_posted_at").toInstant(), rs.getInt("message_count"),
				rs.getBoolean("pinned"), rs.getBoolean("locked"));
	}

	private DiscussionMessage messageRow(ResultSet rs, int row) throws SQLException {
		return new DiscussionMessage(rs.getLong("id"), rs.getLong("thread_id"), rs.getLong("group_id"), rs.getInt("position"),
				(Long) rs.getObject("author_id", Long.class), rs.getString("body"), rs.getTimestamp("posted_at").toInstant(),
				rs.getBoolean("hidden"));
	}

	private Report reportRow(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		Timestamp decided = rs.getTimestamp("decided_at");
		return new Report(rs.getLong("id"), rs.getLong("message_id"), rs.getLong("group_id"), (Long) rs.getObject("reporter_id", Long.class),
				rs.getString("reason"), rs.getTimestamp("reported_at").toInstant(), outcome == null ? null : Report.Outcome.valueOf(outcome),
				(Long) rs.getObject("decided_by", Long.class), decided == null ? null : decided.toInstant());
	}

	// --- contributions caught into the shared space

	void recordCatch(long groupId, long threadId, @Nullable Long messageId, Catch.Target target, String path, String title, long curatorId,
			Instant at) {
		jdbc.sql("""
				insert into discussion_catch (group_id, thread_id, message_id, target, target_path, target_title, curator_id, caught_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(groupId, threadId, messageId, target.name(), path, title, curatorId, utc(at))
			.update();
	}

	/** What was caught from the thread, oldest first. */
	List<Catch> catches(long threadId) {
		return jdbc.sql("""
				select id, thread_id, message_id, target, target_path, target_title, curator_id, caught_at
				from discussion_catch where thread_id = ? order by caught_at, id""")
			.param(threadId)
			.query((rs, row) -> new Catch(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), Catch.Target.valueOf(rs.getString(4)),
					rs.getString(5), rs.getString(6), rs.getObject(7, Long.class), rs.getTimestamp(8).toInstant()))
			.list();
	}
}
