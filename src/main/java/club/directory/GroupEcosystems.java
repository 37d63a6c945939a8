package club.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which ecosystems a group's keywords put it in, for its page. Implemented by the ecosystem
 * module (which depends on the directory, not the other way round).
 */
public interface GroupEcosystems {

	record EcosystemLink(String keyword, String name) {
	}

	/** The ecosystems the group belongs to (by keyword, and by admission where an ecosystem is moderated). */
	List<EcosystemLink> of(Group group);

	/** A moderated ecosystem whose keyword the group carries: status NONE, PENDING, ACCEPTED or REFUSED. */
	record Candidacy(String keyword, String name, String status, @Nullable String reason) {
	}

	/** For the group's admins: where its applications to moderated ecosystems stand. */
	List<Candidacy> candidacies(Group group);
}
