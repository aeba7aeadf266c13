package org.threefold.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import org.threefold.security.internal.AccountPrincipal;
import org.threefold.shared.IcsId;

/**
 * The single source of "who is asking" for services. Scoping every query by
 * {@link #requireIcs()} is what keeps one ICS's data away from another's, so services
 * call it rather than trusting an ICS id passed in from a screen or URL.
 */
@Component
public class CurrentUser {

	public Optional<SignedInUser> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}

	public SignedInUser require() {
		return get().orElseThrow(() -> new AccessDeniedException("Please sign in"));
	}

	/**
	 * The caller's ICS; administrators and anonymous callers have none and are refused.
	 */
	public IcsId requireIcs() {
		return require().icsId().orElseThrow(() -> new AccessDeniedException("This page belongs to an ICS account"));
	}

}
