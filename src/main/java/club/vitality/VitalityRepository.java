package club.vitality;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The vitality's tables: settings, quiet periods, indicators, history, nudges and their recipients, heartbeat. */
@Repository
class VitalityRepository {

	private final JdbcClient jdbc;

	VitalityRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// --- settings and quiet periods

	Settings settings(long groupId) {
		return jdbc.sql("select * from vitality_group where group_id = ?").param(groupId).query((rs, row) -> {
			var days = new EnumMap<Indicator, Integer>(Indicator.class);
			for (Indicator indicator : Indicator.values()) {
				if (indicator.scheduled()) {
					Integer count = rs.getObject(column(indicator), Integer.class);
					if (count != null) {
						days.put(indicator, count);
					}
				}
			}
			return new Settings(groupId, days, instant(rs, "paused_at"), rs.getString("pause_reason"), rs.getObject("paused_by", Long.class));
		}).optional().orElse(Settings.none(groupId));
	}

	private static String column(Indicator indicator) {
		return indicator.name().toLowerCase() + "_days";
	}

	private void ensureSettings(long groupId) {
		if (jdbc.sql("update vitality_group set group_id = group_id where group_id = ?").param(groupId).update() == 0) {
			jdbc.sql("insert into vitality_group (group_id) values (?)").param(groupId).update();
		}
	}

	void declare(long groupId, Indicator indicator, @Nullable Integer days) {
		ensureSettings(groupId);
		jdbc.sql("update vitality_group set " + column(indicator) + " = ? where group_id = ?").params(days, groupId).update();
	}

	void pause(long groupId, @Nullable Instant at, @Nullable String reason, @Nullable Long by) {
		ensureSettings(groupId);
		jdbc.sql("update vitality_group set paused_at = ?, pause_reason = ?, paused_by = ? where group_id = ?")
			.params(utc(at), reason, by, groupId)
			.update();
	}

	List<QuietPeriodRow> quietPeriods(long groupId) {
		return jdbc.sql("select * from vitality_quiet_period where group_id = ? order by starts_at").param(groupId)
			.query((rs, row) -> new QuietPeriodRow(rs.getLong("id"), instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("label")))
			.list();
	}

	void addQuietPeriod(long groupId, Instant start, Instant end, String label, long by) {
		jdbc.sql("insert into vitality_quiet_period (group_id, starts_at, ends_at, label, created_by) values (?, ?, ?, ?, ?)")
			.params(groupId, utc(start), utc(end), label, by)
			.update();
	}

	boolean removeQuietPeriod(long groupId, long id) {
		return jdbc.sql("delete from vitality_quiet_period where group_id = ? and id = ?").params(groupId, id).update() > 0;
	}

	/** Every group the vitality already knows (settings, indicators), whatever their activity. */
	List<Long> knownGroups() {
		return jdbc.sql("select group_id from vitality_group union select distinct group_id from vitality_indicator").query(Long.class).list();
	}

	// --- indicators

	Map<Indicator, IndicatorRow> indicators(long groupId) {
		var rows = new EnumMap<Indicator, IndicatorRow>(Indicator.class);
		jdbc.sql("select * from vitality_indicator where group_id = ?").param(groupId).query(this::indicator).list()
			.forEach(row -> rows.put(row.indicator(), row));
		return rows;
	}

	/** The indicators of these groups, by group. */
	Map<Long, Map<Indicator, IndicatorRow>> indicators(List<Long> groupIds) {
		var byGroup = new HashMap<Long, Map<Indicator, IndicatorRow>>();
		if (groupIds.isEmpty()) {
			return byGroup;
		}
		jdbc.sql("select * from vitality_indicator where group_id in (:ids)").param("ids", groupIds).query(this::indicator).list()
			.forEach(row -> byGroup.computeIfAbsent(row.groupId(), id -> new EnumMap<>(Indicator.class)).put(row.indicator(), row));
		return byGroup;
	}

