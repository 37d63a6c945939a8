package club.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * How a feature module adds its routes and mechanisms to the one security filter chain
 * without the platform knowing the module. Every route not opened by a contribution needs a
 * signed-in user (deny by default).
 */
public interface SecurityContribution {

	/** Route rules of this module, added before the chain's final "authenticated" rule. */
	default void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
	}

	/** Other configuration (login form, filters…). */
	default void configure(HttpSecurity http) throws Exception {
	}
}
