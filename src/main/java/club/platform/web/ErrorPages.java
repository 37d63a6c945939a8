package club.platform.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The site's own error page (src/main/jte/error-page.jte) for every error a browser meets —
 * 403, 404, 500… — with the header, the navigation and a message in the visitor's language.
 * (The view is not named "error": that name belongs to Spring Boot's whitelabel page.)
 */
@Component
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		var view = new ModelAndView("error-page", Map.of("status", status.value()));
		view.setStatus(status);
		return view;
	}
}
