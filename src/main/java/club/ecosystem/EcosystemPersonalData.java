package club.ecosystem;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/** The ecosystems a person stewards. */
@Component
class EcosystemPersonalData implements PersonalData {

	private final EcosystemRepository ecosystems;

	EcosystemPersonalData(EcosystemRepository ecosystems) {
		this.ecosystems = ecosystems;
	}

	@Override
	public String section() {
		return "ecosystems";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return Map.of("stewards", ecosystems.stewardOf(accountId));
	}

	@Override
	public void erase(long accountId) {
		ecosystems.forgetSteward(accountId);
	}
}