	private IndicatorRow indicator(ResultSet rs, int row) throws SQLException {
		return new IndicatorRow(rs.getLong("group_id"), Indicator.valueOf(rs.getString("indicator")), VitalityState.valueOf(rs.getString("state")),
				VitalityState.valueOf(rs.getString("computed")), Reason.valueOf(rs.getString("reason")), instant(rs, "last_at"),
				instant(rs, "expected_at"), rs.getBoolean("declining"), instant(rs, "changed_at"), instant(rs, "acknowledged_until"),
				instant(rs, "snoozed_until"), rs.getString("snooze_reason"), instant(rs, "answered_at"), rs.getObject("answered_by", Long.class),
				instant(rs, "baseline_from"));
	}

	/** Stores an evaluation when it changed; a change of state or reason goes to the history too. */
	void store(long groupId, Evaluation evaluation, @Nullable IndicatorRow before, Instant now) {
		boolean changed = before == null || before.state() != evaluation.state() || before.reason() != evaluation.reason();
		boolean same = before != null && !changed && before.computed() == evaluation.computed()
				&& java.util.Objects.equals(before.last(), truncated(evaluation.last()))
				&& java.util.Objects.equals(before.expected(), truncated(evaluation.expected())) && before.declining() == evaluation.declining();
		if (same) {
			return;
		}
		Instant changedAt = changed ? now : before.changedAt();
		if (before == null) {
			jdbc.sql("""
					insert into vitality_indicator (group_id, indicator, state, computed, reason, last_at, expected_at, declining, changed_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(groupId, evaluation.indicator().name(), evaluation.state().name(), evaluation.computed().name(), evaluation.reason().name(),
						utc(evaluation.last()), utc(evaluation.expected()), evaluation.declining(), utc(changedAt))
				.update();
		}
		else {
			jdbc.sql("""
					update vitality_indicator set state = ?, computed = ?, reason = ?, last_at = ?, expected_at = ?, declining = ?, changed_at = ?
					where group_id = ? and indicator = ?""")
				.params(evaluation.state().name(), evaluation.computed().name(), evaluation.reason().name(), utc(evaluation.last()),
						utc(evaluation.expected()), evaluation.declining(), utc(changedAt), groupId, evaluation.indicator().name())
				.update();
		}
		if (changed) {
			jdbc.sql("insert into vitality_history (group_id, indicator, at, state, reason) values (?, ?, ?, ?, ?)")
				.params(groupId, evaluation.indicator().name(), utc(now), evaluation.state().name(), evaluation.reason().name())
				.update();
		}
	}

	private static @Nullable Instant truncated(@Nullable Instant instant) {
		return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

	/** « On it until », a snooze, or neither: the answer replaces the previous one. */
	void answer(long groupId, Indicator indicator, @Nullable Instant acknowledgedUntil, @Nullable Instant snoozedUntil,
			@Nullable String snoozeReason, Instant at, long by) {
		jdbc.sql("""
				update vitality_indicator set acknowledged_until = ?, snoozed_until = ?, snooze_reason = ?, answered_at = ?, answered_by = ?
				where group_id = ? and indicator = ?""")
			.params(utc(acknowledgedUntil), utc(snoozedUntil), snoozeReason, utc(at), by, groupId, indicator.name())
			.update();
	}

	void rebase(long groupId, Indicator indicator, Instant from) {
		jdbc.sql("update vitality_indicator set baseline_from = ? where group_id = ? and indicator = ?").params(utc(from), groupId, indicator.name())
			.update();
	}

	void log(long groupId, @Nullable Indicator indicator, Answer answer, @Nullable String note, long by, Instant at) {
		jdbc.sql("insert into vitality_history (group_id, indicator, at, answer, note, actor_id) values (?, ?, ?, ?, ?, ?)")
			.params(groupId, indicator == null ? null : indicator.name(), utc(at), answer.name(), note, by)
			.update();
	}

	List<HistoryEntry> history(long groupId, int limit) {
		return jdbc.sql("select * from vitality_history where group_id = ? order by at desc, id desc limit ?").params(groupId, limit)
			.query((rs, row) -> new HistoryEntry(enumOf(Indicator.class, rs.getString("indicator")), instant(rs, "at"),
					enumOf(VitalityState.class, rs.getString("state")), enumOf(Reason.class, rs.getString("reason")),
					enumOf(Answer.class, rs.getString("answer")), rs.getString("note"), rs.getObject("actor_id", Long.class)))
			.list();
	}

	// --- nudges

	Optional<Nudge> openNudge(long groupId, Indicator indicator) {
		return jdbc.sql("select * from vitality_nudge where group_id = ? and indicator = ? and closed_at is null").params(groupId, indicator.name())
			.query(this::nudgeRow)
			.optional();
	}

	Map<Indicator, Nudge> openNudges(long groupId) {
		var open = new EnumMap<Indicator, Nudge>(Indicator.class);
		jdbc.sql("select * from vitality_nudge where group_id = ? and closed_at is null").param(groupId).query(this::nudgeRow).list()
			.forEach(nudge -> open.put(nudge.indicator(), nudge));
		return open;
	}

	Optional<Nudge> nudge(String publicId) {
		return jdbc.sql("select * from vitality_nudge where public_id = ?").param(publicId).query(this::nudgeRow).optional();
	}

	int nudgesSince(long groupId, Instant from) {
		return jdbc.sql("select count(*) from vitality_nudge where group_id = ? and created_at >= ?").params(groupId, utc(from)).query(Integer.class)
			.single();
	}

	Nudge openNudge(long groupId, Evaluation evaluation, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into vitality_nudge (public_id, group_id, indicator, reason, level, created_at, level_at, last_at, expected_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID().toString(), groupId, evaluation.indicator().name(), evaluation.reason().name(), Nudge.FIRST, utc(now),
					utc(now), utc(evaluation.last()), utc(evaluation.expected()))
			.update(keys, "id");
		return jdbc.sql("select * from vitality_nudge where id = ?").param(keys.getKeyAs(Long.class)).query(this::nudgeRow).single();
	}

	void climb(long nudgeId, int level, Reason reason, Instant now) {
		jdbc.sql("update vitality_nudge set level = ?, level_at = ?, reason = ? where id = ?").params(level, utc(now), reason.name(), nudgeId).update();
	}

	void close(long nudgeId, Instant now) {
		jdbc.sql("update vitality_nudge set closed_at = ? where id = ?").params(utc(now), nudgeId).update();
	}

	void rate(long nudgeId, boolean useful, long by) {
		jdbc.sql("update vitality_nudge set useful = ?, rated_by = ? where id = ?").params(useful, by, nudgeId).update();
	}

	private Nudge nudgeRow(ResultSet rs, int row) throws SQLException {
		return new Nudge(rs.getLong("id"), rs.getString("public_id"), rs.getLong("group_id"), Indicator.valueOf(rs.getString("indicator")),
				Reason.valueOf(rs.getString("reason")), rs.getInt("level"), instant(rs, "created_at"), instant(rs, "level_at"), instant(rs, "last_at"),
				instant(rs, "expected_at"), instant(rs, "closed_at"), rs.getObject("useful", Boolean.class));
	}

	/** Whether the person got a vitality mail at once (a push) since then: the noise budget. */
	boolean pushedSince(long accountId, Instant from) {
		return jdbc.sql("select count(*) from vitality_nudge_recipient where account_id = ? and pushed and sent_at >= ?")
			.params(accountId, utc(from))
			.query(Long.class)
			.single() > 0;
	}

	void addRecipient(long nudgeId, long accountId, int level, boolean pushed, Instant now) {
		jdbc.sql("insert into vitality_nudge_recipient (nudge_id, account_id, level, sent_at, pushed) values (?, ?, ?, ?, ?)")
			.params(nudgeId, accountId, level, utc(now), pushed)
			.update();
	}

	boolean received(long nudgeId, long accountId) {
		return jdbc.sql("select count(*) from vitality_nudge_recipient where nudge_id = ? and account_id = ?").params(nudgeId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	/** A person's nudges, newest first. */
	List<Nudge> nudgesOf(long accountId) {
		return jdbc.sql("""
				select * from vitality_nudge where id in (select nudge_id from vitality_nudge_recipient where account_id = ?)
				order by created_at desc, id desc""")
			.param(accountId)
			.query(this::nudgeRow)
			.list();
	}

	/** The nudges kept for each person's weekly digest, still open, by person. */
	Map<Long, List<Nudge>> undigested() {
		var byAccount = new LinkedHashMap<Long, List<Nudge>>();
		jdbc.sql("""
				select r.account_id, n.* from vitality_nudge_recipient r join vitality_nudge n on n.id = r.nudge_id
				where not r.pushed and r.digested_at is null and n.closed_at is null order by r.account_id, n.created_at""")
			.query(rs -> {
				byAccount.computeIfAbsent(rs.getLong("account_id"), id -> new ArrayList<>()).add(nudgeRow(rs, 0));
			});
		return byAccount;
	}

	/** The groups whose discussion is declining, not paused. */
	List<Long> decliningDiscussions() {
		return jdbc.sql("select group_id from vitality_indicator where indicator = 'DISCUSSION' and declining and state <> 'PAUSED' order by group_id")
			.query(Long.class)
			.list();
	}

	void digested(long accountId, Instant now) {
		jdbc.sql("update vitality_nudge_recipient set digested_at = ? where account_id = ? and not pushed and digested_at is null")
			.params(utc(now), accountId)
			.update();
	}

	/** Of the nudges of these groups rated by their facilitators, how many were useful and how many rated, by group. */
	Map<Long, int[]> ratings(List<Long> groupIds) {
		var ratings = new HashMap<Long, int[]>();
		if (groupIds.isEmpty()) {
			return ratings;
		}
		jdbc.sql("""
				select group_id, sum(case when useful then 1 else 0 end) as useful, count(*) as rated from vitality_nudge
				where useful is not null and group_id in (:ids) group by group_id""")
			.param("ids", groupIds)
			.query(rs -> {
				ratings.put(rs.getLong("group_id"), new int[] { rs.getInt("useful"), rs.getInt("rated") });
			});
		return ratings;
	}

	// --- personal data

	Map<String, Object> of(long accountId) {
		var data = new LinkedHashMap<String, Object>();
		data.put("nudgesReceived", jdbc.sql("""
				select n.public_id, n.indicator, r.level, r.sent_at, r.pushed from vitality_nudge_recipient r join vitality_nudge n on n.id = r.nudge_id
				where r.account_id = ? order by r.sent_at""").param(accountId).query().listOfRows());
		data.put("answers", jdbc.sql("select indicator, at, answer, note from vitality_history where actor_id = ? order by at").param(accountId)
			.query().listOfRows());
		return data;
	}

	/** The person's answers stay, unsigned; what they received goes. */
	void forget(long accountId) {
		jdbc.sql("delete from vitality_nudge_recipient where account_id = ?").param(accountId).update();
		jdbc.sql("update vitality_history set actor_id = null where actor_id = ?").param(accountId).update();
		jdbc.sql("update vitality_indicator set answered_by = null where answered_by = ?").param(accountId).update();
		jdbc.sql("update vitality_nudge set rated_by = null where rated_by = ?").param(accountId).update();
		jdbc.sql("update vitality_group set paused_by = null where paused_by = ?").param(accountId).update();
		jdbc.sql("update vitality_quiet_period set created_by = null where created_by = ?").param(accountId).update();
	}

	// --- heartbeat

	void beat(String name, Instant at) {
		if (jdbc.sql("update vitality_heartbeat set beat_at = ? where name = ?").params(utc(at), name).update() == 0) {
			jdbc.sql("insert into vitality_heartbeat (name, beat_at) values (?, ?)").params(name, utc(at)).update();
		}
	}

	Optional<Instant> lastBeat(String name) {
		return jdbc.sql("select beat_at from vitality_heartbeat where name = ?").param(name).query((rs, row) -> instant(rs, "beat_at")).optional();
	}

	/**
	 * Marks the alert about a heartbeat older than {@code before}, once per silence: true for the
	 * node that marked it (several nodes may run the watchdog).
	 */
	boolean alert(String name, Instant before, Instant now) {
		return jdbc.sql("""
				update vitality_heartbeat set alerted_at = ? where name = ? and beat_at < ? and (alerted_at is null or alerted_at < beat_at)""")
			.params(utc(now), name, utc(before))
			.update() > 0;
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
		return name == null ? null : Enum.valueOf(type, name);
	}
}
