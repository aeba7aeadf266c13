package org.threefold.security.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import org.threefold.security.ClientAddress;
import org.threefold.security.RateLimiter;

/**
 * Rate limits before anything else runs: sign-in attempts (per address and username, and
 * per address) and page loads of the public survey addresses. A refused sign-in goes back
 * to the sign-in page with a message; a refused survey page gets HTTP 429.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final RateLimiter limiter;

	RateLimitFilter(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String address = ClientAddress.of(request);
		if ("POST".equals(request.getMethod()) && "/login".equals(path)) {
			String username = String.valueOf(request.getParameter("username")).strip().toLowerCase(Locale.ROOT);
			if (username.length() > 100) {
				username = username.substring(0, 100);
			}
			// Both buckets are charged, so neither can be drained to spare the other.
			boolean perAccount = this.limiter.tryAcquire(RateLimiter.LOGIN, address + "|" + username);
			boolean perAddress = this.limiter.tryAcquire(RateLimiter.LOGIN_ADDRESS, address);
			if (!perAccount || !perAddress) {
				response.sendRedirect(request.getContextPath() + "/login?error=too-many");
				return;
			}
		}
		else if ("GET".equals(request.getMethod()) && isSurveyPage(path)
				&& !this.limiter.tryAcquire(RateLimiter.SURVEY_LINK, address)) {
			response.setStatus(429);
			response.setHeader("Retry-After",
					String.valueOf(Math.max(1, this.limiter.secondsUntilAllowed(RateLimiter.SURVEY_LINK, address))));
			response.setContentType("text/plain;charset=UTF-8");
			response.getWriter()
				.write("Too many requests from your connection. Please wait a minute and try again. "
						+ "Any answers you saved are kept.");
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isSurveyPage(String path) {
		return path.startsWith("/r/") || path.startsWith("/t/") || "/resume".equals(path);
	}

}
