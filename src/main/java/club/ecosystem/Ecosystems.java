package club.ecosystem;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import club.directory.ActivityLevel;
import club.directory.Group;
import club.directory.GroupDirectory;
import club.directory.GroupEcosystems;
import club.directory.GroupType;

/** Ecosystems and their groups: every group carrying the ecosystem's keyword. */
@Service
public class Ecosystems implements GroupEcosystems {

	/** An ecosystem with its groups and the counts its page shows. */
	public record View(Ecosystem ecosystem, List<Group> groups, Map<GroupType, Long> byType, Map<ActivityLevel, Long> byActivity) {

		/** The groups a visitor can join: archived ones are only counted. */
		public List<Group> liveGroups() {
			return groups.stream().filter(group -> group.activity() != ActivityLevel.ARCHIVED).toList();
		}
	}

	/** An ecosystem in the list of ecosystems. */
	public record Summary(Ecosystem ecosystem, long groupCount) {
	}

	private final EcosystemRepository ecosystems;
	private final GroupDirectory directory;

	Ecosystems(EcosystemRepository ecosystems, GroupDirectory directory) {
		this.ecosystems = ecosystems;
		this.directory = directory;
	}

	Optional<View> view(String keyword) {
		return ecosystems.find(keyword).map(ecosystem -> {
			List<Group> groups = directory.withKeyword(ecosystem.keyword());
			var byType = new EnumMap<GroupType, Long>(GroupType.class);
			var byActivity = new EnumMap<ActivityLevel, Long>(ActivityLevel.class);
			for (Group group : groups) {
				byType.merge(group.type(), 1L, Long::sum);
				byActivity.merge(group.activity(), 1L, Long::sum);
			}
			return new View(ecosystem, groups, byType, byActivity);
		});
	}

	List<Summary> all() {
		return ecosystems.all().stream()
			.map(ecosystem -> new Summary(ecosystem, directory.activeCountWithKeyword(ecosystem.keyword())))
			.toList();
	}

	@Override
	public List<EcosystemLink> forKeywords(List<String> keywords) {
		return ecosystems.withKeywords(keywords).stream()
			.map(ecosystem -> new EcosystemLink(ecosystem.keyword(), ecosystem.name()))
			.toList();
	}
}
