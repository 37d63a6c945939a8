package club.ecosystem;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** An ecosystem as typed in its form. */
public record EcosystemForm(
		@NotBlank(message = "{ecosystem.keyword.required}") @Size(max = 40, message = "{ecosystem.keyword.invalid}")
		@Nullable String keyword,
		@NotBlank(message = "{ecosystem.name.required}") @Size(max = 120, message = "{group.name.tooLong}") @Nullable String name,
		@Size(max = 5000, message = "{group.description.tooLong}") @Nullable String description,
		@NotBlank(message = "{ecosystem.charter.required}") @Size(max = 5000, message = "{group.description.tooLong}")
		@Nullable String charter,
		@Size(max = 1000, message = "{ecosystem.origins.invalid}") @Nullable String embedOrigins,
		@Nullable String moderated, @Nullable String sharesProductions) {

	/** The checkbox sends "true" when ticked, nothing otherwise. */
	boolean isModerated() {
		return "true".equals(moderated);
	}

	boolean isSharingProductions() {
		return "true".equals(sharesProductions);
	}

	/** A web origin: scheme, host, optional port; nothing else may reach the CSP header. */
	static final Pattern ORIGIN = Pattern.compile("https?://(\\*\\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\\d{1,5})?");
	static final int MAX_ORIGINS = 20;

	static EcosystemForm empty() {
		return new EcosystemForm("", "", "", Ecosystem.COOP_GROUP_CHARTER, "", "", "true");
	}

	static EcosystemForm of(Ecosystem ecosystem) {
		return new EcosystemForm(ecosystem.keyword(), ecosystem.name(),
				ecosystem.description() == null ? "" : ecosystem.description(), ecosystem.charter(),
				ecosystem.embedOrigins() == null ? "" : ecosystem.embedOrigins().replace(' ', '\n'),
				ecosystem.moderated() ? "true" : "", ecosystem.sharesProductions() ? "true" : "");
	}

	/** The origins, one per line or space-separated, lowercased; empty means any site. */
	List<String> origins() {
		String text = embedOrigins == null ? "" : embedOrigins;
		return Arrays.stream(text.split("\\s+")).filter(origin -> !origin.isBlank())
			.map(origin -> origin.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("/+$", ""))
			.distinct()
			.toList();
	}

	boolean originsValid() {
		List<String> origins = origins();
		return origins.size() <= MAX_ORIGINS && origins.stream().allMatch(origin -> ORIGIN.matcher(origin).matches());
	}
}
