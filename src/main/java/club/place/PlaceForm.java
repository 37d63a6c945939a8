package club.place;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import club.platform.validation.NumberIn;

/** A place as typed in its form: values, services and hosted groups one per line (groups by short name). */
public record PlaceForm(
		@NotBlank(message = "{place.name.required}") @Size(max = 120, message = "{place.name.tooLong}") @Nullable String name,
		@NotBlank(message = "{group.slug.required}") @Size(min = 2, max = 40, message = "{group.slug.invalid}")
		@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{group.slug.invalid}") @Nullable String slug,
		@NotBlank(message = "{place.tagline.required}") @Size(max = 140, message = "{group.tagline.tooLong}") @Nullable String tagline,
		@Size(max = 5000, message = "{group.description.tooLong}") @Nullable String description,
		@Size(max = 300, message = "{place.address.tooLong}") @Nullable String address,
		@NumberIn(min = "-90", max = "90", message = "{group.latitude.invalid}") @Nullable String latitude,
		@NumberIn(min = "-180", max = "180", message = "{group.longitude.invalid}") @Nullable String longitude,
		@Size(max = 2000, message = "{place.lines.tooLong}") @Nullable String values,
		@Size(max = 2000, message = "{place.lines.tooLong}") @Nullable String services,
		@NotBlank(message = "{place.currency.invalid}") @Pattern(regexp = "[A-Z]{3}", message = "{place.currency.invalid}")
		@Nullable String currency,
		@Size(max = 2000, message = "{place.lines.tooLong}") @Nullable String groups) {

	static PlaceForm empty() {
		return new PlaceForm("", "", "", "", "", "", "", "", "", "EUR", "");
	}

	static PlaceForm of(Place place, List<String> groupSlugs) {
		return new PlaceForm(place.name(), place.slug(), place.tagline(), text(place.description()), text(place.address()),
				place.latitude() == null ? "" : place.latitude().toString(), place.longitude() == null ? "" : place.longitude().toString(),
				String.join("\n", place.values()), String.join("\n", place.services()), place.currency(), String.join("\n", groupSlugs));
	}

	static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
	}

	static @Nullable Double number(@Nullable String text) {
		return text == null || text.isBlank() ? null : Double.valueOf(text.strip().replace(',', '.'));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}
}
