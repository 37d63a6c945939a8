package club.account;

import java.util.stream.Stream;
import java.util.Set;
import java.util.Objects;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import club.platform.mail.Recipient;

/** What other modules may ask about accounts. */
@Service
public class Accounts {

	/** What anyone may see of a person: the profile they chose to show. */
	public record PublicProfile(long accountId, UUID publicId, String displayName, @Nullable String bio, @Nullable String city,
			@Nullable String region, List<String> interests) {
	}

	private final JdbcClient jdbc;
	private final AccountRepository accounts;

	Accounts(JdbcClient jdbc, AccountRepository accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public Optional<PublicProfile> profile(UUID publicId) {
		return accounts.findByPublicId(publicId).flatMap(account -> profile(account.id()));
	}

	public Optional<PublicProfile> profile(long accountId) {
		return accounts.findById(accountId)
			.map(account -> new PublicProfile(account.id(), account.publicId(), account.displayName(), account.bio(), account.city(),
					account.region(), account.interests()));
	}

	/** Display names by account id; ids of deleted accounts are absent ("former member"). */
	public Map<Long, String> displayNames(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, display_name from account where id in (:ids)")
			.param("ids", accountIds)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * The names of the accounts among these ids, read once: a null id (a former member's, or
	 * nobody's) and a deleted account are absent, and pages say "former member" for them.
	 */
	public Map<Long, String> displayNamesOf(Stream<@Nullable Long> accountIds) {
		Set<Long> ids = accountIds.filter(Objects::nonNull).collect(Collectors.toSet());
		return displayNames(ids);
	}

	/** Public ids (for the addresses of people's pages) by account id; deleted accounts are absent. */
	public Map<Long, UUID> publicIds(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("select id, public_id from account where id in (:ids)")
			.param("ids", accountIds)
			.query((rs, row) -> Map.entry(rs.getLong(1), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Whom to write to, for those accounts that still exist, in the order of their ids. */
	public List<Recipient> recipients(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select id, email, display_name, locale from account where id in (:ids) order by id")
			.param("ids", accountIds)
			.query((rs, row) -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3),
					Locale.forLanguageTag(rs.getString(4))))
			.list();
	}

	/** Whom to write to when a decision falls to the platform's admins. */
	public List<Recipient> platformAdmins() {
		return recipients(jdbc.sql("select id from account where platform_role = 'ADMIN'").query(Long.class).list());
	}

	/** Camille and Moussa, when the demo created them. */
	public java.util.Optional<DemoMembers> demoMembers() {
		Map<String, Long> ids = idsByEmail(List.of(DemoMembers.CAMILLE, DemoMembers.MOUSSA));
		Long camille = ids.get(DemoMembers.CAMILLE);
		Long moussa = ids.get(DemoMembers.MOUSSA);
		return camille == null || moussa == null ? java.util.Optional.empty() : java.util.Optional.of(new DemoMembers(camille, moussa));
	}

	/** The accounts with those addresses (compared as at login), address to id; unknown ones are absent. */
	public Map<String, Long> idsByEmail(Collection<String> emails) {
		if (emails.isEmpty()) {
			return Map.of();
		}
		Map<String, String> byNormalized = emails.stream().collect(Collectors.toMap(Account::normalize, email -> email, (a, b) -> a));
		return jdbc.sql("select email_normalized, id from account where email_normalized in (:emails)")
			.param("emails", byNormalized.keySet())
			.query((rs, row) -> Map.entry(byNormalized.get(rs.getString(1)), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
