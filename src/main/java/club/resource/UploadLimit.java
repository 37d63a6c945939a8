package club.resource;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * An upload to a resource form larger than the multipart limit (which follows
 * {@code club.resources.max-file-size}) is answered before anything reads it: Tomcat would refuse
 * it while the security filters read the form's CSRF field, and the person would get a server
 * error. The person is sent back to the form instead, with a message next to the file field.
 * Tomcat then drops the unread body (up to {@code server.tomcat.max-swallow-size}). Runs after the
 * session filter, before the security filters.
 */
@Component
@Order(UploadLimit.ORDER)
class UploadLimit extends OncePerRequestFilter {

	/** Spring Security's filter chain runs at -100, Spring Session's well before. */
	static final int ORDER = -101;
	static final String FLASH = "fileError";
	private static final Pattern NEW_RESOURCE = Pattern.compile("/g/[a-z0-9-]+/resources");
	private static final Pattern EDITED_RESOURCE = Pattern.compile("/resources/\\d+/edit");

	private final long maxRequestBytes;
	private final SessionFlashMapManager flashes = new SessionFlashMapManager();

	UploadLimit(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String form = tooLarge(request) ? formOf(request.getRequestURI().substring(request.getContextPath().length())) : null;
		if (form == null) {
			chain.doFilter(request, response);
			return;
		}
		var flash = new FlashMap();
		flash.put(FLASH, "resource.file.tooLarge");
		flash.setTargetRequestPath(request.getContextPath() + form);
		if (form.endsWith("/new")) {
			flash.addTargetRequestParam("kind", ResourceKind.FILE.name());
		}
		flashes.saveOutputFlashMap(flash, request, response);
		response.sendRedirect(request.getContextPath() + form + (form.endsWith("/new") ? "?kind=" + ResourceKind.FILE.name() : ""));
	}

	private boolean tooLarge(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getContentType() != null
				&& request.getContentType().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE) && request.getContentLengthLong() > maxRequestBytes;
	}

	/** The form a resource upload comes from; null for any other address. */
	private static @Nullable String formOf(String path) {
		if (NEW_RESOURCE.matcher(path).matches()) {
			return path + "/new";
		}
		return EDITED_RESOURCE.matcher(path).matches() ? path : null;
	}
}
