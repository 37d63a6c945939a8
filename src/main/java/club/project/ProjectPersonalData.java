package club.project;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/**
 * The projects a person carries and follows, and the updates they wrote. When their account goes,
 * their updates and carriage stay, unsigned (« former member »): the projects belong to their groups.
 */
@Component
class ProjectPersonalData implements PersonalData {

	private final ProjectRepository projects;

	ProjectPersonalData(ProjectRepository projects) {
		this.projects = projects;
	}

	@Override
	public String section() {
		return "projects";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return projects.of(accountId);
	}

	@Override
	public void erase(long accountId) {
		projects.forget(accountId);
	}
}
