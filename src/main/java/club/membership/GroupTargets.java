package club.membership;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import club.access.Access;
import club.activity.ActivityKind;
import club.activity.ActivityLog;
import club.access.GroupOperation;
import club.access.GroupRole;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.platform.security.SignedInUser;

/** Groups as entry targets: organizers decide, members vouch, an admitted person becomes a member. */
@Component
class GroupTargets implements EntryTargetKind {

	static final String KIND = "group";

	private final Access access;
	private final GroupDirectory directory;
	private final MembershipRepository repository;
	private final ActivityLog activity;

	GroupTargets(Access access, GroupDirectory directory, MembershipRepository repository, ActivityLog activity) {
		this.activity = activity;
		this.access = access;
		this.directory = directory;
		this.repository = repository;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	public Optional<GroupTarget> find(long id) {
		return directory.findById(id).map(this::of);
	}

	GroupTarget of(Group group) {
		return new GroupTarget(group);
	}

	final class GroupTarget implements EntryTarget {

		private final Group group;

		GroupTarget(Group group) {
			this.group = group;
		}

		Group group() {
			return group;
		}

		@Override
		public String kind() {
			return KIND;
		}

		@Override
		public long id() {
			return group.id();
		}

		@Override
		public String name() {
			return group.name();
		}

		@Override
		public String path() {
			return UriComponentsBuilder.fromPath("/g/{slug}").buildAndExpand(group.slug()).encode().toUriString();
		}

		@Override
		public EntryRule rule() {
			return repository.settings(group.id()).rule();
		}

		@Override
		public boolean isMember(long accountId) {
			return access.isMember(group.id(), accountId);
		}

		@Override
		public boolean mayDecide(Optional<SignedInUser> user) {
			return access.may(user, GroupOperation.DECIDE_REQUESTS, group.id());
		}

		@Override
		public boolean mayVouch(Optional<SignedInUser> user) {
			return access.may(user, GroupOperation.VOUCH, group.id());
		}

		@Override
		public List<Long> deciders() {
			return access.holders(group.id(), GroupRole.ORGANIZERS);
		}

		@Override
		public void admit(long accountId, Instant at) {
			if (access.addMember(group.id(), accountId, at)) {
				directory.countMembers(group);
				activity.record(group.id(), ActivityKind.MEMBER_JOINED, accountId, accountId);
			}
		}
	}
}
