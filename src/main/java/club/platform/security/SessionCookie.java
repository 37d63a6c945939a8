package club.platform.security;

import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The session cookie's name, in one place: the page cache and CSRF rules tell signed-in
 * requests by it. It is also set explicitly in application.properties
 * (server.servlet.session.cookie.name), which Spring Session follows.
 */
public final class SessionCookie {

	public static final String NAME = "SESSION";

	private SessionCookie() {
	}

	public static boolean present(HttpServletRequest request) {
		return request.getCookies() != null
				&& Arrays.stream(request.getCookies()).anyMatch(cookie -> NAME.equals(cookie.getName()));
	}
}
