package club.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A group record of the directory. A group whose members join here ({@code membersManaged})
 * shows the number of its members counted; another shows the number typed by hand.
 */
public record Group(long id, String slug, String name, String tagline, GroupType type, @Nullable String description,
		@Nullable String country, @Nullable String region, @Nullable Position position, @Nullable Integer memberCount,
		boolean membersManaged,
		ActivityLevel activity, @Nullable String domain, @Nullable Objective objective, List<String> keywords,
		Map<ServiceLink, String> links, List<Partner> partners, Instant createdAt, Instant updatedAt) {

	/** WGS 84 coordinates. */
	public record Position(double latitude, double longitude) {
	}

	public record Partner(String name, @Nullable String url) {
	}
}
