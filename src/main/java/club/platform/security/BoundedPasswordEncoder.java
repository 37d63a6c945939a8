package club.platform.security;

import java.util.concurrent.Semaphore;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * At most a few password hashes at a time: each Argon2 hash takes 16 MB and tens of
 * milliseconds, so a burst of logins or sign-ups waits in line instead of exhausting memory.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

	private final PasswordEncoder delegate;
	private final Semaphore permits;

	BoundedPasswordEncoder(PasswordEncoder delegate, int concurrent) {
		this.delegate = delegate;
		this.permits = new Semaphore(concurrent, true);
	}

	@Override
	public String encode(CharSequence rawPassword) {
		permits.acquireUninterruptibly();
		try {
			return delegate.encode(rawPassword);
		}
		finally {
			permits.release();
		}
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		permits.acquireUninterruptibly();
		try {
			return delegate.matches(rawPassword, encodedPassword);
		}
		finally {
			permits.release();
		}
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}
}
