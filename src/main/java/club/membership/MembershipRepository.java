package club.membership;

import static club.platform.Timestamps.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import club.access.Audience;
import club.platform.web.ContentVersion;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Repository
class MembershipRepository {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final ContentVersion contentVersion;

	MembershipRepository(JdbcClient jdbc, JsonMapper json, ContentVersion contentVersion) {
		this.jdbc = jdbc;
		this.json = json;
		this.contentVersion = contentVersion;
	}

	// --- settings

	EntrySettings settings(long groupId) {
		return jdbc.sql("select * from group_entry_settings where group_id = ?")
			.param(groupId)
			.query((rs, row) -> new EntrySettings(groupId, new EntryRule(EntryProcess.valueOf(rs.getString("process")),
					rs.getInt("vouches_needed"), strings(rs.getString("questions"))), Audience.valueOf(rs.getString("member_list"))))
			.optional()
			.orElseGet(() -> EntrySettings.defaults(groupId));
	}

	/** The group's public page shows its entry process: cached pages are renewed. */
	void save(EntrySettings settings) {
		contentVersion.changed();
		jdbc.sql("delete from group_entry_settings where group_id = ?").param(settings.groupId()).update();
		jdbc.sql("insert into group_entry_settings (group_id, process, vouches_needed, questions, member_list) values (?, ?, ?, ?, ?)")
			.params(settings.groupId(), settings.rule().process().name(), settings.rule().vouchesNeeded(),
					json.writeValueAsString(settings.rule().questions()), settings.memberList().name())
			.update();
	}

	// --- requests

