package club.support;

import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** An API client: no cookies, a bearer token (or none), a body. */
public final class Api {

	private final MockMvcTester mvc;

	public Api(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	/** A JSON body; headers are name, value pairs. */
	public MvcTestResult call(String method, String uri, @Nullable String token, String json, String... headers) {
		return send(method, uri, token, MediaType.APPLICATION_JSON, json.getBytes(StandardCharsets.UTF_8), headers);
	}

	public MvcTestResult send(String method, String uri, @Nullable String token, MediaType type, byte[] body,
			String... headers) {
		var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), uri).contentType(type).content(body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return mvc.perform(request);
	}
}
