package club.account;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import club.platform.mail.Mailer;

/** Forgotten password by mailed link, and password change. */
@Service
class Passwords {

	private final AccountRepository accounts;
	private final AccountTokens tokens;
	private final PasswordEncoder encoder;
	private final Mailer mailer;
	private final ApiTokens apiTokens;
	private final Clock clock;

	Passwords(AccountRepository accounts, AccountTokens tokens, PasswordEncoder encoder, Mailer mailer, ApiTokens apiTokens,
			Clock clock) {
		this.apiTokens = apiTokens;
		this.accounts = accounts;
		this.tokens = tokens;
		this.encoder = encoder;
		this.mailer = mailer;
		this.clock = clock;
	}

	/** Sends a reset link when the address is known; the caller answers the same either way. */
	@Transactional
	void requestReset(String email) {
		accounts.findByEmail(email)
			.filter(account -> !mailer.floodedRecently(account.email(), Registration.MAILS_PER_HOUR))
			.ifPresent(account -> {
				String token = tokens.issue(account.id(), AccountTokens.Purpose.RESET_PASSWORD);
				mailer.send(Registration.recipient(account), "reset", "/password/reset?token=" + token);
			});
	}

	boolean resetLinkValid(String token) {
		return tokens.peek(token, AccountTokens.Purpose.RESET_PASSWORD).isPresent();
	}

	/**
	 * Sets the new password if the link is still valid; the link proves the mailbox, so it
	 * verifies the address too. Returns the account, whose sessions the caller ends.
	 */
	@Transactional
	Optional<Account> reset(String token, String newPassword) {
		String hash = encoder.encode(newPassword);
		return tokens.consume(token, AccountTokens.Purpose.RESET_PASSWORD).map(accountId -> {
			accounts.updatePassword(accountId, hash, clock.instant());
			accounts.markVerified(accountId, clock.instant());
			// Recovering an account also takes back what whoever held it may have made.
			apiTokens.revokeAll(accountId);
			Account account = accounts.findById(accountId).orElseThrow();
			mailer.send(Registration.recipient(account), "passwordChanged", "/password/forgot");
			return account;
		});
	}

	/** Changes the password when the current one is right. */
	@Transactional
	boolean change(long accountId, String currentPassword, String newPassword) {
		Account account = accounts.findById(accountId).orElseThrow();
		if (!encoder.matches(currentPassword, account.passwordHash())) {
			return false;
		}
		accounts.updatePassword(accountId, encoder.encode(newPassword), clock.instant());
		mailer.send(Registration.recipient(account), "passwordChanged", "/password/forgot");
		return true;
	}

	boolean matches(long accountId, String password) {
		return accounts.findById(accountId).map(account -> encoder.matches(password, account.passwordHash())).orElse(false);
	}
}
