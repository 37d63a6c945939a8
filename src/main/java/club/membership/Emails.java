package club.membership;

import java.util.regex.Pattern;

/** A plausible email address: what a form can check before a mail is sent to it. */
final class Emails {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

	private Emails() {
	}

	static boolean valid(String email) {
		return email.length() <= 254 && EMAIL.matcher(email).matches();
	}
}
