package club.resource;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import club.directory.Group;
import club.directory.GroupProductions;
import club.platform.security.SignedInUser;

/** The latest productions on a group's page (those the viewer may see) and on its ecosystems' pages (the public ones). */
@Component
class GroupProductionsView implements GroupProductions {

	private final ResourceRepository repository;
	private final Resources resources;

	GroupProductionsView(ResourceRepository repository, Resources resources) {
		this.repository = repository;
		this.resources = resources;
	}

	@Override
	public List<Production> latest(Group group, Optional<SignedInUser> viewer, int limit) {
		return repository.productions(group.id(), resources.readsMembersOnly(group.id(), viewer), limit);
	}

	@Override
	public List<Production> latestPublic(Collection<Long> groupIds, int limit) {
		return repository.publicProductions(groupIds, limit);
	}
}
