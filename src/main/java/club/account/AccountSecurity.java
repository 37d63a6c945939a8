package club.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import club.platform.security.SecurityContribution;
import club.platform.security.SessionCookie;
import club.platform.web.Problems;

/** The login form, its throttling, logout, and the public account routes. */
@Configuration(proxyBeanMethods = false)
class AccountSecurity implements SecurityContribution {

	private final AccountRepository accounts;
	private final LoginThrottle throttle;
	private final DeviceCookies devices;
	private final LocaleResolver localeResolver;
	private final ApiTokens apiTokens;
	private final Problems problems;

	AccountSecurity(AccountRepository accounts, LoginThrottle throttle, DeviceCookies devices, LocaleResolver localeResolver,
			ApiTokens apiTokens, Problems problems) {
		this.apiTokens = apiTokens;
		this.problems = problems;
		this.localeResolver = localeResolver;
		this.accounts = accounts;
		this.throttle = throttle;
		this.devices = devices;
	}

	/** Thrown after the password matched, so an unverified address is only revealed to its owner. */
	static final class NotVerified extends AccountStatusException {

		NotVerified() {
			super("Email address not verified");
		}
	}

	@Bean
	DaoAuthenticationProvider accountAuthenticationProvider(PasswordEncoder encoder) {
		var provider = new DaoAuthenticationProvider(email -> accounts.findByEmail(email)
			.map(AccountUser::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"))) {
			@Override
			protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
					UserDetails user) {
				// The session keeps the principal; it has no business keeping the password hash.
				return super.createSuccessAuthentication(((AccountUser) user).withoutPassword(), authentication, user);
			}
		};
		provider.setPasswordEncoder(encoder);
		provider.setPostAuthenticationChecks(user -> {
			if (!((AccountUser) user).verified()) {
				throw new NotVerified();
			}
		});
		// Hashes made with an older algorithm are replaced at the next successful login.
		provider.setUserDetailsPasswordService((user, newHash) -> {
			var account = (AccountUser) user;
			accounts.rehash(account.accountId(), newHash);
			return user;
		});
		return provider;
	}

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/login", "/signup", "/signup/**", "/verify", "/password/forgot", "/password/forgot/**",
				"/password/reset").permitAll();
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		var afterLogin = new SavedRequestAwareAuthenticationSuccessHandler();
		afterLogin.setDefaultTargetUrl("/profile");
		http.formLogin(form -> form.loginPage("/login")
			.usernameParameter("email")
			.passwordParameter("password")
			.successHandler((request, response, authentication) -> {
				String email = String.valueOf(request.getParameter("email"));
				throttle.succeeded(request.getRemoteAddr(), email, trustedDevice(request, email));
				var user = (AccountUser) authentication.getPrincipal();
				devices.issue(user.publicId(), request, response);
				// Pages follow the language chosen in the profile.
				accounts.findById(user.accountId()).ifPresent(account -> localeResolver.setLocale(request, response, account.locale()));
				afterLogin.onAuthenticationSuccess(request, response, authentication);
			})
			.failureHandler((request, response, failure) -> {
				String email = String.valueOf(request.getParameter("email"));
				if (failure instanceof NotVerified) {
					// The right password: not a failed guess.
					throttle.succeeded(request.getRemoteAddr(), email, trustedDevice(request, email));
					response.sendRedirect(request.getContextPath() + "/login?unverified");
					return;
				}
				response.sendRedirect(request.getContextPath() + "/login?error");
			}));
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"));
		http.addFilterBefore(new ThrottleFilter(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(new BearerTokenFilter(), UsernamePasswordAuthenticationFilter.class);
		// CSRF protects ambient credentials (the session cookie). An API call with a token in a header, or
		// with no session at all, can't be forged by another site: it gets 401/403 from authorization instead.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(request -> hasBearerToken(request)
				|| (isApi(request) && !SessionCookie.present(request))));
	}

	private Optional<String> trustedDevice(HttpServletRequest request, String email) {
		return devices.trustedDevice(request, accounts.findByEmail(email).map(Account::publicId));
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && isApi(request);
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/**
	 * API calls with {@code Authorization: Bearer <personal token>}: the account is looked up for
	 * this request only (nothing goes into a session); an unknown token is refused with 401.
	 */
	private final class BearerTokenFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !hasBearerToken(request);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var user = apiTokens.authenticate(request.getHeader("Authorization").substring(7).strip());
			if (user.isEmpty()) {
				response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
				problems.write(response, HttpStatus.UNAUTHORIZED, "problem.invalidToken");
				return;
			}
			var context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
					user.get().getAuthorities()));
			SecurityContextHolder.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	/** Answers 429 with Retry-After before a login attempt that a bucket refuses. */
	private final class ThrottleFilter extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !("POST".equals(request.getMethod())
					&& request.getRequestURI().equals(request.getContextPath() + "/login"));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String email = String.valueOf(request.getParameter("email"));
			var wait = throttle.attempt(request.getRemoteAddr(), email, trustedDevice(request, email));
			if (wait.isPresent()) {
				response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds() + 1)));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return;
			}
			chain.doFilter(request, response);
		}
	}
}
