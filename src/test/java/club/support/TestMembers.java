package club.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * People for tests of other modules, made the way people make themselves: through the pages.
 * Registered by {@link TestConfiguration}; MockMvc is looked up lazily because browser tests
 * share the configuration without it.
 */
public class TestMembers {

	public static final String PASSWORD = "une phrase assez longue";
	public static final String ADMIN_EMAIL = "admin@test.localhost";
	public static final String ADMIN_PASSWORD = "admin-test-password-2026";
	private static final Pattern VERIFY = Pattern.compile("verify\\?token=([A-Za-z0-9_-]+)");
	private static final Pattern TOKEN = Pattern.compile("<pre class=\"mail-text\" id=\"token\">(club_[A-Za-z0-9_-]+)</pre>");

	private final ObjectProvider<MockMvcTester> mvc;
	private final JdbcClient jdbc;
	private final PasswordEncoder passwords;

	TestMembers(ObjectProvider<MockMvcTester> mvc, JdbcClient jdbc, PasswordEncoder passwords) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	/**
	 * A verified account with the password {@link #PASSWORD}, written straight into the database:
	 * for browser tests, whose subject is another journey than signing up. Returns its address.
	 */
	public String verifiedAccount(String displayName) {
		String email = "browser-" + UUID.randomUUID() + "@example.org";
		Timestamp now = Timestamp.from(Instant.now());
		jdbc.sql("""
				insert into account (public_id, email, email_normalized, password_hash, display_name, platform_role, locale,
				  email_verified_at, password_changed_at, created_at)
				values (?, ?, ?, ?, ?, 'USER', 'fr', ?, ?, ?)""")
			.params(UUID.randomUUID(), email, email, passwords.encode(PASSWORD), displayName, now, now, now)
			.update();
		return email;
	}

	public long accountId(String email) {
		return jdbc.sql("select id from account where email = ?").param(email).query(Long.class).single();
	}

	/** A new member, signed up, verified and logged in, browsing from that address. */
	public Visitor member(String displayName, String ip) {
		String email = "member-" + UUID.randomUUID() + "@example.org";
		var visitor = new Visitor(mvc.getObject(), ip);
		visitor.post("/signup", "displayName", displayName, "email", email, "password", PASSWORD);
		String mail = jdbc.sql("select text_body from mail_outbox where recipient = ?").param(email).query(String.class)
			.single();
		var token = VERIFY.matcher(mail);
		assertThat(token.find()).as("verification link in " + mail).isTrue();
		visitor.post("/verify", "token", token.group(1));
		assertThat(visitor.logIn(email, PASSWORD)).hasRedirectedUrl("/profile");
		return visitor;
	}

	/** A personal API token the member created on their profile page (shown once, read there). */
	public String apiToken(Visitor member, String name) {
		var created = member.post("/profile/tokens", "name", name);
		assertThat(created).hasStatusOk();
		var matcher = TOKEN.matcher(new String(created.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(matcher.find()).as("token shown once").isTrue();
		return matcher.group(1);
	}

	/** Subject and text of each mail sent to that member, oldest first. */
	public List<String> mailsTo(Visitor member) {
		return jdbc.sql("select subject, text_body from mail_outbox where recipient = ? order by id")
			.param(member.email())
			.query((rs, row) -> rs.getString(1) + "\n" + rs.getString(2))
			.list();
	}

	/** The platform admin of the test database, logged in. */
	public Visitor admin(String ip) {
		var admin = new Visitor(mvc.getObject(), ip);
		assertThat(admin.logIn(ADMIN_EMAIL, ADMIN_PASSWORD)).hasRedirectedUrl("/profile");
		return admin;
	}
}
