package org.threefold.security;

import java.util.Optional;

import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;

/**
 * A user account as the administration screens show it; never carries the password hash.
 */
public record UserAccountView(UserId id, String username, String displayName, String email, Role role,
		Optional<IcsId> icsId, Optional<PartnerId> partnerId, boolean enabled) {
}
