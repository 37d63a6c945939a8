package club.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.MutableClock;
import club.support.Visitor;

@ClubTest
@Import(AccountTestSupport.class)
class LoginTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountTestSupport support;

	@Autowired
	MutableClock clock;

	@Test
	void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var wrongPassword = new Visitor(mvc, "10.2.0.1").logIn(email, "pas le bon mot de passe");
		var unknownAddress = new Visitor(mvc, "10.2.0.2").logIn(AccountTestSupport.freshEmail(), "pas le bon mot de passe");

		assertThat(wrongPassword).hasRedirectedUrl("/login?error");
		assertThat(unknownAddress).hasRedirectedUrl("/login?error");
		assertThat(new Visitor(mvc, "10.2.0.1").get("/login?error")).bodyText()
			.contains("Adresse e-mail ou mot de passe incorrect.");
	}

	@Test
	void anUnverifiedAddressIsOnlyRevealedToWhoeverKnowsThePassword() {
		String email = AccountTestSupport.freshEmail();
		new Visitor(mvc, "10.2.1.1").post("/signup", "displayName", "Ines", "email", email, "password",
				AccountTestSupport.PASSWORD);

		assertThat(new Visitor(mvc, "10.2.1.2").logIn(email, "pas le bon mot de passe")).hasRedirectedUrl("/login?error");
		assertThat(new Visitor(mvc, "10.2.1.3").logIn(email, AccountTestSupport.PASSWORD))
			.hasRedirectedUrl("/login?unverified");
	}

	/**
	 * Both paths compute one password hash (Spring Security hashes a dummy password for an
	 * unknown user), so the time does not tell whether the account exists. Medians of many
	 * tries, and a wide margin: without the dummy hash the ratio would be about 50.
	 */
	@Test
	void loginTakesAboutAsLongForAnUnknownAddressAsForAWrongPassword() {
		String email = support.verifiedAccount(Locale.FRENCH);
		long known = medianNanos(i -> new Visitor(mvc, "10.2.2." + i).logIn(email, "mauvais mot de passe " + i));
		long unknown = medianNanos(
				i -> new Visitor(mvc, "10.2.3." + i).logIn("nobody-" + i + "@example.org", "mauvais mot de passe " + i));

		assertThat((double) unknown / known).isBetween(0.33, 3.0);
	}

	@Test
	void signUpTakesAboutAsLongForAKnownAddressAsForANewOne() {
		String existing = support.verifiedAccount(Locale.FRENCH);
		long known = medianNanos(i -> new Visitor(mvc, "10.2.4." + i).post("/signup", "displayName", "X", "email", existing,
				"password", AccountTestSupport.PASSWORD));
		long fresh = medianNanos(i -> new Visitor(mvc, "10.2.5." + i).post("/signup", "displayName", "X", "email",
				AccountTestSupport.freshEmail(), "password", AccountTestSupport.PASSWORD));

		assertThat((double) fresh / known).isBetween(0.33, 3.0);
	}

	@Test
	void theSessionIdChangesAtLoginAndTheSessionEndsAtLogout() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var browser = new Visitor(mvc, "10.2.6.1");
		browser.get("/signup");
		String before = browser.cookie("SESSION").getValue();

		assertThat(browser.logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/profile");
		String after = browser.cookie("SESSION").getValue();
		assertThat(after).isNotEqualTo(before);

		var stolen = new Visitor(mvc, "10.9.9.9");
		stolen.setCookie(browser.cookie("SESSION"));
		assertThat(stolen.get("/profile")).hasStatusOk();

		assertThat(browser.post("/logout")).hasRedirectedUrl("/login?logout");
		assertThat(stolen.get("/profile")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
	}

	@Test
	void repeatedFailuresFromOneAddressAreAnswered429WithRetryAfter() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var attacker = new Visitor(mvc, "10.2.7.1");
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_IP; i++) {
			assertThat(attacker.logIn(email, "essai " + i)).hasRedirectedUrl("/login?error");
		}
		var refused = attacker.logIn(email, AccountTestSupport.PASSWORD);

		assertThat(refused).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isBetween(1, 15 * 60);

		// The owner, elsewhere, is not locked out.
		assertThat(new Visitor(mvc, "10.2.7.2").logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/profile");

		// And the attacker's bucket refills with time.
		clock.advance(Duration.ofMinutes(15));
		assertThat(attacker.logIn(email, "encore un essai")).hasRedirectedUrl("/login?error");
	}

	@Test
	void aDistributedAttackCannotLockTheOwnerOutOfABrowserTheyUsedBefore() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var owner = new Visitor(mvc, "10.2.9.1");
		assertThat(owner.logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/profile");
		assertThat(owner.cookie(DeviceCookies.NAME)).isNotNull();
		owner.post("/logout");

		// Many addresses, a few tries each: the account-wide limit for unknown devices is reached.
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_UNKNOWN_DEVICES; i++) {
			new Visitor(mvc, "10.3." + (i / 4) + "." + (i % 4)).logIn(email, "essai " + i);
		}
		assertThat(new Visitor(mvc, "10.4.0.1").logIn(email, AccountTestSupport.PASSWORD))
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS);

		assertThat(owner.logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/profile");
	}

	@Test
	void aForgedDeviceCookieIsNotTrusted() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var owner = new Visitor(mvc, "10.2.10.1");
		owner.logIn(email, AccountTestSupport.PASSWORD);
		String[] parts = owner.cookie(DeviceCookies.NAME).getValue().split("\\.");
		var forger = new Visitor(mvc, "10.2.10.2");
		forger.setCookie(new jakarta.servlet.http.Cookie(DeviceCookies.NAME,
				String.join(".", Arrays.asList(parts[0], "AAAAAAAAAAAAAAAAAAAAAA", parts[2]))));
		for (int i = 0; i < LoginThrottle.PER_ACCOUNT_AND_IP; i++) {
			forger.logIn(email, "essai " + i);
		}
		assertThat(forger.logIn(email, "essai encore")).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
	}

	@Test
	void parallelGuessesCannotSlipPastTheLimit() throws Exception {
		String email = support.verifiedAccount(Locale.FRENCH);
		var pool = java.util.concurrent.Executors.newFixedThreadPool(12);
		try {
			var results = pool.invokeAll(java.util.stream.IntStream.range(0, 12)
				.mapToObj(i -> (java.util.concurrent.Callable<Integer>) () -> new Visitor(mvc, "10.2.11.1")
					.logIn(email, "essai parallèle " + i)
					.getResponse()
					.getStatus())
				.toList());
			long refused = 0;
			for (var result : results) {
				refused += result.get() == 429 ? 1 : 0;
			}
			assertThat(refused).isEqualTo(12 - LoginThrottle.PER_ACCOUNT_AND_IP);
		}
		finally {
			pool.shutdown();
		}
	}

	private static long medianNanos(java.util.function.IntConsumer action) {
		int runs = 15;
		long[] times = new long[runs];
		for (int i = 0; i < runs + 3; i++) {
			long start = System.nanoTime();
			action.accept(i);
			if (i >= 3) { // the first tries warm up the code paths
				times[i - 3] = System.nanoTime() - start;
			}
		}
		Arrays.sort(times);
		return times[runs / 2];
	}
}
