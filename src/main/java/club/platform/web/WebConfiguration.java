package club.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** French by default, English on request: a cookie set by the language switch, else Accept-Language. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.FRENCH, Locale.ENGLISH);

	private final CookieLocaleResolver localeResolver = new CookieLocaleResolver("club_lang");

	WebConfiguration() {
		localeResolver.setCookieMaxAge(Duration.ofDays(365));
		localeResolver.setDefaultLocaleFunction(WebConfiguration::fromAcceptLanguage);
	}

	@Bean
	LocaleResolver localeResolver() {
		return localeResolver;
	}

	/** Other sites load the widget by its plain name: they must get a new version at once. */
	@Override
	public void addResourceHandlers(org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/widget*.js")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(org.springframework.http.CacheControl.noCache());
	}

	/** ETags on the open-data API: a client that has the current data gets a 304 without the body. */
	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
		var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
		registration.addUrlPatterns("/api/*");
		return registration;
	}

	/**
	 * The render cache of anonymous public pages, first of all filters: a hit costs a lookup,
	 * not a pass through observation, session and security. Hits and misses are counted
	 * (metric club.page.cache, tag result).
	 */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCache(ContentVersion contentVersion, MeterRegistry meters, java.time.Clock clock,
			@Value("${club.page-cache.paths:/,/groups,/g/*,/map,/ecosystems,/e/*,/e/*/embed,/g/*/meetings.ics,/e/*/meetings.ics,/g/*/news,/g/*/news.rss,/g/*/news.atom,/e/*/news,/e/*/news.rss,/e/*/news.atom}") List<String> paths) {
		var registration = new FilterRegistrationBean<>(new PublicPageCache(paths, contentVersion,
				meters.counter("club.page.cache", "result", "hit"), meters.counter("club.page.cache", "result", "miss"), clock));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

	/**
	 * Tomcat writes a response to the socket in chunks of its socket write buffer (8 KB by
	 * default): a 28 kB ecosystem page took four system calls. A larger buffer sends a public page
	 * in one; the memory it costs is per connection being written to (see docs/benchmarks.md).
	 */
	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(@Value("${club.server.socket-write-buffer:32768}") int bytes) {
		return connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(bytes));
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.FRENCH;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return best != null ? best : Locale.FRENCH;
		}
		catch (IllegalArgumentException malformed) {
			return Locale.FRENCH;
		}
	}

	/** {@code ?lang=en} switches the language, keeping only supported ones. */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				String lang = request.getParameter("lang");
				if (lang != null) {
					SUPPORTED.stream()
						.filter(locale -> locale.getLanguage().equals(lang))
						.findFirst()
						.ifPresent(locale -> localeResolver.setLocale(request, response, locale));
				}
				return true;
			}
		});
	}
}
