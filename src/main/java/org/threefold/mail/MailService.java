package org.threefold.mail;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.mail.internal.MailDelivery;
import org.threefold.mail.internal.OutboundEmailEntity;
import org.threefold.mail.internal.OutboundEmailRepository;
import org.threefold.mail.internal.QueuedEmail;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.ValidationException;

/**
 * Sends email on behalf of an ICS and keeps the record of every one. What happens to an
 * email depends on the installation: with a mail server it is sent after the caller's
 * transaction commits; without one it stays in the outbox for the ICS leader to pass on.
 */
@Service
@Transactional(readOnly = true)
public class MailService {

	/** Enough to find this week's invitations without loading a year of reminders. */
	static final int OUTBOX_LIMIT = 200;

	/**
	 * Looser than a recipient's address: a sender on the mail server's own host, such as
	 * the default {@code threefold@localhost}, needs no dot.
	 */
	private static final Pattern SENDER = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+");

	private final OutboundEmailRepository emails;

	private final MailDelivery delivery;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final String from;

	MailService(OutboundEmailRepository emails, MailDelivery delivery, CurrentUser currentUser, Clock clock,
			@Value("${threefold.mail.from:threefold@localhost}") String from) {
		if (from == null || !SENDER.matcher(from).matches()) {
			// Found at start-up rather than as every email failing later.
			throw new IllegalStateException("threefold.mail.from must be an email address, was \"" + from + "\"");
		}
		this.emails = emails;
		this.delivery = delivery;
		this.currentUser = currentUser;
		this.clock = clock;
		this.from = from;
	}

	/**
	 * Records the email and sends it once the caller's transaction commits; if that
	 * transaction rolls back, the email is neither kept nor sent. A mail server that is
	 * down or refuses the email is recorded against it and logged, never thrown, since
	 * the caller's own work has been saved by then.
	 * <p>
	 * Not restricted by role: the callers are other modules' services, which have already
	 * decided who may invite whom for which ICS, and may run as a background task.
	 * @throws ValidationException if the address, subject or body is unacceptable;
	 * nothing is recorded then
	 */
	@Transactional
	public OutboundEmail send(EmailMessage message) {
		Objects.requireNonNull(message, "message");
		List<String> problems = message.problems();
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		EmailStatus status = this.delivery.mailServerConfigured() ? EmailStatus.QUEUED : EmailStatus.OUTBOX;
		OutboundEmailEntity email = this.emails.save(new OutboundEmailEntity(message, status, this.clock.instant()));
		this.delivery
			.afterCommit(new QueuedEmail(email.getId(), this.from, message.to(), message.subject(), message.body()));
		return email.toReceipt();
	}

	/**
	 * Whether emails leave this installation, so screens can say where they went.
	 */
	public boolean mailServerConfigured() {
		return this.delivery.mailServerConfigured();
	}

	/** The newest emails of the signed-in leader's own ICS, newest first. */
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public List<OutboundEmailView> outbox() {
		return this.emails
			.findByIcsIdOrderByCreatedAtDescIdDesc(this.currentUser.requireIcs().value(), Limit.of(OUTBOX_LIMIT))
			.stream()
			.map(OutboundEmailEntity::toView)
			.toList();
	}

	/** The newest emails of every ICS, for checking that the mail server works. */
	@RolesAllowed(Role.ADMINISTRATOR_NAME)
	public List<OutboundEmailView> outboxForAdministrator() {
		return this.emails.findAllByOrderByCreatedAtDescIdDesc(Limit.of(OUTBOX_LIMIT))
			.stream()
			.map(OutboundEmailEntity::toView)
			.toList();
	}

}
