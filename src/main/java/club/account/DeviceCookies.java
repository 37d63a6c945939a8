package club.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import club.platform.Secrets;

/**
 * A signed cookie given to a browser after a successful login, saying "this device logged in
 * as that account". It lets {@link LoginThrottle} tell the owner's browser from an attacker's.
 */
@Component
class DeviceCookies {

	static final String NAME = "club_device";
	private static final Duration LIFETIME = Duration.ofDays(365);

	private final Secrets secrets;
	private final SecureRandom random = new SecureRandom();

	DeviceCookies(Secrets secrets) {
		this.secrets = secrets;
	}

	void issue(UUID account, HttpServletRequest request, HttpServletResponse response) {
		byte[] nonce = new byte[16];
		random.nextBytes(nonce);
		String payload = account + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
		var cookie = new Cookie(NAME, payload + "." + sign(payload));
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		cookie.setPath("/login");
		cookie.setMaxAge((int) LIFETIME.toSeconds());
		cookie.setAttribute("SameSite", "Strict");
		response.addCookie(cookie);
	}

	/** The device id when the request carries a valid cookie for that account. */
	Optional<String> trustedDevice(HttpServletRequest request, Optional<UUID> account) {
		if (account.isEmpty() || request.getCookies() == null) {
			return Optional.empty();
		}
		return Arrays.stream(request.getCookies())
			.filter(cookie -> NAME.equals(cookie.getName()))
			.map(Cookie::getValue)
			.map(value -> value.split("\\."))
			.filter(parts -> parts.length == 3 && parts[0].equals(account.get().toString()))
			.filter(parts -> MessageDigest.isEqual(sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
					parts[2].getBytes(StandardCharsets.US_ASCII)))
			.map(parts -> parts[1])
			.findFirst();
	}

	private String sign(String payload) {
		try {
			var mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secrets.get("device-cookie"), "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
