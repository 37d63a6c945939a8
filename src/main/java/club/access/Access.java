package club.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.platform.security.SignedInUser;

/**
 * The one authorization service: every page and API call that acts on a group or an
 * ecosystem asks it, and it reads the roles from the database at each call, so that a member
 * removed or a role revoked loses access at once, on pages and through API tokens alike.
 * It also keeps the registry of members and roles the decisions are made from.
 */
@Service
public class Access {

	/** A group's member, with the roles they hold there. */
	public record Member(long accountId, Instant joinedAt, Set<GroupRole> roles) {

		public boolean organizer() {
			return roles.stream().anyMatch(GroupRole.ORGANIZERS::contains);
		}
	}

	/** One of a person's groups, with the roles they hold there. */
	public record Membership(long groupId, Instant joinedAt, Set<GroupRole> roles) {
	}

	private final AccessRepository registry;

	Access(AccessRepository registry) {
		this.registry = registry;
	}

	// --- decisions

	public boolean may(Optional<SignedInUser> user, GroupOperation operation, long groupId) {
		if (user.isEmpty()) {
			return false;
		}
		if (user.get().platformAdmin()) {
			return true;
		}
		long accountId = user.get().accountId();
		if (operation.allowsAnyMember()) {
			return registry.isMember(groupId, accountId);
		}
		return registry.roles(groupId, accountId).stream().anyMatch(operation.roles()::contains);
	}

	public boolean may(Optional<SignedInUser> user, EcosystemOperation operation, long ecosystemId) {
		return user.map(u -> u.platformAdmin()
				|| registry.ecosystemRoles(ecosystemId, u.accountId()).stream().anyMatch(operation.roles()::contains))
			.orElse(false);
	}

	/** Creating ecosystems, importing, reading the mail outbox: the platform's admins. */
	public boolean platformAdmin(Optional<SignedInUser> user) {
		return user.map(SignedInUser::platformAdmin).orElse(false);
	}

	/** Whether the person may see what a group shows to that audience. */
	public boolean sees(Optional<SignedInUser> user, long groupId, Audience audience) {
		return switch (audience) {
			case PUBLIC -> true;
			case MEMBERS -> user.map(u -> u.platformAdmin() || registry.isMember(groupId, u.accountId())).orElse(false);
			case ORGANIZERS -> may(user, GroupOperation.DECIDE_REQUESTS, groupId);
		};
	}

	public boolean isMember(long groupId, long accountId) {
		return registry.isMember(groupId, accountId);
	}

	/** Whether two people belong to at least one group together. */
	public boolean shareAGroup(long accountId, long otherAccountId) {
		return registry.shareAGroup(accountId, otherAccountId);
	}

	// --- the registry of groups

	public Set<GroupRole> roles(long groupId, long accountId) {
		return registry.roles(groupId, accountId);
	}

	public List<Member> members(long groupId) {
		return registry.members(groupId);
	}

	public long memberCount(long groupId) {
		return registry.memberCount(groupId);
	}

	/** The accounts holding any of these roles in the group. */
	public List<Long> holders(long groupId, Collection<GroupRole> roles) {
		return registry.holders(groupId, roles);
	}

	public List<Membership> groupsOf(long accountId) {
		return registry.groupsOf(accountId);
	}

	/** False when the person already was a member. */
	@Transactional
	public boolean addMember(long groupId, long accountId, Instant at) {
		return registry.addMember(groupId, accountId, at);
	}

	/** The member and their roles go; false when they were not a member. */
	@Transactional
	public boolean removeMember(long groupId, long accountId) {
		return registry.removeMember(groupId, accountId);
	}

	/** The person who creates a group becomes its first member and its admin. */
	@Transactional
	public void makeCreatorAdmin(long groupId, long accountId, Instant at) {
		registry.addMember(groupId, accountId, at);
		registry.grant(groupId, accountId, GroupRole.ADMIN, at);
	}

	/** Only members hold roles: false when the person is not a member of the group. */
	@Transactional
	public boolean grant(long groupId, long accountId, GroupRole role, Instant at) {
		if (!registry.isMember(groupId, accountId)) {
			return false;
		}
		registry.grant(groupId, accountId, role, at);
		return true;
	}

	@Transactional
	public void revoke(long groupId, long accountId, GroupRole role) {
		registry.revoke(groupId, accountId, role);
	}

	// --- the registry of ecosystems

	public List<Long> holders(long ecosystemId, EcosystemRole role) {
		return registry.ecosystemHolders(ecosystemId, role);
	}

	@Transactional
	public void grant(long ecosystemId, long accountId, EcosystemRole role, Instant at) {
		registry.grant(ecosystemId, accountId, role, at);
	}

	@Transactional
	public void revoke(long ecosystemId, long accountId, EcosystemRole role) {
		registry.revoke(ecosystemId, accountId, role);
	}

	/** Ecosystem id to the roles the person holds there. */
	public Map<Long, Set<EcosystemRole>> ecosystemsOf(long accountId) {
		return registry.ecosystemsOf(accountId);
	}

	// --- places

	public boolean may(Optional<SignedInUser> user, PlaceOperation operation, long placeId) {
		return user.map(u -> u.platformAdmin() || registry.isOperator(placeId, u.accountId())).orElse(false);
	}

	/** The person who creates a place becomes its operator. */
	@Transactional
	public void makeOperator(long placeId, long accountId, Instant at) {
		registry.grantOperator(placeId, accountId, at);
	}

	public List<Long> operators(long placeId) {
		return registry.operators(placeId);
	}

	public List<Long> placesOperatedBy(long accountId) {
		return registry.placesOperatedBy(accountId);
	}
}
