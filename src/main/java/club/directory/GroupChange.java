package club.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One field of a group record changed by someone (null: a former member, or an import). */
public record GroupChange(@Nullable Long accountId, Instant at, String field, @Nullable String before,
		@Nullable String after) {
}
