package org.threefold.security.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import org.threefold.security.SignedInUser;

/**
 * A person signed in through OpenID Connect, matched to their Threefold account: the
 * account, not the identity provider, decides role and ICS.
 */
public class AccountOidcUser extends DefaultOidcUser implements AccountPrincipal {

	private final SignedInUser user;

	AccountOidcUser(SignedInUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
		super(List.of(new SimpleGrantedAuthority(user.role().authority())), idToken, userInfo);
		this.user = user;
	}

	@Override
	public SignedInUser user() {
		return this.user;
	}

	@Override
	public String getName() {
		return this.user.username();
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
