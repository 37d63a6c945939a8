package club.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A browser stand-in over MockMvc: keeps its cookies (the database session, the device
 * cookie, the language) from one request to the next, and comes from its own IP address.
 */
public final class Visitor {

	private final MockMvcTester mvc;
	private final String ip;
	private final Map<String, Cookie> cookies = new LinkedHashMap<>();
	private String email = "";

	public Visitor(MockMvcTester mvc, String ip) {
		this.mvc = mvc;
		this.ip = ip;
	}

	public MvcTestResult get(String uri, String... headers) {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(uri);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return send(request);
	}

	/** A form POST with a valid CSRF token; params are name, value pairs. */
	public MvcTestResult post(String uri, String... params) {
		return send(form(uri, params).with(csrf()));
	}

	/** A form POST as a forged cross-site request would send it: no CSRF token. */
	public MvcTestResult postWithoutCsrf(String uri, String... params) {
		return send(form(uri, params));
	}

	/** Any method with a body (a JSON document for the API), with a valid CSRF token. */
	public MvcTestResult send(HttpMethod method, String uri, org.springframework.http.MediaType type, String body) {
		return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, uri).contentType(type)
			.content(body).with(csrf()));
	}

	/** A multipart form POST with a file and other fields (name, value pairs). */
	public MvcTestResult upload(String uri, MockMultipartFile file, String... params) {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(uri).file(file);
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return send(request.with(csrf()));
	}

	public MvcTestResult logIn(String email, String password) {
		this.email = email;
		return post("/login", "email", email, "password", password);
	}

	/** The address this visitor last logged in with, to find the mails sent to them. */
	public String email() {
		return email;
	}

	public Cookie cookie(String name) {
		return cookies.get(name);
	}

	public void forget(String cookieName) {
		cookies.remove(cookieName);
	}

	public void setCookie(Cookie cookie) {
		cookies.put(cookie.getName(), cookie);
	}

	private static MockHttpServletRequestBuilder form(String uri, String... params) {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(HttpMethod.POST, uri);
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private MvcTestResult send(AbstractMockHttpServletRequestBuilder<?> request) {
		request.with(r -> {
			r.setRemoteAddr(ip);
			return r;
		});
		if (!cookies.isEmpty()) {
			request.cookie(cookies.values().toArray(Cookie[]::new));
		}
		MvcTestResult result = mvc.perform(request);
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				cookies.remove(cookie.getName());
			}
			else {
				cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}
}
