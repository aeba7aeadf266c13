package org.threefold.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A token as its ICS leader sees it later: never the secret, only its first characters to
 * tell tokens apart.
 *
 * @param hint the token's first characters, e.g. "tf_8KcQ…"
 * @param revokedAt when it was revoked, or null while it works
 * @param lastUsedOn the last day it opened the API, or null if never
 */
public record ApiTokenView(long id, String name, String hint, String createdBy, Instant createdAt, Instant revokedAt,
		LocalDate lastUsedOn) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
