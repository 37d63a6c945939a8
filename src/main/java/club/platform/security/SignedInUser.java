package club.platform.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The person behind the current request, as every module sees them. */
public interface SignedInUser extends Serializable {

	long accountId();

	UUID publicId();

	String displayName();

	boolean platformAdmin();

	/** The signed-in user of the current request, if any. */
	static Optional<SignedInUser> current() {
		return from(SecurityContextHolder.getContext().getAuthentication());
	}

	static Optional<SignedInUser> from(Authentication authentication) {
		if (authentication != null && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof SignedInUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}
}
