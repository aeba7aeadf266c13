package org.threefold.admin;

import java.util.Optional;

import org.threefold.security.Role;
import org.threefold.shared.IcsId;
import org.threefold.shared.UserId;

/**
 * One user account as the administrator's list shows it, with names instead of ids so the
 * screen needs no further look-ups.
 *
 * @param icsName the name of the account's ICS; empty for administrators
 * @param partnerName the partner organisation a partner lead speaks for; empty for other
 * roles
 */
public record UserRow(UserId id, String username, String displayName, String email, Role role, Optional<IcsId> icsId,
		Optional<String> icsName, Optional<String> partnerName, boolean enabled) {

	/** Said in words so the list never relies on colour alone. */
	public String status() {
		return this.enabled ? "Active" : "Disabled";
	}

}
