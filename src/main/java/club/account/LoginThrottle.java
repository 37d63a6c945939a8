package club.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.stereotype.Component;

import club.platform.security.RateLimiter;

/**
 * Counts failed logins so that guessing passwords is slow, without letting an attacker lock
 * a victim out (OWASP "device cookies"):
 * <ul>
 * <li>from a browser where the person logged in before (a valid device cookie): only that
 * device's own failures count — an attacker's failures elsewhere never block it;</li>
 * <li>from anywhere else: failures per address, per account and address, and per account
 * over all unknown devices (this last one slows a distributed attack).</li>
 * </ul>
 * Time comes from the injected clock. Buckets live in this node's memory, bounded: a cache that is safe to lose. With several
 * nodes each counts on its own (see docs/operations.md).
 */
@Component
class LoginThrottle {

	static final int PER_IP = 50;
	static final int PER_ACCOUNT_AND_IP = 5;
	static final int PER_ACCOUNT_UNKNOWN_DEVICES = 100;
	static final int PER_DEVICE = 10;
	static final int MAIL_FORMS_PER_IP = 30;
	private static final Duration WINDOW = Duration.ofMinutes(15);
	private static final int MAX_KEYS = 100_000;

	private final TimeMeter time;
	private final Map<String, Bucket> buckets = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
			return size() > MAX_KEYS;
		}
	});

	private final RateLimiter limits;

	LoginThrottle(Clock clock, RateLimiter limits) {
		this.time = RateLimiter.clockMeter(clock);
		this.limits = limits;
	}

	/**
	 * Takes one try from every bucket before the password is checked, so that parallel guesses
	 * can't all pass; empty when allowed, else how long to wait (and nothing is taken).
	 */
	Optional<Duration> attempt(String ip, String email, Optional<String> trustedDevice) {
		List<Bucket> taken = new java.util.ArrayList<>();
		for (String key : keys(ip, email, trustedDevice)) {
			Bucket bucket = bucket(key);
			var probe = bucket.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				taken.forEach(consumed -> consumed.addTokens(1));
				return Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
			}
			taken.add(bucket);
		}
		return Optional.empty();
	}

	/** A successful login gives its try back: only failures count. */
	void succeeded(String ip, String email, Optional<String> trustedDevice) {
		keys(ip, email, trustedDevice).forEach(key -> bucket(key).addTokens(1));
	}

	/**
	 * Forms that send a mail to any address typed by anyone (sign-up, resend, forgotten
	 * password): at most {@value #MAIL_FORMS_PER_IP} per hour from one address.
	 */
	boolean mailFormAllowed(String ip) {
		return limits.take("mail-ip:" + ip, MAIL_FORMS_PER_IP, Duration.ofHours(1)).isEmpty();
	}

	private List<String> keys(String ip, String email, Optional<String> trustedDevice) {
		String account = Account.normalize(email);
		return trustedDevice.map(device -> List.of("device:" + device))
			.orElseGet(() -> List.of("ip:" + ip, "account-ip:" + account + "|" + ip, "account:" + account));
	}

	private Bucket bucket(String key) {
		return buckets.computeIfAbsent(key, k -> newBucket(capacity(k)));
	}

	private static int capacity(String key) {
		if (key.startsWith("device:")) {
			return PER_DEVICE;
		}
		if (key.startsWith("ip:")) {
			return PER_IP;
		}
		return key.startsWith("account-ip:") ? PER_ACCOUNT_AND_IP : PER_ACCOUNT_UNKNOWN_DEVICES;
	}

	private Bucket newBucket(int capacity) {
		return Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
			.withCustomTimePrecision(time)
			.build();
	}
}
