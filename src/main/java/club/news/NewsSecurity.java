package club.news;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import club.platform.security.SecurityContribution;

/**
 * News channels, posts, their pictures and feeds are public (each post still checks who may read
 * it); writing and choosing a pace need an account.
 */
@Component
class NewsSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/g/*/news", "/g/*/news.rss", "/g/*/news.atom", "/news/*", "/news/*/image.jpg", "/e/*/news",
				"/e/*/news.rss", "/e/*/news.atom").permitAll();
	}
}
