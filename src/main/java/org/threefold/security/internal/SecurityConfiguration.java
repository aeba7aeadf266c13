package org.threefold.security.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import org.threefold.security.ui.LoginView;

/**
 * Form login for people with accounts. Vaadin's configurer adds CSRF handling for its own
 * requests, the login and logout flow, and view access checks from {@code @RolesAllowed}.
 * {@code jsr250Enabled} makes the same annotations bind on services too, so hiding a
 * button is never the only thing between a role and an action.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.headers((headers) -> headers.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		// Respondents have no accounts: survey links (/r), emailed invitations (/t) and
		// the
		// resume page are public; the secrets in them are what grants access.
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/styles/**", "/images/**", "/favicon.ico", "/r/**", "/t/**", "/resume", "/w/**")
			.permitAll());
		// Signed-in users reach Vaadin for any address, so an unknown one shows our "page
		// not
		// found" view instead of a bare 403; anonymous users are still sent to the login
		// page.
		return http
			.with(VaadinSecurityConfigurer.vaadin(),
					(vaadin) -> vaadin.loginView(LoginView.class).anyRequest((url) -> url.authenticated()))
			.build();
	}

	/**
	 * BCrypt today, with the {id} prefix so hashes can move to a stronger encoder later.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
