package org.threefold.audit;

import java.time.Instant;
import java.util.Optional;

import org.threefold.shared.IcsId;

/**
 * One line of the audit log.
 *
 * @param username who did it, as the account was named then ("system" for background
 * work, "erased-…" once the account was erased)
 * @param role the role they acted in, in words
 */
public record AuditEntry(Instant occurredAt, String username, String role, Optional<IcsId> ics, String action,
		String subject) {
}
