package club.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import static club.platform.Timestamps.utc;

@Repository
class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String email, String passwordHash, String displayName, Account.PlatformRole role, Locale locale,
			@Nullable Instant verifiedAt, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into account (public_id, email, email_normalized, password_hash, display_name, platform_role, locale,
				  email_verified_at, password_changed_at, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), email.strip(), Account.normalize(email), passwordHash, displayName.strip(), role.name(),
					locale.getLanguage(), utc(verifiedAt), utc(now), utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Long.class);
	}

	Optional<Account> findByEmail(String email) {
		return one("where a.email_normalized = ?", Account.normalize(email));
	}

	Optional<Account> findById(long id) {
		return one("where a.id = ?", id);
	}

	Optional<Account> findByPublicId(UUID publicId) {
		return one("where a.public_id = ?", publicId);
	}

	long count() {
		return jdbc.sql("select count(*) from account").query(Long.class).single();
	}

	boolean anyAdmin() {
		return jdbc.sql("select count(*) from account where platform_role = 'ADMIN'").query(Long.class).single() > 0;
	}

	void markVerified(long id, Instant now) {
		jdbc.sql("update account set email_verified_at = coalesce(email_verified_at, ?) where id = ?").params(utc(now), id).update();
	}

	void updatePassword(long id, String hash, Instant now) {
		jdbc.sql("update account set password_hash = ?, password_changed_at = ? where id = ?").params(hash, utc(now), id).update();
	}

	/** Same password, stronger hash: not a password change. */
	void rehash(long id, String hash) {
		jdbc.sql("update account set password_hash = ? where id = ?").params(hash, id).update();
	}

	void updateProfile(long id, String displayName, @Nullable String bio, @Nullable String city, @Nullable String region,
			Locale locale, Collection<String> interests) {
		jdbc.sql("update account set display_name = ?, bio = ?, city = ?, region = ?, locale = ? where id = ?")
			.params(displayName, bio, city, region, locale.getLanguage(), id)
			.update();
		jdbc.sql("delete from account_interest where account_id = ?").param(id).update();
		for (String keyword : interests) {
			jdbc.sql("insert into account_interest (account_id, keyword) values (?, ?)").params(id, keyword).update();
		}
	}

	void delete(long id) {
		jdbc.sql("delete from account where id = ?").param(id).update();
	}

	Optional<Avatar> avatar(long accountId) {
		return jdbc.sql("select image, content_type, updated_at from account_avatar where account_id = ?")
			.param(accountId)
			.query((rs, row) -> new Avatar(rs.getBytes("image"), rs.getString("content_type"),
					rs.getTimestamp("updated_at").toInstant()))
			.optional();
	}

	void saveAvatar(long accountId, Avatar avatar) {
		jdbc.sql("delete from account_avatar where account_id = ?").param(accountId).update();
		jdbc.sql("insert into account_avatar (account_id, image, content_type, updated_at) values (?, ?, ?, ?)")
			.params(accountId, avatar.image(), avatar.contentType(), utc(avatar.updatedAt()))
			.update();
	}

	void deleteAvatar(long accountId) {
		jdbc.sql("delete from account_avatar where account_id = ?").param(accountId).update();
	}

	/** Interests are read after the row's result set is closed: one connection at a time. */
	private Optional<Account> one(String where, Object param) {
		return jdbc.sql("select a.* from account a " + where).param(param).query(this::map).optional().map(account -> {
			List<String> interests = jdbc.sql("select keyword from account_interest where account_id = ? order by keyword")
				.param(account.id())
				.query(String.class)
				.list();
			return new Account(account.id(), account.publicId(), account.email(), account.passwordHash(),
					account.displayName(), account.role(), account.locale(), account.emailVerifiedAt(),
					account.passwordChangedAt(), account.createdAt(), account.bio(), account.city(), account.region(),
					interests);
		});
	}

	private Account map(ResultSet rs, int row) throws SQLException {
		long id = rs.getLong("id");
		List<String> interests = List.of();
		var verified = rs.getTimestamp("email_verified_at");
		return new Account(id, rs.getObject("public_id", UUID.class), rs.getString("email"), rs.getString("password_hash"),
				rs.getString("display_name"), Account.PlatformRole.valueOf(rs.getString("platform_role")),
				Locale.forLanguageTag(rs.getString("locale")), verified == null ? null : verified.toInstant(),
				rs.getTimestamp("password_changed_at").toInstant(), rs.getTimestamp("created_at").toInstant(),
				rs.getString("bio"), rs.getString("city"), rs.getString("region"), interests);
	}
}
