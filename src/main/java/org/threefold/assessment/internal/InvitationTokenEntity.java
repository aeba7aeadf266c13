package org.threefold.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.threefold.questionnaire.Audience;

/**
 * A single-use invitation sent by email. Only a hash of the token is kept, and the row
 * records that it was used, never by which response.
 */
@Entity
@Table(name = "invitation_token")
public class InvitationTokenEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invitation_token_seq")
	@SequenceGenerator(name = "invitation_token_seq", sequenceName = "invitation_token_seq", allocationSize = 50)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Audience audience;

	@Column(name = "token_hash", nullable = false, length = 64)
	private String tokenHash;

	@Column(nullable = false, length = 254)
	private String email;

	@Column(nullable = false)
	private boolean used;

	@Column(nullable = false)
	private int reminders;

	@Version
	private long version;

	protected InvitationTokenEntity() {
	}

	public InvitationTokenEntity(Long assessmentId, Long partnerId, Audience audience, String tokenHash, String email) {
		this.assessmentId = assessmentId;
		this.partnerId = partnerId;
		this.audience = audience;
		this.tokenHash = tokenHash;
		this.email = email;
	}

	/** Marks the token spent; a second use is refused by the caller before this. */
	public void use() {
		if (this.used) {
			throw new IllegalStateException("This invitation has already been used");
		}
		this.used = true;
	}

	/** A fresh token replaces the old one in a reminder, since only its hash was kept. */
	public void remind(String newTokenHash) {
		this.tokenHash = newTokenHash;
		this.reminders++;
	}

	public Long getAssessmentId() {
		return this.assessmentId;
	}

	public Long getPartnerId() {
		return this.partnerId;
	}

	public Audience getAudience() {
		return this.audience;
	}

	public String getEmail() {
		return this.email;
	}

	public boolean isUsed() {
		return this.used;
	}

	public int getReminders() {
		return this.reminders;
	}

}
