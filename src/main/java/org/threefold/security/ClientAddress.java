package org.threefold.security;

import java.util.Optional;

import com.vaadin.flow.server.VaadinRequest;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from, for rate limits. Behind a reverse proxy set
 * {@code server.forward-headers-strategy=native} so the servlet container takes it from
 * the proxy's {@code X-Forwarded-For} (docs/security.md); it is never stored.
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	public static String of(HttpServletRequest request) {
		return Optional.ofNullable(request.getRemoteAddr()).orElse("unknown");
	}

	/** The address behind the Vaadin request being handled now, or "unknown". */
	public static String current() {
		VaadinRequest request = VaadinRequest.getCurrent();
		return (request == null || request.getRemoteAddr() == null) ? "unknown" : request.getRemoteAddr();
	}

}
