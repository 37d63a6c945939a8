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
class MeetingRepository {

	private final JdbcClient jdbc;
	private final ContentVersion contentVersion;

	MeetingRepository(JdbcClient jdbc, ContentVersion contentVersion) {
		this.jdbc = jdbc;
		this.contentVersion = contentVersion;
	}

	Optional<ZoneId> zone(long groupId) {
		return jdbc.sql("select time_zone from group_calendar where group_id = ?").param(groupId).query(String.class).optional()
			.map(ZoneId::of);
	}

	void saveZone(long groupId, ZoneId zone) {
		jdbc.sql("delete from group_calendar where group_id = ?").param(groupId).update();
		jdbc.sql("insert into group_calendar (group_id, time_zone) values (?, ?)").params(groupId, zone.getId()).update();
	}

	/** The group page shows its next meeting: cached pages are renewed. */
	long insert(Meeting meeting, @Nullable Long createdBy, Instant at) {
		contentVersion.changed();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into meeting (uid, group_id, title, description, starts_at, ends_at, time_zone, address, latitude, longitude,
				  online_url, capacity, visibility, state, participants, cancel_reason, next_date, sequence, created_by, created_at, updated_at,
				  series_id)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(meeting.uid(), meeting.groupId(), meeting.title(), meeting.description(), utc(meeting.startsAt()), utc(meeting.endsAt()),
					meeting.zone().getId(), meeting.address(), meeting.latitude(), meeting.longitude(), meeting.onlineUrl(), meeting.capacity(),
					meeting.visibility().name(), meeting.state().name(), meeting.participants(), meeting.cancelReason(),
					meeting.nextDate() == null ? null : utc(meeting.nextDate()), meeting.sequence(), createdBy, utc(at), utc(at), meeting.seriesId())
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Meeting> find(long id) {
		return jdbc.sql("select * from meeting where id = ?").param(id).query(this::meetingRow).optional();
	}

	/** New details: a new iCalendar revision, so that calendars update the event they hold. */
	void change(long id, MeetingForm.Checked form, Instant at) {
		contentVersion.changed();
		jdbc.sql("""
				update meeting set title = ?, description = ?, starts_at = ?, ends_at = ?, address = ?, online_url = ?, capacity = ?,
				  visibility = ?, reminded_at = null, sequence = sequence + 1, updated_at = ?
				where id = ?""")
			.params(form.title(), form.description(), utc(form.startsAt()), utc(form.endsAt()), form.address(), form.online(), form.capacity(),
					form.visibility().name(), utc(at), id)
			.update();
	}

	/** Locks the meeting's row until the end of the transaction: answers to one meeting are taken one at a time. */
	void lock(long id) {
		jdbc.sql("select id from meeting where id = ? for update").param(id).query(Long.class).optional();
	}

	/** Marks what became of it; false when it was no longer scheduled. Each change is a new iCalendar revision. */
	boolean close(long id, Meeting.State state, @Nullable Integer participants, @Nullable String reason, @Nullable Instant next,
			Instant at) {
		contentVersion.changed();
		return jdbc.sql("""
				update meeting set state = ?, participants = ?, cancel_reason = ?, next_date = ?, sequence = sequence + 1, updated_at = ?
				where id = ? and state = 'SCHEDULED'""")
			.params(state.name(), participants, reason, next == null ? null : utc(next), utc(at), id)
			.update() == 1;
	}

	List<Meeting> upcoming(long groupId, Instant now, int limit) {
		return jdbc.sql("select * from meeting where group_id = ? and ends_at >= ? order by starts_at, id limit ?")
			.params(groupId, utc(now), limit)
			.query(this::meetingRow)
			.list();
	}

	List<Meeting> past(long groupId, Instant now, int limit) {
		return jdbc.sql("select * from meeting where group_id = ? and ends_at < ? order by starts_at desc, id desc limit ?")
			.params(groupId, utc(now), limit)
			.query(this::meetingRow)
			.list();
	}

	/**
	 * The meetings of those groups since that instant, oldest first, for a calendar feed: the
	 * public ones only, unless {@code membersToo}.
	 */
	List<Meeting> ofGroups(java.util.Collection<Long> groupIds, boolean membersToo, Instant since, int limit) {
		if (groupIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from meeting where group_id in (" + idList(groupIds) + ") and starts_at >= :since"
				+ (membersToo ? "" : " and visibility = 'PUBLIC'") + " order by starts_at, id limit :limit")
			.param("since", utc(since))
			.param("limit", limit)
			.query(this::meetingRow)
			.list();
	}

	/**
	 * A person's meetings since that instant: those of their groups, and the public ones of other
	 * groups they answered yes or maybe to; never one they said no to.
	 */
	List<Meeting> personal(long accountId, java.util.Collection<Long> groupIds, Instant since, int limit) {
		var groups = groupIds.isEmpty() ? List.of(-1L) : groupIds;
		return jdbc.sql("""
				select m.* from meeting m left join meeting_rsvp r on r.meeting_id = m.id and r.account_id = :account
				where m.starts_at >= :since and (r.answer is null or r.answer <> 'NO')
				  and (m.group_id in (%s) or (r.answer is not null and m.visibility = 'PUBLIC'))
				order by m.starts_at, m.id limit :limit""".formatted(idList(groups)))
			.param("account", accountId)
			.param("since", utc(since))
			.param("limit", limit)
			.query(this::meetingRow)
			.list();
	}

	/**
	 * Ids written as numbers rather than bound one by one: H2 then tests membership in a hash set
	 * instead of comparing each row with every parameter (an ecosystem has a thousand groups).
	 * They are longs, so nothing can be injected.
	 */
	private static String idList(java.util.Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
	}

	// --- a person's private calendar address

	void saveCalendarToken(long accountId, String hash, Instant at) {
		jdbc.sql("delete from calendar_token where account_id = ?").param(accountId).update();
		jdbc.sql("insert into calendar_token (account_id, token_hash, created_at) values (?, ?, ?)").params(accountId, hash, utc(at)).update();
	}

	void deleteCalendarToken(long accountId) {
		jdbc.sql("delete from calendar_token where account_id = ?").param(accountId).update();
	}

	Optional<Instant> calendarTokenCreated(long accountId) {
		return jdbc.sql("select created_at from calendar_token where account_id = ?").param(accountId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	Optional<Long> calendarTokenOwner(String hash) {
		return jdbc.sql("select account_id from calendar_token where token_hash = ?").param(hash).query(Long.class).optional();
	}

	/** Scheduled meetings starting before that instant whose attendees were not reminded yet. */
	List<Meeting> toRemind(Instant now, Instant startingBefore) {
		return jdbc.sql("select * from meeting where state = 'SCHEDULED' and reminded_at is null and starts_at > ? and starts_at <= ? order by id")
			.params(utc(now), utc(startingBefore))
			.query(this::meetingRow)
			.list();
	}

	/** False when another node reminded them first. */
	boolean reminded(long id, Instant at) {
		return jdbc.sql("update meeting set reminded_at = ? where id = ? and reminded_at is null").params(utc(at), id).update() == 1;
	}

	// --- answers

	Optional<Rsvp> rsvp(long meetingId, long accountId) {
		return jdbc.sql("select * from meeting_rsvp where meeting_id = ? and account_id = ?")
			.params(meetingId, accountId)
			.query(this::rsvpRow)
			.optional();
	}

	List<Rsvp> rsvps(long meetingId) {
		return jdbc.sql("select * from meeting_rsvp where meeting_id = ? order by answered_at, account_id")
			.param(meetingId)
			.query(this::rsvpRow)
			.list();
	}

	void saveRsvp(long meetingId, long accountId, Rsvp.Answer answer, boolean waitlisted, Instant at) {
		jdbc.sql("delete from meeting_rsvp where meeting_id = ? and account_id = ?").params(meetingId, accountId).update();
		jdbc.sql("insert into meeting_rsvp (meeting_id, account_id, answer, waitlisted, answered_at) values (?, ?, ?, ?, ?)")
			.params(meetingId, accountId, answer.name(), waitlisted, utc(at))
			.update();
	}

	void promote(long meetingId, long accountId) {
		jdbc.sql("update meeting_rsvp set waitlisted = ? where meeting_id = ? and account_id = ?").params(false, meetingId, accountId).update();
	}

	// --- who came

	void saveAttendance(long meetingId, java.util.Collection<Long> accountIds) {
		accountIds.forEach(account -> jdbc.sql("insert into meeting_attendance (meeting_id, account_id) values (?, ?)")
			.params(meetingId, account)
			.update());
	}

	List<Long> attendance(long meetingId) {
		return jdbc.sql("select account_id from meeting_attendance where meeting_id = ? order by account_id").param(meetingId)
			.query(Long.class)
			.list();
	}

	// --- a person's data

	/** Their answers and the meetings they came to, with each meeting's title and start. */
	List<java.util.Map<String, Object>> answersOf(long accountId) {
		return jdbc.sql("""
				select m.title, m.starts_at, r.answer, r.answered_at,
				  (select count(*) from meeting_attendance a where a.meeting_id = m.id and a.account_id = r.account_id) as came
				from meeting_rsvp r join meeting m on m.id = r.meeting_id where r.account_id = ? order by m.starts_at""")
			.param(accountId)
			.query((rs, row) -> java.util.Map.<String, Object>of("meeting", rs.getString(1), "starts", rs.getTimestamp(2).toInstant().toString(),
					"answer", rs.getString(3), "answeredAt", rs.getTimestamp(4).toInstant().toString(), "came", rs.getLong(5) > 0))
			.list();
	}

	/** Their date poll answers, with each poll's title and the option's date. */
	List<java.util.Map<String, Object>> pollAnswersOf(long accountId) {
		return jdbc.sql("""
				select p.title, o.starts_at, a.answer from date_poll_answer a join date_poll_option o on o.id = a.option_id
				join date_poll p on p.id = o.poll_id where a.account_id = ? order by o.starts_at""")
			.param(accountId)
			.query((rs, row) -> java.util.Map.<String, Object>of("poll", rs.getString(1), "option", rs.getTimestamp(2).toInstant().toString(),
					"answer", rs.getString(3)))
			.list();
	}

	void forget(long accountId) {
		jdbc.sql("delete from meeting_rsvp where account_id = ?").param(accountId).update();
		jdbc.sql("delete from meeting_attendance where account_id = ?").param(accountId).update();
		jdbc.sql("delete from date_poll_answer where account_id = ?").param(accountId).update();
		jdbc.sql("delete from calendar_token where account_id = ?").param(accountId).update();
	}

	private Meeting meetingRow(ResultSet rs, int row) throws SQLException {
		Timestamp next = rs.getTimestamp("next_date");
		return new Meeting(rs.getLong("id"), rs.getString("uid"), rs.getLong("group_id"), rs.getString("title"), rs.getString("description"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), ZoneId.of(rs.getString("time_zone")),
				rs.getString("address"), (Double) rs.getObject("latitude", Double.class), (Double) rs.getObject("longitude", Double.class),
				rs.getString("online_url"), (Integer) rs.getObject("capacity", Integer.class),
				Meeting.Visibility.valueOf(rs.getString("visibility")), Meeting.State.valueOf(rs.getString("state")),
				(Integer) rs.getObject("participants", Integer.class), rs.getString("cancel_reason"), next == null ? null : next.toInstant(),
				rs.getInt("sequence"), (Long) rs.getObject("series_id", Long.class), rs.getTimestamp("updated_at").toInstant());
	}

	private Rsvp rsvpRow(ResultSet rs, int row) throws SQLException {
		return new Rsvp(rs.getLong("meeting_id"), rs.getLong("account_id"), Rsvp.Answer.valueOf(rs.getString("answer")),
				rs.getBoolean("waitlisted"), rs.getTimestamp("answered_at").toInstant());
	}
}
