package club.access;

import java.util.EnumSet;
import java.util.Set;

/** What can be done to an ecosystem, and which of its roles allow it (platform admins: all). */
public enum EcosystemOperation {
	EDIT(EnumSet.of(EcosystemRole.STEWARD)),
	DECIDE_ADMISSIONS(EnumSet.of(EcosystemRole.STEWARD)),
	FOLLOW_VITALITY(EnumSet.of(EcosystemRole.STEWARD, EcosystemRole.HELPER));

	private final Set<EcosystemRole> roles;

	EcosystemOperation(Set<EcosystemRole> roles) {
		this.roles = roles;
	}

	public Set<EcosystemRole> roles() {
		return roles;
	}
}
