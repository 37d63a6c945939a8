package club.access;

import static club.platform.Timestamps.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AccessRepository {

	private final JdbcClient jdbc;

	AccessRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * False when the person already was a member (joining twice is harmless). Grants are idempotent through {@code on conflict do nothing} (PostgreSQL, and H2 in its
	 * PostgreSQL mode) rather than {@code insert … select … where not exists}: H2 2.4 reuses the
	 * cached result of that FROM-less select when the same statement runs twice in one
	 * transaction, and the second insert broke the primary key. The conflict clause is also safe
	 * when two transactions grant at once.
	 */
	boolean addMember(long groupId, long accountId, Instant at) {
		return jdbc.sql("insert into group_member (group_id, account_id, joined_at) values (?, ?, ?) on conflict do nothing")
			.params(groupId, accountId, utc(at))
			.update() == 1;
	}

	boolean removeMember(long groupId, long accountId) {
		jdbc.sql("delete from group_member_role where group_id = ? and account_id = ?").params(groupId, accountId).update();
		return jdbc.sql("delete from group_member where group_id = ? and account_id = ?").params(groupId, accountId).update() == 1;
	}

	boolean isMember(long groupId, long accountId) {
		return jdbc.sql("select count(*) from group_member where group_id = ? and account_id = ?")
			.params(groupId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	long memberCount(long groupId) {
		return jdbc.sql("select count(*) from group_member where group_id = ?").param(groupId).query(Long.class).single();
	}

	void grant(long groupId, long accountId, GroupRole role, Instant at) {
		jdbc.sql("insert into group_member_role (group_id, account_id, role, granted_at) values (?, ?, ?, ?) on conflict do nothing")
			.params(groupId, accountId, role.name(), utc(at))
			.update();
	}

	void revoke(long groupId, long accountId, GroupRole role) {
		jdbc.sql("delete from group_member_role where group_id = ? and account_id = ? and role = ?")
			.params(groupId, accountId, role.name())
			.update();
	}

	Set<GroupRole> roles(long groupId, long accountId) {
		var roles = EnumSet.noneOf(GroupRole.class);
		jdbc.sql("select role from group_member_role where group_id = ? and account_id = ?")
			.params(groupId, accountId)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(GroupRole.valueOf(role)));
		return roles;
	}

	/** The members in the order they joined, with their roles. */
	List<Access.Member> members(long groupId) {
		Map<Long, Access.Member> members = new LinkedHashMap<>();
		jdbc.sql("select account_id, joined_at from group_member where group_id = ? order by joined_at, account_id")
			.param(groupId)
			.query((rs, row) -> new Access.Member(rs.getLong(1), rs.getTimestamp(2).toInstant(), EnumSet.noneOf(GroupRole.class)))
			.list()
			.forEach(member -> members.put(member.accountId(), member));
		jdbc.sql("select account_id, role from group_member_role where group_id = ?")
			.param(groupId)
			.query((rs, row) -> Map.entry(rs.getLong(1), GroupRole.valueOf(rs.getString(2))))
			.list()
			.forEach(role -> {
				var member = members.get(role.getKey());
				if (member != null) {
					member.roles().add(role.getValue());
				}
			});
		return new ArrayList<>(members.values());
	}

	List<Long> holders(long groupId, Collection<GroupRole> roles) {
		return jdbc.sql("select distinct account_id from group_member_role where group_id = :group and role in (:roles) order by account_id")
			.param("group", groupId)
			.param("roles", roles.stream().map(Enum::name).toList())
			.query(Long.class)
			.list();
	}

	/** The groups a person belongs to, with their roles there. */
	List<Access.Membership> groupsOf(long accountId) {
		Map<Long, Access.Membership> groups = new LinkedHashMap<>();
		jdbc.sql("select group_id, joined_at from group_member where account_id = ? order by joined_at, group_id")
			.param(accountId)
			.query((rs, row) -> new Access.Membership(rs.getLong(1), rs.getTimestamp(2).toInstant(), EnumSet.noneOf(GroupRole.class)))
			.list()
			.forEach(membership -> groups.put(membership.groupId(), membership));
		jdbc.sql("select group_id, role from group_member_role where account_id = ?")
			.param(accountId)
			.query((rs, row) -> Map.entry(rs.getLong(1), GroupRole.valueOf(rs.getString(2))))
			.list()
			.forEach(role -> {
				var membership = groups.get(role.getKey());
				if (membership != null) {
					membership.roles().add(role.getValue());
				}
			});
		return new ArrayList<>(groups.values());
	}

	boolean shareAGroup(long accountId, long otherAccountId) {
		return jdbc.sql("""
				select count(*) from group_member a join group_member b on a.group_id = b.group_id
				where a.account_id = ? and b.account_id = ?""")
			.params(accountId, otherAccountId)
			.query(Long.class)
			.single() > 0;
	}

	void grant(long ecosystemId, long accountId, EcosystemRole role, Instant at) {
		jdbc.sql("insert into ecosystem_role (ecosystem_id, account_id, role, granted_at) values (?, ?, ?, ?) on conflict do nothing")
			.params(ecosystemId, accountId, role.name(), utc(at))
			.update();
	}

	void revoke(long ecosystemId, long accountId, EcosystemRole role) {
		jdbc.sql("delete from ecosystem_role where ecosystem_id = ? and account_id = ? and role = ?")
			.params(ecosystemId, accountId, role.name())
			.update();
	}

	Set<EcosystemRole> ecosystemRoles(long ecosystemId, long accountId) {
		var roles = EnumSet.noneOf(EcosystemRole.class);
		jdbc.sql("select role from ecosystem_role where ecosystem_id = ? and account_id = ?")
			.params(ecosystemId, accountId)
			.query(String.class)
			.list()
			.forEach(role -> roles.add(EcosystemRole.valueOf(role)));
		return roles;
	}

	List<Long> ecosystemHolders(long ecosystemId, EcosystemRole role) {
		return jdbc.sql("select account_id from ecosystem_role where ecosystem_id = ? and role = ? order by account_id")
			.params(ecosystemId, role.name())
			.query(Long.class)
			.list();
	}

	/** Ecosystem id to the roles held there. */
	Map<Long, Set<EcosystemRole>> ecosystemsOf(long accountId) {
		Map<Long, Set<EcosystemRole>> roles = new LinkedHashMap<>();
		jdbc.sql("select ecosystem_id, role from ecosystem_role where account_id = ? order by ecosystem_id")
			.param(accountId)
			.query((rs, row) -> Map.entry(rs.getLong(1), EcosystemRole.valueOf(rs.getString(2))))
			.list()
			.forEach(role -> roles.computeIfAbsent(role.getKey(), id -> EnumSet.noneOf(EcosystemRole.class)).add(role.getValue()));
		return roles;
	}

	void grantOperator(long placeId, long accountId, Instant at) {
		jdbc.sql("insert into place_role (place_id, account_id, role, granted_at) values (?, ?, 'OPERATOR', ?) on conflict do nothing")
			.params(placeId, accountId, utc(at))
			.update();
	}

	boolean isOperator(long placeId, long accountId) {
		return jdbc.sql("select count(*) from place_role where place_id = ? and account_id = ?")
			.params(placeId, accountId)
			.query(Long.class)
			.single() > 0;
	}

	List<Long> operators(long placeId) {
		return jdbc.sql("select account_id from place_role where place_id = ? order by account_id").param(placeId).query(Long.class).list();
	}

	List<Long> placesOperatedBy(long accountId) {
		return jdbc.sql("select place_id from place_role where account_id = ? order by place_id").param(accountId).query(Long.class).list();
	}
}
