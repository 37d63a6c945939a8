package club.resource;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import club.platform.security.SecurityContribution;

/** Resources are read by everyone (each one still checks its audience); adding, editing and deleting need an account (and a role, checked by each page). */
@Component
class ResourceSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/g/*/resources", "/resources/*", "/resources/*/download").permitAll();
	}
}
