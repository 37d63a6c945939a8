package club.account;

import static club.platform.Timestamps.utc;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a person creates one on their profile, sees it once, and sends it as
 * {@code Authorization: Bearer …}. Each request resolves the token to the account again, so a
 * revoked token or a deleted account stops working at once.
 */
@Service
public class ApiTokens {

	static final String PREFIX = "club_";
	static final int MAX_PER_ACCOUNT = 20;

	/** A token as listed on the profile (never its value). */
	public record Listed(long id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {
	}

	private final JdbcClient jdbc;
	private final AccountRepository accounts;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiTokens(JdbcClient jdbc, AccountRepository accounts, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Creates a token and returns its value, which is not kept. */
	@Transactional
	Optional<String> create(long accountId, String name) {
		if (list(accountId).size() >= MAX_PER_ACCOUNT) {
			return Optional.empty();
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		jdbc.sql("insert into api_token (account_id, name, token_hash, created_at) values (?, ?, ?, ?)")
			.params(accountId, name.strip(), AccountTokens.hash(token), utc(clock.instant()))
			.update();
		return Optional.of(token);
	}

	List<Listed> list(long accountId) {
		return jdbc.sql("select id, name, created_at, last_used_at from api_token where account_id = ? order by id")
			.param(accountId)
			.query((rs, row) -> {
				var used = rs.getTimestamp("last_used_at");
				return new Listed(rs.getLong("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
						used == null ? null : used.toInstant());
			})
			.list();
	}

	void revokeAll(long accountId) {
		jdbc.sql("delete from api_token where account_id = ?").param(accountId).update();
	}

	void revoke(long accountId, long tokenId) {
		jdbc.sql("delete from api_token where id = ? and account_id = ?").params(tokenId, accountId).update();
	}

	/** The account a token belongs to, for one request; records when it was last used. */
	Optional<AccountUser> authenticate(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String hash = AccountTokens.hash(token);
		return jdbc.sql("select account_id from api_token where token_hash = ?")
			.param(hash)
			.query(Long.class)
			.optional()
			.flatMap(accounts::findById)
			.filter(Account::verified)
			.map(account -> {
				jdbc.sql("update api_token set last_used_at = ? where token_hash = ?").params(utc(clock.instant()), hash).update();
				return AccountUser.of(account).withoutPassword();
			});
	}
}
