package club.membership;

import java.util.Optional;

import org.springframework.stereotype.Component;

import club.access.Access;
import club.directory.Group;
import club.directory.GroupMembership;
import club.platform.security.SignedInUser;

/** What a group's page shows of the visitor's membership. */
@Component
class MembershipStanding implements GroupMembership {

	private final Memberships memberships;
	private final Access access;

	MembershipStanding(Memberships memberships, Access access) {
		this.memberships = memberships;
		this.access = access;
	}

	@Override
	public Standing standing(Group group, Optional<SignedInUser> user) {
		EntrySettings settings = memberships.settings(group);
		String process = settings.rule().process().name();
		boolean seesMembers = access.sees(user, group.id(), settings.memberList());
		if (user.isEmpty()) {
			return new Standing(process, false, null, seesMembers, false, 0);
		}
		long accountId = user.get().accountId();
		EntryTarget target = memberships.target(group);
		boolean organizer = target.mayDecide(user);
		return new Standing(process, target.isMember(accountId),
				memberships.openRequest(target, accountId).map(EntryRequest::id).orElse(null), seesMembers, organizer,
				organizer ? memberships.openRequests(target).size() : 0);
	}
}
