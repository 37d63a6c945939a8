package club.meeting;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import club.platform.security.SecurityContribution;

/**
 * A group's meetings, a public meeting's page and the group and ecosystem calendar feeds are
 * public, and so is a personal feed (its private address is its key); answering, polls,
 * organizing and "My calendar" need an account.
 */
@Component
class MeetingSecurity implements SecurityContribution {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.GET, "/g/*/meetings", "/g/*/meetings.ics", "/meetings/*", "/e/*/meetings.ics",
				"/calendar/*").permitAll();
	}
}
