package club.resource;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/**
 * The resources a person added or is credited for. When their account goes, the resources stay
 * with their groups, signed « former member »: they belong to the shared space.
 */
@Component
class ResourcePersonalData implements PersonalData {

	private final ResourceRepository resources;

	ResourcePersonalData(ResourceRepository resources) {
		this.resources = resources;
	}

	@Override
	public String section() {
		return "resources";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return Map.of("resources", resources.of(accountId));
	}

	@Override
	public void erase(long accountId) {
		resources.forget(accountId);
	}
}
