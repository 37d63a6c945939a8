package club.meeting;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import club.platform.web.ContentVersion;

@Repository
class MeetingSeriesRepository {

	private final JdbcClient jdbc;
	private final ContentVersion contentVersion;

	MeetingSeriesRepository(JdbcClient jdbc, ContentVersion contentVersion) {
		this.jdbc = jdbc;
		this.contentVersion = contentVersion;
	}

	/** The group page says when the next meeting is due: cached pages are renewed. */
	long insert(MeetingSeries series, long createdBy, Instant at) {
		contentVersion.changed();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting_series (group_id, title, description, rrule, first_start, time_zone, duration_minutes, address, online_url,
				  visibility, lead_days, opens_poll, active, created_by, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(series.groupId(), series.title(), series.description(), series.rrule(), utc(series.firstStart()), series.zone().getId(),
					series.durationMinutes(), series.address(), series.onlineUrl(), series.visibility().name(), series.leadDays(),
					series.opensPoll(), series.active(), createdBy, utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	/** A new rhythm, lead time or state; the first start moves with the rhythm so that its dates follow the new rule. */
	void update(long id, String rrule, Instant firstStart, int leadDays, boolean opensPoll, boolean active) {
		contentVersion.changed();
		jdbc.sql("update meeting_series set rrule = ?, first_start = ?, lead_days = ?, opens_poll = ?, active = ? where id = ?")
			.params(rrule, utc(firstStart), leadDays, opensPoll, active, id)
			.update();
	}

	Optional<MeetingSeries> find(long id) {
		return jdbc.sql("select * from meeting_series where id = ?").param(id).query(this::seriesRow).optional();
	}

	List<MeetingSeries> ofGroup(long groupId) {
		return jdbc.sql("select * from meeting_series where group_id = ? order by active desc, id").param(groupId).query(this::seriesRow).list();
	}

	List<MeetingSeries> active() {
		return jdbc.sql("select * from meeting_series where active = ? order by id").param(true).query(this::seriesRow).list();
	}

	/** When the series' latest meeting (held, cancelled or to come) starts; empty before its first. */
	Optional<Instant> lastStart(long seriesId) {
		return jdbc.sql("select max(starts_at) from meeting where series_id = ?").param(seriesId)
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant);
	}

	/** The series' open date poll, if it has one. */
	Optional<Long> openPoll(long seriesId) {
		return jdbc.sql("select min(id) from date_poll where series_id = ? and state = 'OPEN'").param(seriesId)
			.query((rs, row) -> (Long) rs.getObject(1, Long.class))
			.optional();
	}

	/** When the series' next scheduled meeting starts, if one is. */
	Optional<Instant> nextScheduled(long seriesId, Instant now) {
		return jdbc.sql("select min(starts_at) from meeting where series_id = ? and state = 'SCHEDULED' and starts_at > ?")
			.params(seriesId, utc(now))
			.query((rs, row) -> rs.getTimestamp(1))
			.optional()
			.map(Timestamp::toInstant);
	}

	/** Claims the reminder for that due date; false when it was already sent (by this node or another). */
	boolean remind(long id, Instant due) {
		return jdbc.sql("update meeting_series set reminded_due = ? where id = ? and (reminded_due is null or reminded_due <> ?)")
			.params(utc(due), id, utc(due))
			.update() == 1;
	}

	private MeetingSeries seriesRow(ResultSet rs, int row) throws SQLException {
		Timestamp reminded = rs.getTimestamp("reminded_due");
		return new MeetingSeries(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"), rs.getString("description"),
				rs.getString("rrule"), rs.getTimestamp("first_start").toInstant(), ZoneId.of(rs.getString("time_zone")),
				rs.getInt("duration_minutes"), rs.getString("address"), rs.getString("online_url"),
				Meeting.Visibility.valueOf(rs.getString("visibility")), rs.getInt("lead_days"), rs.getBoolean("opens_poll"),
				reminded == null ? null : reminded.toInstant(), rs.getBoolean("active"));
	}
}
