package club.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * Per-key limits on actions that send mails or create work for others (applications,
 * invitations): token buckets in this node's memory (a limit per node is enough against abuse,
 * and safe to lose), on the injected clock so that tests move time instead of waiting.
 */
@Component
public class RateLimiter {

	private static final int MAX_KEYS = 100_000;

	private final TimeMeter time;
	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}
	});

	RateLimiter(Clock clock) {
		this.time = clockMeter(clock);
	}

	/** Takes one from the key's bucket of {@code max} per {@code window}; empty when allowed, else how long to wait. */
	public Optional<Duration> take(String key, int max, Duration window) {
		Bucket bucket = buckets.computeIfAbsent(key + "|" + max + "|" + window, k -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(max).refillGreedy(max, window).build())
			.withCustomTimePrecision(time)
			.build());
		var probe = bucket.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
	}

	/** Bucket4j's time read from a {@link Clock}. */
	public static TimeMeter clockMeter(Clock clock) {
		return new TimeMeter() {
			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}
		};
	}
}
