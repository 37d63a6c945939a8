package club.account;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person's account and profile. The bigint id stays inside; the public id goes in URLs. */
public record Account(long id, UUID publicId, String email, String passwordHash, String displayName, PlatformRole role,
		Locale locale, @Nullable Instant emailVerifiedAt, Instant passwordChangedAt, Instant createdAt,
		@Nullable String bio, @Nullable String city, @Nullable String region, List<String> interests) {

	public enum PlatformRole {
		USER, ADMIN
	}

	public boolean verified() {
		return emailVerifiedAt != null;
	}

	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}
}
