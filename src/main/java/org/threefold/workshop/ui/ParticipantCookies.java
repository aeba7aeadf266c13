package org.threefold.workshop.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

/**
 * Keeps a participant's token in the browser, so a reload, a lost connection or a return
 * after a restart finds the same participant. An HttpOnly cookie per workshop code for
 * twelve hours, and a copy in the session for browsers that refuse the cookie.
 */
final class ParticipantCookies {

	private static final int MAX_AGE_SECONDS = 12 * 60 * 60;

	private ParticipantCookies() {
	}

	static String name(String code) {
		return "tf_w_" + code.replaceAll("[^A-Za-z0-9]", "").toUpperCase(java.util.Locale.ROOT);
	}

	static Optional<String> read(String code) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null && session.getAttribute(name(code)) instanceof String kept) {
			return Optional.of(kept);
		}
		VaadinRequest request = VaadinService.getCurrentRequest();
		Cookie[] cookies = (request == null) ? null : request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		return Arrays.stream(cookies)
			.filter((cookie) -> cookie.getName().equals(name(code)))
			.map(Cookie::getValue)
			.filter((value) -> value != null && !value.isBlank())
			.findFirst();
	}

	static void write(String code, String token) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(name(code), token);
		}
		add(name(code), token, MAX_AGE_SECONDS);
	}

	static void remove(String code) {
		VaadinSession session = VaadinSession.getCurrent();
		if (session != null) {
			session.setAttribute(name(code), null);
		}
		add(name(code), "", 0);
	}

	private static void add(String name, String value, int maxAge) {
		VaadinRequest request = VaadinService.getCurrentRequest();
		VaadinResponse response = VaadinService.getCurrentResponse();
		if (request == null || response == null) {
			return;
		}
		Cookie cookie = new Cookie(name, value);
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure());
		String context = request.getContextPath();
		cookie.setPath((context == null || context.isEmpty()) ? "/" : context);
		cookie.setMaxAge(maxAge);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

}
