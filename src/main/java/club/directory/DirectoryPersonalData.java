package club.directory;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/** The group records a person changed; the changes stay after the account goes, signed "former member". */
@Component
class DirectoryPersonalData implements PersonalData {

	private final GroupRepository groups;

	DirectoryPersonalData(GroupRepository groups) {
		this.groups = groups;
	}

	@Override
	public String section() {
		return "groups";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return Map.of("changed", groups.groupsChangedBy(accountId));
	}

	/** Nothing to erase: the history keeps the bare account id, which then leads to nobody. */
	@Override
	public void erase(long accountId) {
	}
}
