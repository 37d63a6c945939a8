package club.platform.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import club.platform.security.SessionCookie;

/**
 * A render cache for public pages seen by anonymous visitors: the bytes and headers of the
 * first response are replayed (with an ETag, answered 304 when the browser has it) until the
 * {@link ContentVersion} moves, or for {@link #MAX_AGE} at most. It sits before the session and security filters, so a hit
 * costs a map lookup and one version read. Only what is the same for every anonymous visitor
 * is kept: no session cookie in the request, no cookie set by the response (a page with a
 * form creates a session for its CSRF token, so it is never kept), status 200, HTML or a feed
 * (iCalendar, RSS, Atom: calendar and feed readers poll them, and an ETag saves the body). The key
 * holds the scheme, the address and the language. A cache that is safe to lose, bounded in bytes.
 */
class PublicPageCache extends OncePerRequestFilter {

	static final String HIT_HEADER = "X-Page-Cache";
	/** An ecosystem's calendar of 10,000 meetings is about 4 MB. */
	private static final int MAX_BODY = 8 * 1024 * 1024;
	private static final List<String> KEPT_TYPES = List.of("text/html", "text/calendar", "application/rss+xml", "application/atom+xml");
	/** All pages together stay under this many bytes: oldest used go first. */
	private static final long MAX_BYTES = 64L * 1024 * 1024;

	/**
	 * Pages also show what time changes without any write (a group's next meeting once the
	 * previous one is over): a page is rendered again after this long at most.
	 */
	static final java.time.Duration MAX_AGE = java.time.Duration.ofMinutes(1);

	private record Page(long version, int status, List<Map.Entry<String, String>> headers, byte[] body, String etag,
			java.time.Instant renderedAt) {
	}

	private final List<PathPattern> paths;
	private final ContentVersion contentVersion;
	private final Map<String, Page> entries = new LinkedHashMap<>(256, 0.75f, true);
	private long bytes;

	private final Counter hits;
	private final Counter misses;

	private final java.time.Clock clock;

	PublicPageCache(List<String> paths, ContentVersion contentVersion, Counter hits, Counter misses, java.time.Clock clock) {
		this.clock = clock;
		this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
		this.contentVersion = contentVersion;
		this.hits = hits;
		this.misses = misses;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null || SessionCookie.present(request)) {
			return true;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		return paths.stream().noneMatch(pattern -> pattern.matches(path));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = key(request);
		long version = contentVersion.current();
		Page entry;
		synchronized (entries) {
			entry = entries.get(key);
		}
		if (entry != null && entry.version == version && entry.renderedAt.plus(MAX_AGE).isAfter(clock.instant())) {
			hits.increment();
			replay(entry, request, response);
			return;
		}
		misses.increment();
		var recorder = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, recorder);
		byte[] body = recorder.getContentAsByteArray();
		String contentType = recorder.getContentType();
		if (recorder.getStatus() == 200 && recorder.getHeader(HttpHeaders.SET_COOKIE) == null && contentType != null
				&& KEPT_TYPES.stream().anyMatch(contentType::startsWith) && body.length <= MAX_BODY) {
			String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\"";
			revalidateEachTime(recorder, etag);
			List<Map.Entry<String, String>> headers = new ArrayList<>();
			for (String name : recorder.getHeaderNames()) {
				if (!name.equalsIgnoreCase(HttpHeaders.DATE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
					recorder.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
				}
			}
			keep(key, new Page(version, 200, List.copyOf(headers), body, etag, clock.instant()));
		}
		recorder.copyBodyToResponse();
	}

	private void keep(String key, Page page) {
		synchronized (entries) {
			Page previous = entries.put(key, page);
			bytes += page.body.length - (previous == null ? 0 : previous.body.length);
			var eldest = entries.entrySet().iterator();
			while (bytes > MAX_BYTES && eldest.hasNext()) {
				bytes -= eldest.next().getValue().body.length;
				eldest.remove();
			}
		}
	}

	/**
	 * Every anonymous visitor gets the same page: browsers may keep it, but must ask first.
	 * (Cache-Control takes precedence over the Pragma and Expires that Spring Security adds.)
	 */
	private static void revalidateEachTime(HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
	}

	private static void replay(Page entry, HttpServletRequest request, HttpServletResponse response) throws IOException {
		entry.headers.forEach(header -> response.addHeader(header.getKey(), header.getValue()));
		response.setHeader(HIT_HEADER, "hit");
		if (entry.etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(entry.status);
		response.setContentLength(entry.body.length);
		response.getOutputStream().write(entry.body);
	}

	/**
	 * Scheme, address and language (the switch's cookie, else Accept-Language): headers differ
	 * over HTTPS (HSTS).
	 */
	private static String key(HttpServletRequest request) {
		// The language the page will be in: a cookie holding anything but a supported one is ignored.
		String cookie = cookie(request, "club_lang");
		String language = cookie != null && WebConfiguration.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(cookie))
				? cookie : WebConfiguration.fromAcceptLanguage(request).getLanguage();
		String query = request.getQueryString();
		return (request.isSecure() ? "https " : "http ") + language + " " + request.getRequestURI() + (query == null ? "" : "?" + query);
	}

	private static @Nullable String cookie(HttpServletRequest request, String name) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (name.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException(impossible);
		}
	}
}
