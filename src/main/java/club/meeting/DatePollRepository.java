package club.meeting;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class DatePollRepository {

	private final JdbcClient jdbc;

	DatePollRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long groupId, String title, @Nullable String description, String place, int durationMinutes, Instant deadline, ZoneId zone,
			List<Instant> options, @Nullable Long seriesId, @Nullable Long createdBy, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into date_poll (group_id, title, description, place, duration_minutes, deadline, time_zone, state, series_id, created_by,
				  created_at)
				values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)""")
			.params(groupId, title, description, place, durationMinutes, utc(deadline), zone.getId(), seriesId, createdBy, utc(at))
			.update(keys, "id");
		long id = keys.getKeyAs(Long.class);
		options.forEach(start -> jdbc.sql("insert into date_poll_option (poll_id, starts_at) values (?, ?)").params(id, utc(start)).update());
		return id;
	}

	Optional<DatePoll> find(long id) {
		return jdbc.sql("select * from date_poll where id = ?").param(id).query(this::pollRow).optional();
	}

	List<DatePoll> open(long groupId) {
		return jdbc.sql("select * from date_poll where group_id = ? and state = 'OPEN' order by deadline, id").param(groupId)
			.query(this::pollRow)
			.list();
	}

	/** Open polls whose deadline has passed. */
	List<DatePoll> overdue(Instant now) {
		return jdbc.sql("select * from date_poll where state = 'OPEN' and deadline < ? order by id").param(utc(now)).query(this::pollRow).list();
	}

	/** Ends an open poll; false when it had already ended (closed by someone else, or by the deadline). */
	boolean close(long id, DatePoll.State state, @Nullable Long meetingId, Instant at) {
		return jdbc.sql("update date_poll set state = ?, meeting_id = ?, closed_at = ? where id = ? and state = 'OPEN'")
			.params(state.name(), meetingId, utc(at), id)
			.update() == 1;
	}

	void meetingChosen(long pollId, long meetingId) {
		jdbc.sql("update date_poll set meeting_id = ? where id = ?").params(meetingId, pollId).update();
	}

	void answer(long optionId, long accountId, DatePoll.Answer answer, Instant at) {
		jdbc.sql("delete from date_poll_answer where option_id = ? and account_id = ?").params(optionId, accountId).update();
		jdbc.sql("insert into date_poll_answer (option_id, account_id, answer, answered_at) values (?, ?, ?, ?)")
			.params(optionId, accountId, answer.name(), utc(at))
			.update();
	}

	/** Option id to account id to answer. */
	Map<Long, Map<Long, DatePoll.Answer>> answers(long pollId) {
		Map<Long, Map<Long, DatePoll.Answer>> grid = new HashMap<>();
		jdbc.sql("""
				select a.option_id, a.account_id, a.answer from date_poll_answer a join date_poll_option o on o.id = a.option_id
				where o.poll_id = ?""")
			.param(pollId)
			.query((RowCallbackHandler) rs -> grid.computeIfAbsent(rs.getLong(1), option -> new HashMap<>())
				.put(rs.getLong(2), DatePoll.Answer.valueOf(rs.getString(3))));
		return grid;
	}

	private DatePoll pollRow(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		return new DatePoll(id, rs.getLong("group_id"), rs.getString("title"), rs.getString("description"), rs.getString("place"),
				rs.getInt("duration_minutes"), rs.getTimestamp("deadline").toInstant(), ZoneId.of(rs.getString("time_zone")),
				DatePoll.State.valueOf(rs.getString("state")), (Long) rs.getObject("meeting_id", Long.class),
				(Long) rs.getObject("created_by", Long.class), List.of(), (Long) rs.getObject("series_id", Long.class));
	}

	List<DatePoll.Option> options(long pollId) {
		return jdbc.sql("select id, starts_at from date_poll_option where poll_id = ? order by starts_at, id")
			.param(pollId)
			.query((rs, row) -> new DatePoll.Option(rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.list();
	}
}
