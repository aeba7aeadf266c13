/**
 * Email: survey invitations and reminders sent on behalf of an ICS, and the outbox that
 * records every one of them.
 * <p>
 * API: {@link org.threefold.mail.MailService#send(org.threefold.mail.EmailMessage)} for
 * other modules' services (campaigns call it when they invite or remind respondents), and
 * the outbox lists for ICS leaders and administrators.
 * <p>
 * An email is recorded in the caller's transaction and handed to the mail server only
 * after that transaction commits, so work that is rolled back sends nothing. When no mail
 * server is configured ({@code spring.mail.host} unset, the embedded default) nothing is
 * sent: emails are kept with status {@link org.threefold.mail.EmailStatus#OUTBOX} so the
 * leader can copy the invitation links from the outbox screen and pass them on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Email")
package org.threefold.mail;
