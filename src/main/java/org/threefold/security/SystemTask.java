package org.threefold.security;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import org.threefold.security.internal.ThreefoldPrincipal;
import org.threefold.shared.UserId;

/**
 * Runs start-up work (loading the demo partnership) through the same secured services as
 * a person would, acting as an installation administrator, instead of opening unsecured
 * back doors in those services.
 */
public final class SystemTask {

	private SystemTask() {
	}

	public static <T> T asAdministrator(Supplier<T> work) {
		SignedInUser system = new SignedInUser(new UserId(Long.MAX_VALUE), "system", "Threefold start-up",
				Role.ADMINISTRATOR, Optional.empty(), Optional.empty());
		return as(system, work);
	}

	/** Runs work as the given person; tests use it to act as each role in turn. */
	public static <T> T as(SignedInUser user, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		ThreefoldPrincipal principal = new ThreefoldPrincipal(user, "", true);
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
