package club.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import club.support.ClubTest;
import club.support.MutableClock;
import club.support.Visitor;

@ClubTest
@Import(AccountTestSupport.class)
class PasswordResetTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountTestSupport support;

	@Autowired
	MutableClock clock;

	Visitor visitor() {
		return new Visitor(mvc, "10.5.0.1");
	}

	@Test
	void knownAndUnknownAddressesGetTheSameAnswerAndOnlyTheKnownOneAMail() {
		String known = support.verifiedAccount(Locale.FRENCH);
		String unknown = AccountTestSupport.freshEmail();
		int before = support.mailCount(known);

		var forKnown = visitor().post("/password/forgot", "email", known);
		var forUnknown = visitor().post("/password/forgot", "email", unknown);

		assertThat(forKnown).hasRedirectedUrl("/password/forgot/sent");
		assertThat(forUnknown).hasRedirectedUrl("/password/forgot/sent");
		assertThat(support.mailCount(known)).isEqualTo(before + 1);
		assertThat(support.lastSubjectTo(known)).isEqualTo("Choisir un nouveau mot de passe");
		assertThat(support.mailCount(unknown)).isZero();
	}

	@Test
	void theLinkSetsANewPasswordOnceAndEndsEverySession() {
		String email = support.verifiedAccount(Locale.FRENCH);
		var elsewhere = new Visitor(mvc, "10.5.1.1");
		assertThat(elsewhere.logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/profile");

		visitor().post("/password/forgot", "email", email);
		String token = AccountTestSupport.tokenIn(support.lastMailTo(email), "/password/reset");
		assertThat(visitor().get("/password/reset?token=" + token)).hasStatusOk().bodyText().contains("nouveau mot de passe");

		var reset = visitor().post("/password/reset", "token", token, "password", "un tout nouveau secret");
		assertThat(reset).hasRedirectedUrl("/login");

		assertThat(elsewhere.get("/profile")).hasRedirectedUrl("/login");
		assertThat(new Visitor(mvc, "10.5.1.2").logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/login?error");
		assertThat(new Visitor(mvc, "10.5.1.3").logIn(email, "un tout nouveau secret")).hasRedirectedUrl("/profile");
		assertThat(support.lastSubjectTo(email)).isEqualTo("Votre mot de passe a été changé");

		var again = visitor().post("/password/reset", "token", token, "password", "encore un autre secret");
		assertThat(again).bodyText().contains("Ce lien n’est plus valable");
	}

	@Test
	void theLinkExpiresAfterAnHour() {
		String email = support.verifiedAccount(Locale.FRENCH);
		visitor().post("/password/forgot", "email", email);
		String token = AccountTestSupport.tokenIn(support.lastMailTo(email), "/password/reset");

		clock.advance(Duration.ofMinutes(61));

		assertThat(visitor().get("/password/reset?token=" + token)).bodyText().contains("Ce lien n’est plus valable");
		assertThat(visitor().post("/password/reset", "token", token, "password", "un tout nouveau secret")).bodyText()
			.contains("Ce lien n’est plus valable");
	}

	@Test
	void aWeakNewPasswordIsRefusedAndTheLinkStaysUsable() {
		String email = support.verifiedAccount(Locale.FRENCH);
		visitor().post("/password/forgot", "email", email);
		String token = AccountTestSupport.tokenIn(support.lastMailTo(email), "/password/reset");

		assertThat(visitor().post("/password/reset", "token", token, "password", "qwerty123")).bodyText()
			.contains("fait partie des plus courants");
		assertThat(visitor().post("/password/reset", "token", token, "password", "un tout nouveau secret"))
			.hasRedirectedUrl("/login");
	}

	@Test
	void nobodyCanFloodAMailboxThroughTheResetPage() {
		String email = support.verifiedAccount(Locale.FRENCH);
		int before = support.mailCount(email);
		for (int i = 0; i < 20; i++) {
			assertThat(visitor().post("/password/forgot", "email", email)).hasRedirectedUrl("/password/forgot/sent");
		}
		assertThat(support.mailCount(email)).isEqualTo(Registration.MAILS_PER_HOUR);
		assertThat(before).isLessThan(Registration.MAILS_PER_HOUR);

		clock.advance(Duration.ofMinutes(61));
		visitor().post("/password/forgot", "email", email);
		assertThat(support.mailCount(email)).isEqualTo(Registration.MAILS_PER_HOUR + 1);
	}

	@Test
	void expiredLinksArePurgedAWeekAfterTheyExpire(@Autowired AccountTokens tokens, @Autowired JdbcClient jdbc) {
		String email = support.verifiedAccount(Locale.FRENCH);
		visitor().post("/password/forgot", "email", email);
		String count = "select count(*) from account_token t join account a on a.id = t.account_id where a.email_normalized = ?";
		assertThat(jdbc.sql(count).param(email).query(Integer.class).single()).isEqualTo(2);

		clock.advance(Duration.ofDays(7).plusHours(2));
		tokens.purgeExpired();
		assertThat(jdbc.sql(count).param(email).query(Integer.class).single()).as("reset link gone, 48 h link kept")
			.isEqualTo(1);
		clock.advance(Duration.ofDays(2));
		tokens.purgeExpired();
		assertThat(jdbc.sql(count).param(email).query(Integer.class).single()).isZero();
	}

	@Test
	void aResetRevokesTheAccountsApiTokens(@Autowired ApiTokens tokens, @Autowired AccountRepository accounts) {
		String email = support.verifiedAccount(Locale.FRENCH);
		long id = accounts.findByEmail(email).orElseThrow().id();
		String token = tokens.create(id, "laissé par un intrus").orElseThrow();
		assertThat(tokens.authenticate(token)).isPresent();

		visitor().post("/password/forgot", "email", email);
		visitor().post("/password/reset", "token", AccountTestSupport.tokenIn(support.lastMailTo(email), "/password/reset"),
				"password", "un tout nouveau secret");

		assertThat(tokens.authenticate(token)).isEmpty();
		assertThat(tokens.list(id)).isEmpty();
	}

	@Test
	void aResetLinkAlsoVerifiesTheAddress() {
		String email = AccountTestSupport.freshEmail();
		visitor().post("/signup", "displayName", "Eli", "email", email, "password", AccountTestSupport.PASSWORD);
		visitor().post("/password/forgot", "email", email);
		String token = AccountTestSupport.tokenIn(support.lastMailTo(email), "/password/reset");
		visitor().post("/password/reset", "token", token, "password", "un tout nouveau secret");

		assertThat(new Visitor(mvc, "10.5.2.1").logIn(email, "un tout nouveau secret")).hasRedirectedUrl("/profile");
	}
}
