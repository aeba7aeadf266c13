package org.threefold.security.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the security headers on every response before anything else runs, and keeps them
 * there: Vaadin's page handlers reset the response and set their own framing header,
 * which silently removed the ones Spring Security writes (HttpControlsTest found it), so
 * a reset here puts ours back and our framing rule wins.
 */
class SecurityHeadersFilter extends OncePerRequestFilter {

	static final Map<String, String> HEADERS;

	static {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
		headers.put("X-Content-Type-Options", "nosniff");
		headers.put("X-Frame-Options", "DENY");
		headers.put("Referrer-Policy", "same-origin");
		headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		headers.put("Cross-Origin-Opener-Policy", "same-origin");
		HEADERS = Map.copyOf(headers);
	}

	static final String HSTS = "max-age=31536000 ; includeSubDomains";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean secure = request.isSecure();
		apply(response, secure);
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void reset() {
				super.reset();
				apply(response, secure);
			}

			@Override
			public void setHeader(String name, String value) {
				if (!HEADERS.containsKey(name)) {
					super.setHeader(name, value);
				}
			}

			@Override
			public void addHeader(String name, String value) {
				if (!HEADERS.containsKey(name)) {
					super.addHeader(name, value);
				}
			}

		});
	}

	private static void apply(HttpServletResponse response, boolean secure) {
		HEADERS.forEach(response::setHeader);
		if (secure) {
			response.setHeader("Strict-Transport-Security", HSTS);
		}
	}

}
