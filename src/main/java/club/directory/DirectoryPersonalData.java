package club.directory;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/** A person's admin rights on group records; their past edits stay, signed "former member". */
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
		return Map.of("administers", groups.groupsAdministeredBy(accountId).stream()
			.map(id -> groups.findById(id).map(Group::slug).orElse(""))
			.toList());
	}

	@Override
	public void erase(long accountId) {
		groups.forgetAccount(accountId);
	}
}
