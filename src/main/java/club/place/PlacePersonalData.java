package club.place;

import java.util.Map;

import org.springframework.stereotype.Component;

import club.platform.privacy.PersonalData;

/**
 * A person's memberships of places and the payments recorded for them. On deletion the
 * memberships stay in the operators' accounts without the person ("former member").
 */
@Component
class PlacePersonalData implements PersonalData {

	private final Places places;
	private final PlaceRepository repository;

	PlacePersonalData(Places places, PlaceRepository repository) {
		this.places = places;
		this.repository = repository;
	}

	@Override
	public String section() {
		return "places";
	}

	@Override
	public Map<String, Object> export(long accountId) {
		return Map.of("memberships", places.membershipsOf(accountId).stream()
			.map(membership -> Map.of("membership", membership, "payments", places.payments(membership)))
			.toList());
	}

	@Override
	public void erase(long accountId) {
		repository.forget(accountId);
	}
}
