package org.threefold.mail.internal;

/**
 * An email recorded in the current transaction and waiting for it to commit; held in
 * memory only, so the body goes no further than the mail server.
 *
 * @param id the recorded email, to note the outcome against
 */
public record QueuedEmail(long id, String from, String to, String subject, String body) {
}
