package club.membership;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import club.access.Access;
import club.account.Accounts;
import club.directory.ActivityLevel;
import club.directory.Group;
import club.directory.GroupDirectory;

/**
 * Other groups a member could join: those carrying the keywords of their groups (the groups of
 * the same ecosystems) or of their interests, ranked by the keywords they share, then by a
 * territory in common (the region of their groups or of their profile); never one they are in,
 * nor an archived one.
 */
@Component
class Suggestions {

	static final int MAX = 6;

	private final Access access;
	private final GroupDirectory directory;
	private final Accounts accounts;

	Suggestions(Access access, GroupDirectory directory, Accounts accounts) {
		this.access = access;
		this.directory = directory;
		this.accounts = accounts;
	}

	List<Group> forMember(long accountId) {
		List<Group> mine = access.groupsOf(accountId).stream().flatMap(m -> directory.findById(m.groupId()).stream()).toList();
		Set<Long> joined = new HashSet<>();
		Set<String> keywords = new HashSet<>();
		Set<String> regions = new HashSet<>();
		mine.forEach(group -> {
			joined.add(group.id());
			keywords.addAll(group.keywords());
			if (group.region() != null) {
				regions.add(group.region());
			}
		});
		accounts.profile(accountId).ifPresent(profile -> {
			keywords.addAll(profile.interests());
			if (profile.region() != null) {
				regions.add(profile.region());
			}
		});
		Map<Long, Integer> score = new HashMap<>();
		Map<Long, Group> candidates = new HashMap<>();
		for (String keyword : keywords) {
			for (Group group : directory.withKeyword(keyword)) {
				if (!joined.contains(group.id()) && group.activity() != ActivityLevel.ARCHIVED) {
					candidates.put(group.id(), group);
					score.merge(group.id(), 2, Integer::sum);
				}
			}
		}
		candidates.values().stream().filter(group -> group.region() != null && regions.contains(group.region()))
			.forEach(group -> score.merge(group.id(), 1, Integer::sum));
		return candidates.values().stream()
			.sorted(Comparator.comparing((Group group) -> -score.get(group.id())).thenComparing(Group::name, String.CASE_INSENSITIVE_ORDER))
			.limit(MAX)
			.toList();
	}
}
