package club.account;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import club.platform.security.SignedInUser;

/**
 * The signed-in principal, kept in the (database) session. Its name is the public id, stable
 * across an email change, which is how a person's sessions are found to end them.
 */
record AccountUser(long accountId, UUID publicId, String displayName, boolean platformAdmin, boolean verified,
		String password) implements UserDetails, SignedInUser {

	static AccountUser of(Account account) {
		return new AccountUser(account.id(), account.publicId(), account.displayName(),
				account.role() == Account.PlatformRole.ADMIN, account.verified(), account.passwordHash());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return platformAdmin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return publicId.toString();
	}

	/** What stays in the session: no password hash. */
	AccountUser withoutPassword() {
		return new AccountUser(accountId, publicId, displayName, platformAdmin, verified, "");
	}

	@Override
	public String toString() {
		return "AccountUser[" + publicId + "]";
	}
}
