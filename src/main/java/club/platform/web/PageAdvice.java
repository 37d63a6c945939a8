package club.platform.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import club.platform.ClubProperties;
import club.platform.security.SignedInUser;

/** Gives every HTML view its {@link Page} and an empty {@link FormErrors}. */
@ControllerAdvice
class PageAdvice {

	private final MessageSource messages;
	private final ResourceUrlProvider assets;
	private final ClubProperties properties;

	PageAdvice(MessageSource messages, ResourceUrlProvider assets, ClubProperties properties) {
		this.messages = messages;
		this.assets = assets;
		this.properties = properties;
	}

	@ModelAttribute("page")
	Page page(HttpServletRequest request, Locale locale) {
		return new Page(request, messages, locale, assets, SignedInUser.current().orElse(null), properties.timeZone());
	}

	@ModelAttribute("errors")
	FormErrors errors() {
		return FormErrors.NONE;
	}

	/** A form posted to an upload address without its file part: the client's mistake, not ours. */
	@ExceptionHandler(MultipartException.class)
	void notAnUpload(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_BAD_REQUEST);
	}
}
