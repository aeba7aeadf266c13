package org.threefold.mail.internal;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.threefold.mail.EmailMessage;
import org.threefold.mail.EmailStatus;
import org.threefold.mail.OutboundEmail;
import org.threefold.mail.OutboundEmailView;
import org.threefold.shared.IcsId;

@Entity
@Table(name = "outbound_email")
public class OutboundEmailEntity {

	static final int MAX_ERROR_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_email_seq")
	@SequenceGenerator(name = "outbound_email_seq", sequenceName = "outbound_email_seq", allocationSize = 50)
	private Long id;

	/** Kept as a plain id: an email and its ICS are separate aggregates. */
	@Column(name = "ics_id", nullable = false)
	private Long icsId;

	@Column(nullable = false, length = EmailMessage.MAX_ADDRESS_LENGTH)
	private String recipient;

	@Column(nullable = false, length = EmailMessage.MAX_SUBJECT_LENGTH)
	private String subject;

	@Column(nullable = false, length = EmailMessage.MAX_BODY_LENGTH)
	private String body;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private EmailStatus status;

	@Column(length = MAX_ERROR_LENGTH)
	private String error;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected OutboundEmailEntity() {
	}

	/**
	 * @param status {@link EmailStatus#QUEUED} or {@link EmailStatus#OUTBOX}; the caller
	 * has validated the message
	 */
	public OutboundEmailEntity(EmailMessage message, EmailStatus status, Instant createdAt) {
		this.icsId = message.icsId().value();
		this.recipient = message.to();
		this.subject = message.subject();
		this.body = message.body();
		this.status = status;
		this.createdAt = createdAt;
	}

	/** Only a queued email can be sent; an outbox email never reaches a mail server. */
	public void markSent(Instant when) {
		requireQueued();
		this.status = EmailStatus.SENT;
		this.sentAt = when;
	}

	public void markFailed(String why) {
		requireQueued();
		this.status = EmailStatus.FAILED;
		String text = (why == null || why.isBlank()) ? "Unknown mail server error" : why.strip();
		this.error = (text.length() <= MAX_ERROR_LENGTH) ? text : text.substring(0, MAX_ERROR_LENGTH - 3) + "...";
	}

	private void requireQueued() {
		if (this.status != EmailStatus.QUEUED) {
			throw new IllegalStateException("Email " + this.id + " is " + this.status + ", not QUEUED");
		}
	}

	public Long getId() {
		return this.id;
	}

	public OutboundEmail toReceipt() {
		return new OutboundEmail(this.id, this.recipient, this.subject, this.status);
	}

	public OutboundEmailView toView() {
		return new OutboundEmailView(this.id, new IcsId(this.icsId), this.createdAt, this.recipient, this.subject,
				this.body, this.status, Optional.ofNullable(this.error), Optional.ofNullable(this.sentAt));
	}

}