	long insert(String targetKind, long targetId, long accountId, EntryProcess process, @Nullable String message,
			List<String> answers, int vouchesNeeded, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into entry_request (target_kind, target_id, account_id, process, state, message, answers, vouches_needed,
				  created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(targetKind, targetId, accountId, process.name(), EntryRequest.State.PENDING.name(), message, json.writeValueAsString(answers),
					vouchesNeeded, utc(at))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<EntryRequest> find(long id) {
		return jdbc.sql("select * from entry_request where id = ?").param(id).query(this::request).optional();
	}

	/** The applicant's request still in progress for that target, if any. */
	Optional<EntryRequest> openRequest(String targetKind, long targetId, long accountId) {
		return jdbc.sql("select * from entry_request where target_kind = ? and target_id = ? and account_id = ? and state in (?, ?, ?)")
			.params(targetKind, targetId, accountId, EntryRequest.State.PENDING.name(), EntryRequest.State.SLOTS_PROPOSED.name(),
					EntryRequest.State.INTERVIEW_SCHEDULED.name())
			.query(this::request)
			.optional();
	}

	/** The target's requests in progress, oldest first. */
	List<EntryRequest> openRequests(String targetKind, long targetId) {
		return jdbc.sql("select * from entry_request where target_kind = ? and target_id = ? and state in (?, ?, ?) order by created_at, id")
			.params(targetKind, targetId, EntryRequest.State.PENDING.name(), EntryRequest.State.SLOTS_PROPOSED.name(),
					EntryRequest.State.INTERVIEW_SCHEDULED.name())
			.query(this::request)
			.list();
	}

	long openRequestCount(String targetKind, Collection<Long> targetIds) {
		if (targetIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from entry_request where target_kind = :kind and target_id in (:targets) and state in (:states)")
			.param("kind", targetKind)
			.param("targets", targetIds)
			.param("states", List.of(EntryRequest.State.PENDING.name(), EntryRequest.State.SLOTS_PROPOSED.name(),
					EntryRequest.State.INTERVIEW_SCHEDULED.name()))
			.query(Long.class)
			.single();
	}

	List<EntryRequest> requestsOf(long accountId) {
		return jdbc.sql("select * from entry_request where account_id = ? order by created_at desc, id desc")
			.param(accountId)
			.query(this::request)
			.list();
	}

	/**
	 * Moves a request from one of the given states to another: one conditional update, so that
	 * of two organizers deciding at once, one wins and the other is told.
	 */
	boolean move(long id, Collection<EntryRequest.State> from, EntryRequest.State to, @Nullable String reason,
			@Nullable Long decidedBy, @Nullable Instant decidedAt) {
		return jdbc.sql("""
				update entry_request set state = :to, reason = coalesce(:reason, reason), decided_by = :by, decided_at = :at
				where id = :id and state in (:from)""")
			.param("to", to.name())
			.param("reason", reason)
			.param("by", decidedBy)
			.param("at", decidedAt == null ? null : utc(decidedAt))
			.param("id", id)
			.param("from", from.stream().map(Enum::name).toList())
			.update() == 1;
	}

	void event(long requestId, Instant at, @Nullable Long actorId, RequestEvent.Kind kind, @Nullable String detail) {
		jdbc.sql("insert into entry_request_event (request_id, at, actor_id, kind, detail) values (?, ?, ?, ?, ?)")
			.params(requestId, utc(at), actorId, kind.name(), detail)
			.update();
	}

	List<RequestEvent> history(long requestId) {
		return jdbc.sql("select at, actor_id, kind, detail from entry_request_event where request_id = ? order by at, id")
			.param(requestId)
			.query((rs, row) -> new RequestEvent(rs.getTimestamp("at").toInstant(), (Long) rs.getObject("actor_id", Long.class),
					RequestEvent.Kind.valueOf(rs.getString("kind")), rs.getString("detail")))
			.list();
	}

	// --- co-optation

	/** False when that member already vouched. */
	boolean vouch(long requestId, long accountId, Instant at) {
		return jdbc.sql("insert into entry_vouch (request_id, account_id, at) values (?, ?, ?) on conflict do nothing")
			.params(requestId, accountId, utc(at))
			.update() == 1;
	}

	List<Long> vouchers(long requestId) {
		return jdbc.sql("select account_id from entry_vouch where request_id = ? order by at").param(requestId).query(Long.class).list();
	}

	void askToVouch(long requestId, long accountId) {
		jdbc.sql("insert into entry_vouch_ask (request_id, account_id) values (?, ?) on conflict do nothing")
			.params(requestId, accountId)
			.update();
	}

	/** Co-optation requests in progress in which that member was asked to vouch and has not yet. */
	List<EntryRequest> askedToVouch(long accountId) {
		return jdbc.sql("""
				select r.* from entry_request r join entry_vouch_ask a on a.request_id = r.id
				where a.account_id = ? and r.state = ?
				  and not exists (select 1 from entry_vouch v where v.request_id = r.id and v.account_id = a.account_id)
				order by r.created_at""")
			.params(accountId, EntryRequest.State.PENDING.name())
			.query(this::request)
			.list();
	}

	// --- interviews

	void addSlot(long requestId, Instant startsAt, InterviewSlot.Mode mode, String place) {
		jdbc.sql("insert into interview_slot (request_id, starts_at, mode, place, chosen) values (?, ?, ?, ?, ?)")
			.params(requestId, utc(startsAt), mode.name(), place, false)
			.update();
	}

	void removeSlots(long requestId) {
		jdbc.sql("delete from interview_slot where request_id = ?").param(requestId).update();
	}

	List<InterviewSlot> slots(long requestId) {
		return jdbc.sql("select * from interview_slot where request_id = ? order by starts_at, id")
			.param(requestId)
			.query((rs, row) -> new InterviewSlot(rs.getLong("id"), requestId, rs.getTimestamp("starts_at").toInstant(),
					InterviewSlot.Mode.valueOf(rs.getString("mode")), rs.getString("place"), rs.getBoolean("chosen")))
			.list();
	}

	void choose(long slotId) {
		jdbc.sql("update interview_slot set chosen = ? where id = ?").params(true, slotId).update();
	}

	// --- invitations

	long invite(long groupId, String email, String tokenHash, long invitedBy, Instant at, Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into group_invitation (group_id, email, token_hash, invited_by, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(groupId, email, tokenHash, invitedBy, utc(at), utc(expiresAt))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Invitation> invitation(String tokenHash) {
		return jdbc.sql("select * from group_invitation where token_hash = ?").param(tokenHash).query(this::invitationRow).optional();
	}

	List<Invitation> invitations(long groupId) {
		return jdbc.sql("select * from group_invitation where group_id = ? order by created_at desc, id desc")
			.param(groupId)
			.query(this::invitationRow)
			.list();
	}

	/** Uses the invitation up: exactly once, even when the link is followed twice at the same moment. */
	boolean use(long invitationId, long accountId, Instant at) {
		return jdbc.sql("update group_invitation set used_at = ?, used_by = ? where id = ? and used_at is null and expires_at > ?")
			.params(utc(at), accountId, invitationId, utc(at))
			.update() == 1;
	}

	// --- a person's page

	GroupsAudience groupsAudience(long accountId) {
		return jdbc.sql("select groups_audience from member_page where account_id = ?")
			.param(accountId)
			.query(String.class)
			.optional()
			.map(GroupsAudience::valueOf)
			.orElse(GroupsAudience.SHARED_GROUPS);
	}

	void chooseGroupsAudience(long accountId, GroupsAudience audience) {
		jdbc.sql("delete from member_page where account_id = ?").param(accountId).update();
		jdbc.sql("insert into member_page (account_id, groups_audience) values (?, ?)").params(accountId, audience.name()).update();
	}

	// --- a person's data

	List<Invitation> invitationsTo(String email) {
		return jdbc.sql("select * from group_invitation where email = ? order by created_at").param(email).query(this::invitationRow).list();
	}

	/** Deletion of an account: its requests lose their applicant, its vouches and asks go. */
	void forget(long accountId) {
		jdbc.sql("update entry_request set account_id = null, message = null, answers = ? where account_id = ?")
			.params("[]", accountId)
			.update();
		jdbc.sql("delete from entry_vouch where account_id = ?").param(accountId).update();
		jdbc.sql("delete from entry_vouch_ask where account_id = ?").param(accountId).update();
		jdbc.sql("delete from member_page where account_id = ?").param(accountId).update();
	}

	private EntryRequest request(ResultSet rs, int row) throws SQLException {
		return new EntryRequest(rs.getLong("id"), rs.getString("target_kind"), rs.getLong("target_id"),
				(Long) rs.getObject("account_id", Long.class),
				EntryProcess.valueOf(rs.getString("process")), EntryRequest.State.valueOf(rs.getString("state")),
				rs.getString("message"), strings(rs.getString("answers")), rs.getInt("vouches_needed"), rs.getString("reason"),
				(Long) rs.getObject("decided_by", Long.class), rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("decided_at")));
	}

	private Invitation invitationRow(ResultSet rs, int row) throws SQLException {
		return new Invitation(rs.getLong("id"), rs.getLong("group_id"), rs.getString("email"), (Long) rs.getObject("invited_by", Long.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("used_at")));
	}

	private List<String> strings(@Nullable String stored) {
		return stored == null || stored.isBlank() ? List.of() : json.readValue(stored, STRINGS);
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
