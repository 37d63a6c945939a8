package club.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

/**
 * Pages other sites may show in an iframe (an ecosystem's embed page). Every other page
 * refuses framing ({@code frame-ancestors 'none'} and {@code X-Frame-Options: DENY}).
 */
public final class Frameable {

	private static final String ATTRIBUTE = Frameable.class.getName();

	private Frameable() {
	}

	/**
	 * Lets the response be framed by the given origins (space-separated, e.g.
	 * "https://a.org https://b.org"), or by any site when null or blank. The rest of the
	 * content security policy stays the same.
	 */
	public static void allow(HttpServletRequest request, HttpServletResponse response, @Nullable String origins) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
		String ancestors = origins == null || origins.isBlank() ? "*" : origins.strip();
		response.setHeader("Content-Security-Policy", policy(ancestors));
	}

	static boolean isFrameable(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) != null;
	}

	static String policy(String frameAncestors) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors "
				+ frameAncestors;
	}
}
