package club.project;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import club.platform.security.SecurityContribution;

/** Projects are read by everyone, as group records are; the board and every change need an account (and a role, checked by each page). */
@Component
class ProjectSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/g/*/projects", "/projects/*").permitAll();
	}
}
