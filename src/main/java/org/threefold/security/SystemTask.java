package org.threefold.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import org.threefold.security.internal.ThreefoldPrincipal;

/**
 * Runs start-up work (loading the demo partnership) through the same secured services as
 * a person would, acting as an installation administrator, instead of opening unsecured
 * back doors in those services.
 */
public final class SystemTask {

	private SystemTask() {
	}

	public static <T> T asAdministrator(Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SignedInUser system = new SignedInUser(new org.threefold.shared.UserId(Long.MAX_VALUE), "system",
				"Threefold start-up", Role.ADMINISTRATOR, Optional.empty(), Optional.empty());
		ThreefoldPrincipal principal = new ThreefoldPrincipal(system, "", true);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
