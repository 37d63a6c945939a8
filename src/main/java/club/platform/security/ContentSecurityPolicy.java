package club.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import club.platform.ClubProperties;

/**
 * The content security policy of every page: no inline script or style, images from here and
 * from the map tile server, and no framing by other sites except for pages made to be framed
 * (an ecosystem's embed page), which call {@link #allowFraming}.
 */
@Component
public class ContentSecurityPolicy {

	private static final String ATTRIBUTE = ContentSecurityPolicy.class.getName() + ".frameable";

	private final String tileOrigin;

	ContentSecurityPolicy(ClubProperties properties) {
		this.tileOrigin = properties.map().origin();
	}

	String withFrameAncestors(String frameAncestors) {
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: " + tileOrigin
				+ "; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
				+ "frame-ancestors " + frameAncestors;
	}

	/**
	 * Lets this response be framed by the given origins (space-separated, e.g.
	 * "https://a.org https://b.org"), or by any site when null or blank; the rest of the policy
	 * stays, and X-Frame-Options is left out.
	 */
	public void allowFraming(HttpServletRequest request, HttpServletResponse response, @Nullable String origins) {
		request.setAttribute(ATTRIBUTE, Boolean.TRUE);
		response.setHeader("Content-Security-Policy",
				withFrameAncestors(origins == null || origins.isBlank() ? "*" : origins.strip()));
	}

	static boolean isFrameable(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) != null;
	}
}
