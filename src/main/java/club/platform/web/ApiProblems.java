package club.platform.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the API's controllers as application/problem+json (RFC 9457): a 404, a 400 of a
 * malformed body… Pages keep the HTML error page, so it is limited to {@code @RestController}s.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {
}
