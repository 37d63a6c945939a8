package club.resource;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A file larger than the multipart limit (which follows {@code club.resources.max-file-size})
 * never reaches a controller: the request is refused while it is read. For the resources' forms,
 * the person is sent back to the form with a message next to the file field instead of an error
 * page; other uploads answer 400, as before.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimit {

	private static final Pattern NEW_RESOURCE = Pattern.compile("/g/([a-z0-9-]+)/resources");
	private static final Pattern EDITED_RESOURCE = Pattern.compile("/resources/(\\d+)/edit");
	static final String FLASH = "fileError";

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String back = NEW_RESOURCE.matcher(path).matches() ? path + "/new?kind=FILE" : EDITED_RESOURCE.matcher(path).matches() ? path : null;
		if (back == null) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		var flash = RequestContextUtils.getOutputFlashMap(request);
		flash.put(FLASH, "resource.file.tooLarge");
		RequestContextUtils.saveOutputFlashMap(request.getContextPath() + back, request, response);
		response.sendRedirect(request.getContextPath() + back);
	}
}
