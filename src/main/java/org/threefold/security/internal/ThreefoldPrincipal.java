package org.threefold.security.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import org.threefold.security.SignedInUser;

/**
 * Spring Security's view of an account, carrying the {@link SignedInUser} for the
 * session.
 */
public record ThreefoldPrincipal(SignedInUser user, String passwordHash,
		boolean enabled) implements UserDetails, AccountPrincipal {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.user.role().authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
