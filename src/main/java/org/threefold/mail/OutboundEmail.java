package org.threefold.mail;

/**
 * What {@link MailService#send(EmailMessage)} recorded. The status is the one at the time
 * of the call: {@link EmailStatus#QUEUED} when a mail server will get the email after the
 * caller's transaction commits, {@link EmailStatus#OUTBOX} when there is no mail server.
 * The outcome of delivery shows in the outbox.
 *
 * @param id identifies the email in the outbox
 */
public record OutboundEmail(long id, String to, String subject, EmailStatus status) {
}
