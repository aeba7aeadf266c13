package org.threefold.mail.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands emails to the mail server once the transaction that recorded them has committed,
 * so a campaign launch that fails half-way invites nobody to a survey that does not
 * exist. The emails of one transaction travel together over one SMTP connection, because
 * a campaign invites hundreds of people at once.
 * <p>
 * Delivery runs in the committing thread. A mail server that is down or refuses an email
 * is recorded as {@code FAILED} against that email and logged, never thrown: the caller's
 * work is already saved and must not look as if it failed. Without a mail server (Spring
 * Boot creates a {@link JavaMailSender} only when {@code spring.mail.host} is set) emails
 * stay in the outbox and one line per email is logged, naming recipient and subject but
 * never the body, which holds single-use links.
 */
@Component
public class MailDelivery {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	/** Binds each transaction's batch; a private key so no other code can touch it. */
	private final Object batchKey = new Object();

	private final JavaMailSender sender;

	private final OutboundEmailRepository emails;

	private final TransactionTemplate separateTransaction;

	private final Clock clock;

	MailDelivery(ObjectProvider<JavaMailSender> sender, OutboundEmailRepository emails,
			PlatformTransactionManager transactions, Clock clock) {
		this.sender = sender.getIfAvailable();
		this.emails = emails;
		// After commit the finished transaction's resources are still bound; only a new
		// transaction can write the outcome (TransactionSynchronization#afterCommit).
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	public boolean mailServerConfigured() {
		return this.sender != null;
	}

	/**
	 * Sends the email when the current transaction commits, and forgets it if the
	 * transaction rolls back.
	 * @throws IllegalStateException outside a transaction
	 */
	public void afterCommit(QueuedEmail email) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Emails are recorded inside a transaction");
		}
		Batch batch = (Batch) TransactionSynchronizationManager.getResource(this.batchKey);
		if (batch == null) {
			batch = new Batch();
			TransactionSynchronizationManager.bindResource(this.batchKey, batch);
			TransactionSynchronizationManager.registerSynchronization(batch);
		}
		batch.emails.add(email);
	}

	private void deliver(List<QueuedEmail> batch) {
		if (this.sender == null) {
			batch.forEach((email) -> log.info("No mail server: email to {} kept in the outbox, subject \"{}\"",
					email.to(), email.subject()));
			return;
		}
		Map<Long, String> failures = new HashMap<>();
		try {
			Map<MimeMessage, QueuedEmail> messages = new LinkedHashMap<>();
			for (QueuedEmail email : batch) {
				try {
					messages.put(mimeMessage(email), email);
				}
				catch (MessagingException ex) {
					failures.put(email.id(), describe(ex));
				}
			}
			try {
				if (!messages.isEmpty()) {
					this.sender.send(messages.keySet().toArray(MimeMessage[]::new));
				}
			}
			catch (MailSendException ex) {
				ex.getFailedMessages().forEach((message, cause) -> {
					QueuedEmail email = messages.get(message);
					if (email != null) {
						failures.put(email.id(), describe(cause));
					}
				});
				if (ex.getFailedMessages().isEmpty()) {
					messages.values().forEach((email) -> failures.put(email.id(), describe(ex)));
				}
			}
		}
		catch (RuntimeException ex) {
			// Authentication failed, or worse: no email of the batch is known to be sent.
			batch.forEach((email) -> failures.putIfAbsent(email.id(), describe(ex)));
		}
		record(batch, failures);
	}

	private MimeMessage mimeMessage(QueuedEmail email) throws MessagingException {
		MimeMessage message = this.sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(email.from());
		helper.setTo(email.to());
		helper.setSubject(email.subject());
		helper.setText(email.body(), false);
		return message;
	}

	private void record(List<QueuedEmail> batch, Map<Long, String> failures) {
		batch.stream()
			.filter((email) -> failures.containsKey(email.id()))
			.forEach((email) -> log.warn("Email to {} with subject \"{}\" was not sent: {}", email.to(),
					email.subject(), failures.get(email.id())));
		try {
			List<Long> ids = batch.stream().map(QueuedEmail::id).toList();
			this.separateTransaction.executeWithoutResult(
					(status) -> this.emails.findAllById(ids).forEach((email) -> noteOutcome(email, failures)));
		}
		catch (RuntimeException ex) {
			log.error("Could not record the outcome of {} email(s); they stay marked as waiting to be sent",
					batch.size(), ex);
		}
	}

	private void noteOutcome(OutboundEmailEntity email, Map<Long, String> failures) {
		String failure = failures.get(email.getId());
		if (failure == null) {
			email.markSent(this.clock.instant());
		}
		else {
			email.markFailed(failure);
		}
	}

	/** The exception's own words, with the root cause when that says more. */
	private static String describe(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		if (root != ex && root.getMessage() != null && !message.contains(root.getMessage())) {
			message = message + " (" + root.getMessage() + ")";
		}
		return message;
	}

	/** The emails of one transaction, bound to it like a transactional resource. */
	private final class Batch implements TransactionSynchronization {

		private final List<QueuedEmail> emails = new ArrayList<>();

		@Override
		public void suspend() {
			// An inner REQUIRES_NEW transaction gets a batch of its own.
			TransactionSynchronizationManager.unbindResourceIfPossible(MailDelivery.this.batchKey);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(MailDelivery.this.batchKey, this);
		}

		@Override
		public void afterCommit() {
			try {
				deliver(List.copyOf(this.emails));
			}
			catch (RuntimeException ex) {
				// Thrown from here, it would reach a caller whose work is committed.
				log.error("Delivering {} email(s) failed unexpectedly", this.emails.size(), ex);
			}
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(MailDelivery.this.batchKey);
		}

	}

}
