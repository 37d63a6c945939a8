package club.project;

import static club.platform.Timestamps.utc;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Projects, their carriers, followers and updates. */
@Repository
class ProjectRepository {

	private final JdbcClient jdbc;

	ProjectRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long groupId, String title, String description, String needs, ProjectState state, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into project (group_id, title, description, state, needs, next_step, last_update_at, created_at)
				values (?, ?, ?, ?, ?, '', ?, ?)""")
			.params(groupId, title, description, state.name(), needs, utc(at), utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	void edit(long projectId, String title, String description, String needs) {
		jdbc.sql("update project set title = ?, description = ?, needs = ? where id = ?").params(title, description, needs, projectId).update();
	}

	/** The tracking board's columns, and the moment of the update that set them. */
	void track(long projectId, ProjectState state, String nextStep, @Nullable Long ownerId, @Nullable LocalDate dueOn, Instant at) {
		jdbc.sql("update project set state = ?, next_step = ?, next_step_owner_id = ?, due_on = ?, last_update_at = ? where id = ?")
			.params(state.name(), nextStep, ownerId, dueOn == null ? null : Date.valueOf(dueOn), utc(at), projectId)
			.update();
	}

	void graduate(long projectId, long groupId, Instant at) {
		jdbc.sql("update project set state = ?, graduated_group_id = ?, last_update_at = ? where id = ?")
			.params(ProjectState.GRADUATED.name(), groupId, utc(at), projectId)
			.update();
	}

	void touch(long projectId, Instant at) {
		jdbc.sql("update project set last_update_at = ? where id = ?").params(utc(at), projectId).update();
	}

	Optional<Project> find(long id) {
		return jdbc.sql("select * from project where id = ?").param(id).query(this::projectRow).optional();
	}

	/** The group's projects, the most recently updated first. */
	List<Project> ofGroup(long groupId) {
		return jdbc.sql("select * from project where group_id = ? order by last_update_at desc, id desc").param(groupId).query(this::projectRow)
			.list();
	}

	/** Waits for whoever else is changing the project's carriers, until the end of the transaction. */
	void lock(long projectId) {
		jdbc.sql("select id from project where id = ? for update").param(projectId).query(Long.class).optional();
	}

	/** False when they already carry it. */
	boolean addCarrier(long projectId, long accountId, Instant at) {
		return jdbc.sql("insert into project_carrier (project_id, account_id, since) values (?, ?, ?) on conflict do nothing")
			.params(projectId, accountId, utc(at))
			.update() == 1;
	}

	void removeCarrier(long projectId, long accountId) {
		jdbc.sql("delete from project_carrier where project_id = ? and account_id = ?").params(projectId, accountId).update();
	}

	/** The carriers of the group's projects, by project id, in the order of {@link #carriers(long)}. */
	Map<Long, List<@Nullable Long>> carriersOfGroup(long groupId) {
		var byProject = new HashMap<Long, List<@Nullable Long>>();
		jdbc.sql("""
				select c.project_id, c.account_id from project_carrier c join project p on p.id = c.project_id
				where p.group_id = ? order by c.since, c.account_id""")
			.param(groupId)
			.query(rs -> {
				byProject.computeIfAbsent(rs.getLong("project_id"), id -> new ArrayList<>()).add(rs.getObject("account_id", Long.class));
			});
		return byProject;
	}

	/** The carriers' account ids, null for a former member. */
	List<@Nullable Long> carriers(long projectId) {
		return jdbc.sql("select account_id from project_carrier where project_id = ? order by since, account_id")
			.param(projectId)
			.query((rs, row) -> rs.getObject("account_id", Long.class))
			.list();
	}

	boolean isCarrier(long projectId, long accountId) {
		return jdbc.sql("select count(*) from project_carrier where project_id = ? and account_id = ?").params(projectId, accountId)
			.query(Long.class).single() > 0;
	}

	void follow(long projectId, long accountId, Instant at) {
		if (!isFollower(projectId, accountId)) {
			jdbc.sql("insert into project_follower (project_id, account_id, since) values (?, ?, ?)").params(projectId, accountId, utc(at))
				.update();
		}
	}

	void unfollow(long projectId, long accountId) {
		jdbc.sql("delete from project_follower where project_id = ? and account_id = ?").params(projectId, accountId).update();
	}

	boolean isFollower(long projectId, long accountId) {
		return jdbc.sql("select count(*) from project_follower where project_id = ? and account_id = ?").params(projectId, accountId)
			.query(Long.class).single() > 0;
	}

	List<Long> followers(long projectId) {
		return jdbc.sql("select account_id from project_follower where project_id = ? order by since, account_id").param(projectId)
			.query(Long.class).list();
	}

	void addUpdate(long projectId, @Nullable Long authorId, Instant at, ProjectUpdate.Kind kind, String text) {
		jdbc.sql("insert into project_update (project_id, author_id, at, kind, text) values (?, ?, ?, ?, ?)")
			.params(projectId, authorId, utc(at), kind.name(), text)
			.update();
	}

	/** The project's updates, newest first. */
	List<ProjectUpdate> updates(long projectId) {
		return jdbc.sql("select * from project_update where project_id = ? order by at desc, id desc")
			.param(projectId)
			.query((rs, row) -> new ProjectUpdate(rs.getLong("id"), rs.getLong("project_id"), rs.getObject("author_id", Long.class),
					rs.getTimestamp("at").toInstant(), ProjectUpdate.Kind.valueOf(rs.getString("kind")), rs.getString("text")))
			.list();
	}

	Optional<Instant> lastOfKind(long projectId, ProjectUpdate.Kind kind) {
		return jdbc.sql("select max(at) from project_update where project_id = ? and kind = ?")
			.params(projectId, kind.name())
			.query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(java.sql.Timestamp::toInstant))
			.single();
	}

	/** What a person carries, follows and wrote, for their data export. */
	Map<String, Object> of(long accountId) {
		return Map.of("carried", titles("select p.group_id, p.title from project p join project_carrier c on c.project_id = p.id where c.account_id = ? order by p.id", accountId),
				"followed", titles("select p.group_id, p.title from project p join project_follower f on f.project_id = p.id where f.account_id = ? order by p.id", accountId),
				"updates", jdbc.sql("""
						select p.group_id, p.title, u.at, u.kind, u.text from project_update u join project p on p.id = u.project_id
						where u.author_id = ? order by u.at, u.id""")
					.param(accountId)
					.query((rs, row) -> Map.<String, Object>of("groupId", rs.getLong("group_id"), "project", rs.getString("title"), "at",
							rs.getTimestamp("at").toInstant().toString(), "kind", rs.getString("kind"), "text", rs.getString("text")))
					.list());
	}

	private List<Map<String, Object>> titles(String sql, long accountId) {
		return jdbc.sql(sql).param(accountId)
			.query((rs, row) -> Map.<String, Object>of("groupId", rs.getLong("group_id"), "project", rs.getString("title")))
			.list();
	}

	/**
	 * Their updates and carriage stay, unsigned (a former member), and so do the history's lines
	 * about them as a carrier; what they followed or were named for goes.
	 */
	void forget(long accountId) {
		jdbc.sql("update project_update set author_id = null where author_id = ?").param(accountId).update();
		jdbc.sql("update project_update set text = '' where kind in (?, ?) and text = ?")
			.params(ProjectUpdate.Kind.CARRIER_ADDED.name(), ProjectUpdate.Kind.CARRIER_REMOVED.name(), Long.toString(accountId))
			.update();
		jdbc.sql("update project_carrier set account_id = null where account_id = ?").param(accountId).update();
		jdbc.sql("update project set next_step_owner_id = null where next_step_owner_id = ?").param(accountId).update();
		jdbc.sql("delete from project_follower where account_id = ?").param(accountId).update();
	}

	private Project projectRow(ResultSet rs, int row) throws SQLException {
		Date due = rs.getDate("due_on");
		return new Project(rs.getLong("id"), rs.getLong("group_id"), rs.getString("title"), rs.getString("description"),
				ProjectState.valueOf(rs.getString("state")), rs.getString("needs"), rs.getString("next_step"),
				rs.getObject("next_step_owner_id", Long.class), due == null ? null : due.toLocalDate(), rs.getTimestamp("last_update_at").toInstant(),
				rs.getTimestamp("created_at").toInstant(), rs.getObject("graduated_group_id", Long.class));
	}
}
