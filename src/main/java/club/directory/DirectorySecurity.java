package club.directory;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import club.platform.security.SecurityContribution;

/** The directory, group pages and their open data are public; creating and editing need a signed-in person. */
@Component
class DirectorySecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/groups", "/g/*", "/g/*/banner.jpg", "/map", "/api/v1/groups", "/api/v1/groups/*",
				"/api/v1/groups.geojson", "/api/v1/groups.json", "/api/v1/groups.csv").permitAll();
	}
}
