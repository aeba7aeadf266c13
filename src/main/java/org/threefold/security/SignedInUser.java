package org.threefold.security;

import java.io.Serializable;
import java.util.Optional;

import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;

/**
 * The signed-in person as other modules see them. Serializable because it lives in the
 * HTTP session.
 *
 * @param icsId empty only for administrators
 * @param partnerId set only for partner leads: the organisation they speak for
 */
public record SignedInUser(UserId id, String username, String displayName, Role role, Optional<IcsId> icsId,
		Optional<PartnerId> partnerId) implements Serializable {

	public boolean is(Role wanted) {
		return this.role == wanted;
	}

}
