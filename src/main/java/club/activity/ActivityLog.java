package club.activity;

import static club.platform.Timestamps.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to the log within the caller's transaction (the event exists if and only if what it
 * tells was committed), and reads it back by group and time. Nothing here updates or deletes:
 * an account deleted leaves its bare id behind, which leads to nobody.
 */
@Service
public class ActivityLog {

	/** The key of the groups already announced in the current transaction. */
	private static final Object ANNOUNCED = new Object();

	private static final int REPLAY_FETCH_SIZE = 2_000;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	/** Reads the whole log in pages of rows rather than at once (PostgreSQL streams inside a transaction). */
	private final JdbcClient streaming;

	ActivityLog(JdbcClient jdbc, javax.sql.DataSource dataSource, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		var template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
		template.setFetchSize(REPLAY_FETCH_SIZE);
		this.streaming = JdbcClient.create(template);
		this.clock = clock;
		this.events = events;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long groupId, ActivityKind kind, @Nullable Long actorId, @Nullable Long subjectId) {
		record(groupId, kind, actorId, subjectId, clock.instant());
	}

	/**
	 * Records what happened at another time than now: what a group's external feed tells of its
	 * past, demo history.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(long groupId, ActivityKind kind, @Nullable Long actorId, @Nullable Long subjectId, Instant at) {
		jdbc.sql("insert into activity_event (group_id, kind, actor_id, subject_id, at) values (?, ?, ?, ?, ?)")
			.params(groupId, kind.name(), actorId, subjectId, utc(at))
			.update();
		announce(groupId, kind, at);
	}

	/**
	 * Tells the other modules a group's activity changed, once per group and transaction: a feed
	 * reading records hundreds of events at once, and one evaluation after the commit sees them all.
	 */
	private void announce(long groupId, ActivityKind kind, Instant at) {
		@SuppressWarnings("unchecked")
		Set<Long> announced = (Set<Long>) TransactionSynchronizationManager.getResource(ANNOUNCED);
		if (announced == null) {
			Set<Long> groups = new HashSet<>();
			TransactionSynchronizationManager.bindResource(ANNOUNCED, groups);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ANNOUNCED);
				}
			});
			announced = groups;
		}
		if (announced.add(groupId)) {
			events.publishEvent(new ActivityRecorded(groupId, kind, at));
		}
	}

	/** The group's events since that instant, oldest first. */
	public List<ActivityEvent> since(long groupId, Instant from) {
		return jdbc.sql("select * from activity_event where group_id = ? and at >= ? order by at, id")
			.params(groupId, utc(from))
			.query((rs, row) -> event(rs))
			.list();
	}

	/**
	 * Every group's events since that instant, one group at a time (by group id, each oldest
	 * first), read in one pass: the vitality's full recomputation.
	 */
	@Transactional(readOnly = true)
	public void replay(Instant from, Consumer<List<ActivityEvent>> perGroup) {
		var current = new java.util.ArrayList<ActivityEvent>();
		streaming.sql("select * from activity_event where at >= ? order by group_id, at, id").param(utc(from)).query(rs -> {
			ActivityEvent event = event(rs);
			if (!current.isEmpty() && current.getFirst().groupId() != event.groupId()) {
				perGroup.accept(List.copyOf(current));
				current.clear();
			}
			current.add(event);
		});
		if (!current.isEmpty()) {
			perGroup.accept(List.copyOf(current));
		}
	}

	private static ActivityEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ActivityEvent(rs.getLong("id"), rs.getLong("group_id"), ActivityKind.valueOf(rs.getString("kind")),
				(Long) rs.getObject("actor_id", Long.class), (Long) rs.getObject("subject_id", Long.class), rs.getTimestamp("at").toInstant());
	}

	/** When one of these kinds last happened in the group. */
	public Optional<Instant> last(long groupId, Collection<ActivityKind> kinds) {
		return jdbc.sql("select max(at) from activity_event where group_id = :group and kind in (:kinds)")
			.param("group", groupId)
			.param("kinds", kinds.stream().map(Enum::name).toList())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
			.single();
	}
}
