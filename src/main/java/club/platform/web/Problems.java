package club.platform.web;

import java.io.IOException;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** API errors as application/problem+json (RFC 9457), in the caller's language. */
@Component
public class Problems {

	private final MessageSource messages;
	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** A message in the caller's language, for a field of an {@link #invalid} answer. */
	public String message(String messageKey, Object... args) {
		return messages.getMessage(messageKey, args, LocaleContextHolder.getLocale());
	}

	public ProblemDetail of(HttpStatus status, String messageKey) {
		return ProblemDetail.forStatusAndDetail(status, messages.getMessage(messageKey, null, LocaleContextHolder.getLocale()));
	}

	/** A 422 whose {@code errors} list each bad field with its message, as a form shows them. */
	public ResponseEntity<ProblemDetail> invalid(Map<String, String> fieldErrors) {
		ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, "problem.invalid");
		problem.setProperty("errors", fieldErrors.entrySet().stream()
			.map(error -> Map.of("field", error.getKey(), "message", error.getValue()))
			.toList());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	public ResponseEntity<ProblemDetail> response(HttpStatus status, String messageKey) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(of(status, messageKey));
	}

	/** For filters, which write the response themselves. */
	public void write(HttpServletResponse response, HttpStatus status, String messageKey) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), of(status, messageKey));
	}

}
