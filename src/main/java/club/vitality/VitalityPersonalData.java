package club.vitality;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/**
 * The nudges a person received and the answers they gave. When their account goes, what they
 * received goes with it; their answers stay in their groups' history, unsigned (« former member »).
 */
@Component
class VitalityPersonalData implements PersonalData {

	private final VitalityRepository repository;

	VitalityPersonalData(VitalityRepository repository) {
		this.repository = repository;
	}

	@Override
	public String section() {
		return "vitality";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return repository.of(accountId);
	}

	@Override
	public void erase(long accountId) {
		repository.forget(accountId);
	}
}
