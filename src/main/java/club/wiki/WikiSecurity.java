package club.wiki;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import club.platform.security.SecurityContribution;

/** Wikis are read by everyone, as group records are; writing and restoring need an account (and membership, checked by each page). */
@Component
class WikiSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/g/*/wiki", "/g/*/wiki/*", "/g/*/wiki/*/history", "/g/*/wiki/*/diff").permitAll();
	}
}
