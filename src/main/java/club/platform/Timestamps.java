package club.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * Instants as SQL parameters for {@code timestamp with time zone} columns. Both databases keep
 * microseconds; truncating here (instead of letting the database round) keeps "due at now"
 * comparisons exact.
 */
public final class Timestamps {

	private Timestamps() {
	}

	public static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}
}
