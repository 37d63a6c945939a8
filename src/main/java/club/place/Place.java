package club.place;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A tiers-lieu or club: what it stands for, the services it offers, where it is. */
public record Place(long id, String slug, String name, String tagline, @Nullable String description, @Nullable String address,
		@Nullable Double latitude, @Nullable Double longitude, List<String> values, List<String> services, String currency,
		Instant createdAt, Instant updatedAt) {

	public boolean hasPosition() {
		return latitude != null && longitude != null;
	}
}
