package org.threefold.api.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import org.threefold.api.ApiTokenService;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;

/**
 * The API's own filter chain, ordered before Vaadin's: stateless (no session, no cookie,
 * no CSRF token, no login page), a bearer token or nothing. Without a working token a
 * request under {@code /api/} gets 401 with {@code WWW-Authenticate: Bearer}; the OpenAPI
 * description is public.
 */
@Configuration
class ApiSecurityConfiguration {

	static final String[] OPENAPI = { "/v3/api-docs", "/v3/api-docs/**" };

	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
		http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
			.authorizeHttpRequests((auth) -> auth.requestMatchers(OPENAPI).permitAll().anyRequest().authenticated())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> error(response, 401,
						"A valid API token is needed: send it as \"Authorization: Bearer <token>\""))
				.accessDeniedHandler((request, response, ex) -> error(response, 403, "This token may not do that")))
			.addFilterBefore(new BearerTokenFilter(tokens), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	static void error(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		if (status == 401) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"threefold\"");
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"status\":" + status + ",\"error\":\"" + message.replace("\\", "\\\\").replace("\"", "\\\"")
					+ "\"}");
	}

	/**
	 * Signs the request in as the token's board viewer for its duration only, through
	 * {@link SystemTask#as}, so the same {@code @RolesAllowed} checks and ICS scoping
	 * apply as for a person.
	 */
	static final class BearerTokenFilter extends OncePerRequestFilter {

		private final ApiTokenService tokens;

		BearerTokenFilter(ApiTokenService tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader(HttpHeaders.AUTHORIZATION);
			Optional<SignedInUser> user = (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7))
					? this.tokens.authenticate(header.substring(7)) : Optional.empty();
			if (user.isEmpty()) {
				chain.doFilter(request, response);
				return;
			}
			Exception[] failure = new Exception[1];
			SystemTask.as(user.get(), () -> {
				try {
					chain.doFilter(request, response);
				}
				catch (IOException | ServletException ex) {
					failure[0] = ex;
				}
				return null;
			});
			if (failure[0] instanceof IOException ex) {
				throw ex;
			}
			if (failure[0] instanceof ServletException ex) {
				throw ex;
			}
		}

	}

}
