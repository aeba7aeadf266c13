package org.threefold.security.internal;

import org.threefold.security.SignedInUser;

/**
 * A signed-in principal that belongs to a Threefold account, however the person signed in
 * (password or OpenID Connect).
 */
public interface AccountPrincipal {

	SignedInUser user();

}
