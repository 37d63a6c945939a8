package club.account;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Shortcuts for account tests: fresh addresses, verified accounts, the last mail sent. */
@Component
class AccountTestSupport {

	static final String PASSWORD = "une phrase assez longue";

	private final Registration registration;
	private final JdbcClient jdbc;

	AccountTestSupport(Registration registration, JdbcClient jdbc) {
		this.registration = registration;
		this.jdbc = jdbc;
	}

	static String freshEmail() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}

	/** Signs up and verifies, as the person would by clicking the link. */
	String verifiedAccount(Locale locale) {
		String email = freshEmail();
		registration.signUp(email, PASSWORD, "Personne " + email.substring(7, 12), locale);
		registration.verify(tokenIn(lastMailTo(email), "/verify"));
		return email;
	}

	String lastMailTo(String email) {
		return jdbc.sql("select text_body from mail_outbox where recipient = ? order by id desc limit 1")
			.param(email)
			.query(String.class)
			.single();
	}

	String lastSubjectTo(String email) {
		return jdbc.sql("select subject from mail_outbox where recipient = ? order by id desc limit 1")
			.param(email)
			.query(String.class)
			.single();
	}

	int mailCount(String email) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(email).query(Integer.class).single();
	}

	int accountCount(String email) {
		return jdbc.sql("select count(*) from account where email_normalized = ?")
			.param(Account.normalize(email))
			.query(Integer.class)
			.single();
	}

	static String tokenIn(String mail, String path) {
		var matcher = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)").matcher(mail);
		if (!matcher.find()) {
			throw new AssertionError("No " + path + " link in mail:\n" + mail);
		}
		return matcher.group(1);
	}
}
