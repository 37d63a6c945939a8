package club.platform.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

import club.platform.security.SignedInUser;
import gg.jte.support.LocalizationSupport;

/**
 * What every page template needs beside its own data: the language and its messages, the
 * signed-in user, the CSRF token for forms, fingerprinted asset URLs and flash messages.
 * Built per request by {@link PageAdvice}; the CSRF token is only read when a form asks for
 * it, so anonymous pages without forms create no session.
 */
public final class Page implements LocalizationSupport {

	/** Flash attribute holding message keys to show once after a redirect. */
	public static final String FLASH = "flash";

	private final HttpServletRequest request;
	private final MessageSource messages;
	private final Locale locale;
	private final ResourceUrlProvider assets;
	private final @Nullable SignedInUser user;
	private final ZoneId zone;

	Page(HttpServletRequest request, MessageSource messages, Locale locale, ResourceUrlProvider assets,
			@Nullable SignedInUser user, ZoneId zone) {
		this.zone = zone;
		this.request = request;
		this.messages = messages;
		this.locale = locale;
		this.assets = assets;
		this.user = user;
	}

	public String lang() {
		return locale.getLanguage();
	}

	public Locale locale() {
		return locale;
	}

	/**
	 * A time in its own zone (a meeting's), named when it is not the platform's: a visitor never
	 * has to guess which clock a meeting follows.
	 */
	public String dateTime(java.time.ZonedDateTime time) {
		String text = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.FULL, FormatStyle.SHORT).withLocale(locale).format(time);
		return time.getZone().normalized().equals(zone.normalized()) || time.getZone().equals(zone) ? text
				: text + " (" + time.getZone().getId() + ")";
	}

	/** A moment as people read it here: in the platform's time zone, in the page's language. */
	public String dateTime(Instant instant) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale).withZone(zone)
			.format(instant);
	}

	public String date(Instant instant) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(zone).format(instant);
	}

	/** A day (a membership's end…), as the page's language writes it. */
	public String date(java.time.LocalDate day) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
	}

	/** A time of day (a series meets at…), e.g. "19:00". */
	public String time(java.time.LocalTime time) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(time);
	}

	/** A month (of revenue), e.g. "novembre 2026". */
	public String month(java.time.YearMonth month) {
		return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
	}

	/** An amount in cents of that currency (ISO 4217), as the page's language writes money: "15,00 €". */
	public String money(long cents, String currency) {
		var format = java.text.NumberFormat.getCurrencyInstance(locale);
		format.setCurrency(java.util.Currency.getInstance(currency));
		return format.format(java.math.BigDecimal.valueOf(cents, 2));
	}

	/** jte's {@code localize} reads raw messages through this. */
	@Override
	public String lookup(String key) {
		return messages.getMessage(key, null, key, locale);
	}

	/** A message with arguments ({0}, {1}…), escaped by jte when printed. */
	public String text(String key, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The fingerprinted URL of a static asset, e.g. /css/app-3f2a….css. */
	public String asset(String path) {
		String versioned = assets.getForLookupPath(path);
		return request.getContextPath() + (versioned != null ? versioned : path);
	}

	public Optional<SignedInUser> user() {
		return Optional.ofNullable(user);
	}

	public boolean signedIn() {
		return user != null;
	}

	public boolean admin() {
		return user != null && user.platformAdmin();
	}

	public CsrfToken csrf() {
		return (CsrfToken) request.getAttribute(CsrfToken.class.getName());
	}

	public String path() {
		return request.getRequestURI();
	}

	/** "page" when the link points at the current page, for aria-current. */
	public @Nullable String current(String path) {
		return path.equals(request.getRequestURI()) ? "page" : null;
	}

	/** An address from a template with encoded variables, e.g. path("/e/{keyword}", "énergie"). */
	public String path(String template, Object... variables) {
		return UriComponentsBuilder.fromPath(template).buildAndExpand(variables).encode().toUriString();
	}

	/** An address with encoded query parameters (name, value pairs). */
	public String link(String path, String... params) {
		var uri = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i + 1 < params.length; i += 2) {
			uri.queryParam(params[i], params[i + 1]);
		}
		return uri.encode().build().toUriString();
	}

	/** The current address in another language. */
	public String inLanguage(String language) {
		return UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("lang", language)
			.build()
			.toUriString();
	}

	/** A message key flashed under that name by the previous POST, e.g. an upload's error. */
	public @Nullable String flashed(String name) {
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		return flash != null && flash.get(name) instanceof String key ? key : null;
	}

	/** Message keys flashed by the previous POST. */
	public List<String> flash() {
		String key = flashed(FLASH);
		return key == null ? List.of() : List.of(key);
	}
}
