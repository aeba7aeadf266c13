package org.threefold.security.internal;

import java.util.HashMap;
import java.util.Map;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

import org.threefold.security.RateLimiter;
import org.threefold.security.ui.LoginView;

/**
 * Form login for people with accounts. Vaadin's configurer adds CSRF handling for its own
 * requests, the login and logout flow, and view access checks from {@code @RolesAllowed}.
 * {@code jsr250Enabled} makes the same annotations bind on services too, so hiding a
 * button is never the only thing between a role and an action. docs/security.md lists
 * every control set up here and the test that proves it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	/**
	 * What the browser may load. Vaadin's pre-compiled bundle needs inline bootstrap
	 * scripts and {@code executeJs} (hence 'unsafe-inline' and 'unsafe-eval'); everything
	 * else is this server only, and no other site may frame our pages.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
			+ "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, RateLimiter rateLimiter,
			ObjectProvider<ClientRegistrationRepository> oidcProviders, AccountOidcUserService oidcUsers)
			throws Exception {
		http.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frames) -> frames.deny())
			// Sent only on HTTPS requests (behind a proxy:
			// server.forward-headers-strategy).
			.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.addFilterBefore(new RateLimitFilter(rateLimiter), UsernamePasswordAuthenticationFilter.class);
		// Respondents have no accounts: survey links (/r), emailed invitations (/t) and
		// the resume page are public, as are workshop joins (/w); the secrets in them are
		// what grants access.
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/r/**", "/t/**", "/resume", "/w/**")
			.permitAll());
		if (oidcProviders.getIfAvailable() != null) {
			// Only when spring.security.oauth2.client.registration.* is configured.
			http.oauth2Login((oidc) -> oidc.loginPage("/login")
				.failureUrl("/login?error=oidc")
				.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcUsers)));
		}
		// Signed-in users reach Vaadin for any address, so an unknown one shows our "page
		// not found" view instead of a bare 403; anonymous users are still sent to the
		// login page.
		return http
			.with(VaadinSecurityConfigurer.vaadin(),
					(vaadin) -> vaadin.loginView(LoginView.class).anyRequest((url) -> url.authenticated()))
			.build();
	}

	/** Ahead of every other filter, Spring Security's included. */
	@Bean
	org.springframework.boot.web.servlet.FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
		var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * BCrypt with the {id} prefix. A hash made by another encoder, or by BCrypt with
	 * fewer rounds than {@code threefold.security.bcrypt-strength}, is replaced at the
	 * next successful sign-in ({@link AccountUserDetailsService#updatePassword}).
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${threefold.security.bcrypt-strength:10}") int strength) {
		Map<String, PasswordEncoder> encoders = new HashMap<>();
		encoders.put("bcrypt", new BCryptPasswordEncoder(strength));
		encoders.put("pbkdf2@SpringSecurity_v5_8", Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8());
		return new DelegatingPasswordEncoder("bcrypt", encoders);
	}

}
