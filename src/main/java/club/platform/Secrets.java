package club.platform;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Named random secrets generated once and stored in the database, so that every
 * application node signs and checks with the same key without extra configuration.
 */
@Service
public class Secrets {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	// A cache that is safe to lose: the database holds the value.
	private final ConcurrentMap<String, byte[]> cache = new ConcurrentHashMap<>();

	Secrets(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The secret of that name, created on first use (32 random bytes). */
	public byte[] get(String name) {
		return cache.computeIfAbsent(name, this::loadOrCreate);
	}

	private byte[] loadOrCreate(String name) {
		var stored = read(name);
		if (stored != null) {
			return stored;
		}
		byte[] fresh = new byte[32];
		random.nextBytes(fresh);
		try {
			jdbc.sql("insert into platform_secret (name, secret_value, created_at) values (?, ?, ?)")
				.params(name, Base64.getEncoder().encodeToString(fresh), Timestamps.utc(clock.instant()))
				.update();
			return fresh;
		}
		catch (DuplicateKeyException anotherNodeWasFirst) {
			return read(name);
		}
	}

	private byte[] read(String name) {
		return jdbc.sql("select secret_value from platform_secret where name = ?")
			.param(name)
			.query(String.class)
			.optional()
			.map(Base64.getDecoder()::decode)
			.orElse(null);
	}
}
