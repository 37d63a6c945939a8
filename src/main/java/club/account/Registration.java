package club.account;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import club.platform.mail.Mailer;
import club.platform.mail.Recipient;

/**
 * Sign-up and email verification. Whether an address is already known never shows in the
 * answer: the known address gets a mail saying someone tried to sign up with it, and both
 * paths hash the password so they take about the same time.
 */
@Service
class Registration {

	/** Mails that anyone can trigger for an address, per hour and address. */
	static final int MAILS_PER_HOUR = 5;

	private final AccountRepository accounts;
	private final AccountTokens tokens;
	private final PasswordEncoder passwords;
	private final Mailer mailer;
	private final Clock clock;
	private final TransactionTemplate savepoint;

	Registration(AccountRepository accounts, AccountTokens tokens, PasswordEncoder passwords, Mailer mailer, Clock clock,
			PlatformTransactionManager transactions) {
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.accounts = accounts;
		this.tokens = tokens;
		this.passwords = passwords;
		this.mailer = mailer;
		this.clock = clock;
	}

	@Transactional
	void signUp(String email, String password, String displayName, Locale locale) {
		String hash = passwords.encode(password);
		Optional<Account> existing = accounts.findByEmail(email);
		if (existing.isPresent()) {
			tellExisting(existing.get());
			return;
		}
		Long id;
		try {
			// In a savepoint: on PostgreSQL a failed statement would otherwise spoil the whole transaction.
			id = savepoint.execute(status -> accounts.insert(email, hash, displayName, Account.PlatformRole.USER, locale, null,
					clock.instant()));
		}
		catch (DuplicateKeyException signedUpAtTheSameMoment) {
			accounts.findByEmail(email).ifPresent(this::tellExisting);
			return;
		}
		sendVerification(accounts.findById(id).orElseThrow());
	}

	/** A new verification link for an unverified address; nothing visible otherwise. */
	@Transactional
	void resendVerification(String email) {
		accounts.findByEmail(email)
			.filter(account -> !account.verified())
			.filter(account -> !mailer.floodedRecently(account.email(), MAILS_PER_HOUR))
			.ifPresent(this::sendVerification);
	}

	/** Uses the link; true when the address is now verified. */
	@Transactional
	boolean verify(String token) {
		return tokens.consume(token, AccountTokens.Purpose.VERIFY_EMAIL).map(accountId -> {
			accounts.markVerified(accountId, clock.instant());
			return true;
		}).orElse(false);
	}

	boolean verificationLinkValid(String token) {
		return tokens.peek(token, AccountTokens.Purpose.VERIFY_EMAIL).isPresent();
	}

	private void sendVerification(Account account) {
		String token = tokens.issue(account.id(), AccountTokens.Purpose.VERIFY_EMAIL);
		mailer.send(recipient(account), "verify", "/verify?token=" + token);
	}

	private void tellExisting(Account account) {
		if (mailer.floodedRecently(account.email(), MAILS_PER_HOUR)) {
			return;
		}
		mailer.send(recipient(account), "signupExisting", "/password/forgot");
	}

	static Recipient recipient(Account account) {
		return new Recipient(account.id(), account.email(), account.displayName(), account.locale());
	}
}
