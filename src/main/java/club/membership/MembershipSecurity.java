package club.membership;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import club.platform.security.SecurityContribution;

/**
 * A public member list and an invitation's page can be seen without an account (the page then
 * decides what to show); everything else needs one, and the pages ask {@link club.access.Access}.
 */
@Component
class MembershipSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/g/*/members", "/invitations/*", "/api/v1/groups/*/members", "/people/*").permitAll();
	}
}
