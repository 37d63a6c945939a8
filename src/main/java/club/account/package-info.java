/**
 * Accounts: sign-up with email verification, login and its throttling, password reset,
 * the profile, and the RGPD rights (download my data, delete my account).
 */
@ApplicationModule(displayName = "Accounts")
@NullMarked
package club.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
