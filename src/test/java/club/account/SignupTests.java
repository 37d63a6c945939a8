package club.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
class SignupTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AccountTestSupport support;

	@Autowired
	MutableClock clock;

	@Autowired
	CommonPasswords commonPasswords;

	Visitor visitor() {
		return new Visitor(mvc, "10.1.0.1");
	}

	@Test
	void signUpCreatesAnUnverifiedAccountAndMailsAVerificationLink() {
		String email = AccountTestSupport.freshEmail();
		var result = visitor().post("/signup", "displayName", "Awa", "email", email, "password", AccountTestSupport.PASSWORD);

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/signup/sent");
		assertThat(support.accountCount(email)).isEqualTo(1);
		assertThat(support.lastSubjectTo(email)).isEqualTo("Confirmez votre adresse e-mail");
		assertThat(support.lastMailTo(email)).contains("Bonjour Awa,").contains("http://club.test/verify?token=");
	}

	@Test
	void theVerificationMailIsInTheLanguageOfTheSignUpPage() {
		String email = AccountTestSupport.freshEmail();
		new Visitor(mvc, "10.1.0.2").post("/signup?lang=en", "displayName", "Ann", "email", email, "password",
				AccountTestSupport.PASSWORD);
		assertThat(support.lastSubjectTo(email)).isEqualTo("Confirm your email address");
	}

	@Test
	void badInputIsShownNextToEachFieldInFrench() {
		var result = visitor().post("/signup", "displayName", "", "email", "not-an-address", "password", "court");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"displayName-error\">Indiquez le nom sous lequel les autres vous verront.")
			.contains("id=\"email-error\">Cette adresse e-mail n’est pas valide.")
			.contains("id=\"password-error\">Le mot de passe doit contenir au moins 8 caractères.")
			.contains("aria-invalid=\"true\"")
			// What the person typed is kept, except the password.
			.contains("value=\"not-an-address\"");
	}

	@Test
	void badInputIsShownInEnglishToAnEnglishReader() {
		var result = visitor().get("/signup", "Accept-Language", "en-GB,en;q=0.8");
		assertThat(result).bodyText().contains("<html lang=\"en\">");
		var posted = new Visitor(mvc, "10.1.0.3").post("/signup?lang=en", "displayName", "", "email", "x", "password",
				"password");
		assertThat(posted).bodyText()
			.contains("Enter the name others will see.")
			.contains("This email address is not valid.")
			.contains("This password is one of the most common ones: choose another.");
	}

	@Test
	void passwordsFromTheCommonListAreRefusedWhateverTheirCase() {
		assertThat(commonPasswords.size()).isGreaterThanOrEqualTo(10_000);
		for (String common : new String[] { "password", "PassWord1", "azertyuiop", "MotDePasse", "iloveyou", "12345678" }) {
			String email = AccountTestSupport.freshEmail();
			var result = visitor().post("/signup", "displayName", "X", "email", email, "password", common);
			assertThat(result).bodyText().contains("fait partie des plus courants");
			assertThat(support.accountCount(email)).isZero();
		}
	}

	@Test
	void passwordsOf8To128CharactersAreAcceptedAndLongerOnesRefused() {
		for (int length : new int[] { 8, 64, 128 }) {
			String email = AccountTestSupport.freshEmail();
			String password = "é" + "kq7#".repeat(40).substring(0, length - 1);
			var result = visitor().post("/signup", "displayName", "X", "email", email, "password", password);
			assertThat(result).as("length " + length).hasStatus(HttpStatus.FOUND);
		}
		var tooLong = visitor().post("/signup", "displayName", "X", "email", AccountTestSupport.freshEmail(), "password",
				"kq7#".repeat(33));
		assertThat(tooLong).bodyText().contains("ne peut pas dépasser 128 caractères");
		var tooShort = visitor().post("/signup", "displayName", "X", "email", AccountTestSupport.freshEmail(), "password",
				"kq7#ab1");
		assertThat(tooShort).bodyText().contains("au moins 8 caractères");
	}

	@Test
	void signingUpWithAKnownAddressAnswersTheSameAndWarnsTheOwnerByMail() {
		String email = support.verifiedAccount(Locale.FRENCH);
		int mailsBefore = support.mailCount(email);

		var result = visitor().post("/signup", "displayName", "Intrus", "email", email.toUpperCase(Locale.ROOT),
				"password", "un autre mot de passe");

		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/signup/sent");
		assertThat(support.accountCount(email)).isEqualTo(1);
		assertThat(support.mailCount(email)).isEqualTo(mailsBefore + 1);
		assertThat(support.lastSubjectTo(email)).isEqualTo("Tentative d’inscription avec votre adresse");
	}

	@Test
	void theVerificationLinkShowsAButtonAndOnlyThePostVerifies() {
		String email = AccountTestSupport.freshEmail();
		var browser = visitor();
		browser.post("/signup", "displayName", "Lou", "email", email, "password", AccountTestSupport.PASSWORD);
		String token = AccountTestSupport.tokenIn(support.lastMailTo(email), "/verify");

		assertThat(browser.get("/verify?token=" + token)).bodyText().contains("Confirmer mon adresse");
		assertThat(browser.logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/login?unverified");

		assertThat(browser.post("/verify", "token", token)).hasRedirectedUrl("/login");
		assertThat(browser.logIn(email, AccountTestSupport.PASSWORD)).hasRedirectedUrl("/profile");
		assertThat(browser.get("/profile")).hasStatusOk().bodyText().contains("Lou");
	}

	@Test
	void aVerificationLinkWorksOnce() {
		String email = AccountTestSupport.freshEmail();
		visitor().post("/signup", "displayName", "Lou", "email", email, "password", AccountTestSupport.PASSWORD);
		String token = AccountTestSupport.tokenIn(support.lastMailTo(email), "/verify");

		assertThat(visitor().post("/verify", "token", token)).hasRedirectedUrl("/login");
		assertThat(visitor().post("/verify", "token", token)).bodyText().contains("Ce lien n’est plus valable");
		assertThat(visitor().get("/verify?token=" + token)).bodyText().contains("Ce lien n’est plus valable");
	}

	@Test
	void aVerificationLinkExpiresAfter48Hours() {
		String email = AccountTestSupport.freshEmail();
		visitor().post("/signup", "displayName", "Lou", "email", email, "password", AccountTestSupport.PASSWORD);
		String token = AccountTestSupport.tokenIn(support.lastMailTo(email), "/verify");

		clock.advance(Duration.ofHours(48).plusMinutes(1));

		assertThat(visitor().post("/verify", "token", token)).bodyText().contains("Ce lien n’est plus valable");
		visitor().post("/signup/resend", "email", email);
		String fresh = AccountTestSupport.tokenIn(support.lastMailTo(email), "/verify");
		assertThat(fresh).isNotEqualTo(token);
		assertThat(visitor().post("/verify", "token", fresh)).hasRedirectedUrl("/login");
	}

	@Test
	void resendingIsCappedPerAddressAndHour() {
		String email = AccountTestSupport.freshEmail();
		var browser = new Visitor(mvc, "10.1.9.1");
		browser.post("/signup", "displayName", "Lou", "email", email, "password", AccountTestSupport.PASSWORD);
		for (int i = 0; i < 10; i++) {
			assertThat(browser.post("/signup/resend", "email", email)).hasRedirectedUrl("/signup/sent");
		}
		assertThat(support.mailCount(email)).isEqualTo(Registration.MAILS_PER_HOUR);
	}

	@Test
	void oneAddressCannotSendMailsToEveryoneThroughTheForms() {
		var sender = new Visitor(mvc, "10.1.9.2");
		for (int i = 0; i < LoginThrottle.MAIL_FORMS_PER_IP; i++) {
			assertThat(sender.post("/password/forgot", "email", AccountTestSupport.freshEmail())).as("form %d", i)
				.hasRedirectedUrl("/password/forgot/sent");
		}
		assertThat(sender.post("/signup", "displayName", "X", "email", AccountTestSupport.freshEmail(), "password",
				AccountTestSupport.PASSWORD)).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(new Visitor(mvc, "10.1.9.3").post("/password/forgot", "email", AccountTestSupport.freshEmail()))
			.hasRedirectedUrl("/password/forgot/sent");
	}

	@Test
	void resendingToAnUnknownOrVerifiedAddressAnswersTheSameAndSendsNothing() {
		String unknown = AccountTestSupport.freshEmail();
		assertThat(visitor().post("/signup/resend", "email", unknown)).hasRedirectedUrl("/signup/sent");
		assertThat(support.mailCount(unknown)).isZero();

		String verified = support.verifiedAccount(Locale.FRENCH);
		int before = support.mailCount(verified);
		assertThat(visitor().post("/signup/resend", "email", verified)).hasRedirectedUrl("/signup/sent");
		assertThat(support.mailCount(verified)).isEqualTo(before);
	}
}
