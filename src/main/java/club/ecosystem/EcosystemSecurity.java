package club.ecosystem;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import club.platform.security.SecurityContribution;

/** Ecosystem pages, embeds and their open data are public. */
@Component
class EcosystemSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/ecosystems", "/e/*", "/e/*/embed", "/e/*/logo.jpg", "/api/v1/ecosystems",
				"/api/v1/ecosystems/*", "/api/v1/ecosystems/*/groups", "/api/v1/ecosystems/*/groups.csv", "/api/v1/ecosystems/*/groups.geojson",
				"/api/v1/ecosystems/*/groups.json").permitAll();
	}
}
