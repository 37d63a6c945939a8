package club.platform.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static club.platform.Timestamps.utc;

@Repository
class MailOutbox {

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Recipient to, String subject, String text, String html, Instant now) {
		jdbc.sql("""
				insert into mail_outbox (account_id, recipient, locale, subject, text_body, html_body, status, attempts,
				  created_at, next_attempt_at)
				values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
			.params(to.accountId(), to.email(), to.locale().getLanguage(), subject, text, html, utc(now), utc(now))
			.update();
	}

	List<OutboxMail> due(Instant now, int limit) {
		return jdbc.sql("select * from mail_outbox where status = 'PENDING' and next_attempt_at <= ? order by id limit ?")
			.params(utc(now), limit)
			.query(MailOutbox::map)
			.list();
	}

	void markSent(long id, Instant now) {
		jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
			.params(utc(now), id)
			.update();
	}

	void markFailed(long id, OutboxMail.Status status, Instant retryAt, String error) {
		jdbc.sql("update mail_outbox set status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
			.params(status.name(), utc(retryAt), error.length() > 1000 ? error.substring(0, 1000) : error, id)
			.update();
	}

	int countTo(String recipient, Instant since) {
		return jdbc.sql("select count(*) from mail_outbox where lower(recipient) = lower(?) and created_at >= ?")
			.params(recipient, utc(since))
			.query(Integer.class)
			.single();
	}

	List<OutboxMail> page(int offset, int size) {
		return jdbc.sql("select * from mail_outbox order by id desc limit ? offset ?")
			.params(size, offset)
			.query(MailOutbox::map)
			.list();
	}

	long count() {
		return jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
	}

	Optional<OutboxMail> find(long id) {
		return jdbc.sql("select * from mail_outbox where id = ?").param(id).query(MailOutbox::map).optional();
	}

	List<OutboxMail> forAccount(long accountId) {
		return jdbc.sql("select * from mail_outbox where account_id = ? order by id")
			.param(accountId)
			.query(MailOutbox::map)
			.list();
	}

	void deleteForAccount(long accountId) {
		jdbc.sql("delete from mail_outbox where account_id = ?").param(accountId).update();
	}

	private static OutboxMail map(ResultSet rs, int row) throws SQLException {
		long accountId = rs.getLong("account_id");
		return new OutboxMail(rs.getLong("id"), rs.wasNull() ? null : accountId, rs.getString("recipient"),
				rs.getString("locale"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				OutboxMail.Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "created_at"),
				instant(rs, "sent_at"), rs.getString("last_error"));
	}

	private static @org.jspecify.annotations.Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
