package club.platform.security;

import java.util.List;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import club.platform.web.Problems;


/** The one security filter chain: headers, CSRF, sessions, and the modules' route rules. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<SecurityContribution> contributions,
			ContentSecurityPolicy csp, Problems problems) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		// Preflight requests of other sites reach the controllers' @CrossOrigin rules.
		http.cors(org.springframework.security.config.Customizer.withDefaults());
		http.authorizeHttpRequests(routes -> {
			routes.requestMatchers("/error", "/", "/css/**", "/js/**", "/img/**", "/vendor/**", "/webjars/**", "/favicon*.svg")
				.permitAll();
			routes.requestMatchers("/actuator/health", "/actuator/health/**").permitAll();
			routes.requestMatchers(org.springframework.http.HttpMethod.GET, "/api/docs", "/api/docs.yaml").permitAll();
			routes.requestMatchers("/actuator/**", "/admin/**").hasRole("ADMIN");
			contributions.forEach(contribution -> contribution.authorize(routes));
			routes.anyRequest().authenticated();
		});
		http.headers(headers -> headers
			.contentSecurityPolicy(policy -> policy.policyDirectives(csp.withFrameAncestors("'none'")))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			// X-Frame-Options for old browsers, except on pages made to be framed.
			.frameOptions(frame -> frame.disable())
			.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(request -> !ContentSecurityPolicy.isFrameable(request),
					new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY)))
			// Sent only over HTTPS (Spring Security skips it on plain HTTP).
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		RequestMatcher pages = new NegatedRequestMatcher(api);
		// Only pages remember where the visitor was going, so an API call never creates a session.
		var requestCache = new HttpSessionRequestCache();
		requestCache.setRequestMatcher(new AndRequestMatcher(pages, request -> "GET".equals(request.getMethod())));
		http.requestCache(cache -> cache.requestCache(requestCache));
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor(
					(request, response, ex) -> problems.write(response, HttpStatus.UNAUTHORIZED, "problem.unauthorized"),
					api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), pages)
			.defaultAccessDeniedHandlerFor(
					(request, response, ex) -> problems.write(response, HttpStatus.FORBIDDEN, "problem.forbidden"),
					api)
			// Pages get the error page (with only one handler registered, Spring would use it for all).
			.defaultAccessDeniedHandlerFor(new org.springframework.security.web.access.AccessDeniedHandlerImpl(), pages));
		for (SecurityContribution contribution : contributions) {
			contribution.configure(http);
		}
		return http.build();
	}

	/**
	 * Argon2id for new hashes (no 72-byte limit as with bcrypt); older bcrypt hashes still
	 * match and are upgraded at the next login.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String current = "argon2@SpringSecurity_v5_8";
		var encoder = new DelegatingPasswordEncoder(current,
				java.util.Map.of(current, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt",
						new BCryptPasswordEncoder()));
		return new BoundedPasswordEncoder(encoder, 4);
	}
}
