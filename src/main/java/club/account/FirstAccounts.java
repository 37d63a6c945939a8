package club.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import club.platform.ClubProperties;

/**
 * On a database without any platform admin, creates the first one from CLUB_ADMIN_EMAIL and
 * CLUB_ADMIN_PASSWORD, or with a generated password printed once in the log. With demo content
 * on (club.demo=true) and no other account yet, also creates demo members.
 */
@Component
class FirstAccounts implements ApplicationRunner {

	static final String DEMO_PASSWORD = "club-demo-2026";
	private static final Logger log = LoggerFactory.getLogger(FirstAccounts.class);

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;
	private final ClubProperties properties;
	private final Clock clock;
	private final String adminEmail;
	private final String adminPassword;

	FirstAccounts(AccountRepository accounts, PasswordEncoder encoder, ClubProperties properties, Clock clock,
			@Value("${club.admin.email:admin@club.localhost}") String adminEmail,
			@Value("${club.admin.password:}") String adminPassword) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.properties = properties;
		this.clock = clock;
		this.adminEmail = adminEmail;
		this.adminPassword = adminPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		boolean empty = accounts.count() == 0;
		if (!accounts.anyAdmin()) {
			createAdmin();
		}
		if (empty && properties.demo()) {
			demoMember(DemoMembers.CAMILLE, "Camille Martin");
			demoMember(DemoMembers.MOUSSA, "Moussa Diallo");
			log.info("Demo members created: {} and {}, password {}", DemoMembers.CAMILLE, DemoMembers.MOUSSA, DEMO_PASSWORD);
		}
	}

	private void createAdmin() {
		String password = adminPassword;
		if (password.isBlank()) {
			byte[] random = new byte[18];
			new SecureRandom().nextBytes(random);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			log.warn("""

					=== First platform admin created ===
					    email:    {}
					    password: {}
					This password is shown once. Change it after logging in, or set CLUB_ADMIN_PASSWORD.
					""", adminEmail, password);
		}
		accounts.insert(adminEmail, encoder.encode(password), "Admin", Account.PlatformRole.ADMIN, Locale.FRENCH,
				clock.instant(), clock.instant());
	}

	private void demoMember(String email, String name) {
		accounts.insert(email, encoder.encode(DEMO_PASSWORD), name, Account.PlatformRole.USER, Locale.FRENCH, clock.instant(),
				clock.instant());
	}
}
