package org.threefold.mail;

import java.time.Instant;
import java.util.Optional;

import org.threefold.shared.IcsId;

/**
 * One email as the outbox shows it.
 *
 * @param body the plain text as sent or kept, with any single-use links in it
 * @param error why the mail server did not take it; present only when
 * {@link EmailStatus#FAILED}
 * @param sentAt when the mail server accepted it; present only when
 * {@link EmailStatus#SENT}
 */
public record OutboundEmailView(long id, IcsId icsId, Instant createdAt, String to, String subject, String body,
		EmailStatus status, Optional<String> error, Optional<Instant> sentAt) {
}
