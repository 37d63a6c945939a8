package club.account;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static club.platform.Timestamps.utc;

import club.platform.security.SecretTokens;

/**
 * Single-use links sent by mail. Only a SHA-256 of the token is stored, so a database leak
 * gives no usable link; consuming is one conditional update, so a link works exactly once
 * even when clicked twice at the same moment.
 */
@Component
class AccountTokens {

	enum Purpose {
		VERIFY_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1));

		final Duration lifetime;

		Purpose(Duration lifetime) {
			this.lifetime = lifetime;
		}
	}

	private final JdbcClient jdbc;
	private final Clock clock;

	AccountTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Creates a token and returns its clear value, to put in a link. */
	String issue(long accountId, Purpose purpose) {
		String token = SecretTokens.newToken();
		var now = clock.instant();
		jdbc.sql("""
				insert into account_token (account_id, purpose, token_hash, created_at, expires_at)
				values (?, ?, ?, ?, ?)""")
			.params(accountId, purpose.name(), hash(token), utc(now),
					utc(now.plus(purpose.lifetime)))
			.update();
		return token;
	}

	/** The account a still-valid token belongs to, without using it up. */
	Optional<Long> peek(String token, Purpose purpose) {
		return jdbc.sql("""
				select account_id from account_token
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(hash(token), purpose.name(), utc(clock.instant()))
			.query(Long.class)
			.optional();
	}

	/** Uses the token up; empty when it is unknown, expired or already used. */
	Optional<Long> consume(String token, Purpose purpose) {
		var now = utc(clock.instant());
		int updated = jdbc.sql("""
				update account_token set used_at = ?
				where token_hash = ? and purpose = ? and used_at is null and expires_at > ?""")
			.params(now, hash(token), purpose.name(), now)
			.update();
		if (updated != 1) {
			return Optional.empty();
		}
		Long accountId = jdbc.sql("select account_id from account_token where token_hash = ?")
			.param(hash(token))
			.query(Long.class)
			.single();
		// One reset link used makes the others of the same purpose worthless.
		jdbc.sql("update account_token set used_at = ? where account_id = ? and purpose = ? and used_at is null")
			.params(now, accountId, purpose.name())
			.update();
		return Optional.of(accountId);
	}

	/** Removes links that expired more than a week ago; run daily by {@link AccountJobs}. */
	int purgeExpired() {
		return jdbc.sql("delete from account_token where expires_at < ?")
			.param(utc(clock.instant().minus(Duration.ofDays(7))))
			.update();
	}

	static String hash(String token) {
		return SecretTokens.hash(token);
	}
}
