package club.platform.mail;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Who a mail goes to; the account id (when there is one) ties the mail to personal data. */
public record Recipient(@Nullable Long accountId, String email, String displayName, Locale locale) {
}
