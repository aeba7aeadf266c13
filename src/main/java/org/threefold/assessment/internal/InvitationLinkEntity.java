package org.threefold.assessment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.threefold.questionnaire.Audience;

/**
 * A shareable link for one partner and audience; the code is random, never sequential.
 */
@Entity
@Table(name = "invitation_link")
public class InvitationLinkEntity {

	@Id
	@Column(length = 32)
	private String code;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Audience audience;

	protected InvitationLinkEntity() {
	}

	public InvitationLinkEntity(String code, Long assessmentId, Long partnerId, Audience audience) {
		this.code = code;
		this.assessmentId = assessmentId;
		this.partnerId = partnerId;
		this.audience = audience;
	}

	public String getCode() {
		return this.code;
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

}
