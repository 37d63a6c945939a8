package club.directory;

import java.util.List;

/**
 * Which ecosystems a group's keywords put it in, for its page. Implemented by the ecosystem
 * module (which depends on the directory, not the other way round).
 */
public interface GroupEcosystems {

	record EcosystemLink(String keyword, String name) {
	}

	List<EcosystemLink> forKeywords(List<String> keywords);
}
