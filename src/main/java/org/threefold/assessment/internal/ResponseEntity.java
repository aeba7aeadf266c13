package org.threefold.assessment.internal;

import java.time.LocalDate;

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

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Audience;

/**
 * One person's answers to one assessment. Holds no token, email, address or precise time:
 * only the week it was started and submitted, and hashes of the secrets that let its
 * author come back to it.
 */
@Entity
@Table(name = "response")
public class ResponseEntity {

	public enum Status {

		DRAFT, SUBMITTED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "response_seq")
	@SequenceGenerator(name = "response_seq", sequenceName = "response_seq", allocationSize = 50)
	private Long id;

	@Column(name = "assessment_id", nullable = false)
	private Long assessmentId;

	@Column(name = "partner_id", nullable = false)
	private Long partnerId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Audience audience;

	@Column(name = "questionnaire_version_id", nullable = false)
	private Long questionnaireVersionId;

	@Column(name = "device_secret_hash", nullable = false, length = 64)
	private String deviceSecretHash;

	@Column(name = "resume_code_hash", nullable = false, length = 64)
	private String resumeCodeHash;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private Profession profession;

	@Enumerated(EnumType.STRING)
	@Column(length = 40)
	private SeniorityBand seniority;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Status status;

	@Column(name = "started_week", nullable = false)
	private LocalDate startedWeek;

	@Column(name = "submitted_week")
	private LocalDate submittedWeek;

	@Column(name = "receipt_code", length = 20)
	private String receiptCode;

	@Version
	private long version;

	protected ResponseEntity() {
	}

	public ResponseEntity(Long assessmentId, Long partnerId, Audience audience, Long questionnaireVersionId,
			String deviceSecretHash, String resumeCodeHash, Profession profession, SeniorityBand seniority,
			LocalDate startedWeek) {
		this.assessmentId = assessmentId;
		this.partnerId = partnerId;
		this.audience = audience;
		this.questionnaireVersionId = questionnaireVersionId;
		this.deviceSecretHash = deviceSecretHash;
		this.resumeCodeHash = resumeCodeHash;
		this.profession = profession;
		this.seniority = seniority;
		this.status = Status.DRAFT;
		this.startedWeek = startedWeek;
	}

	/** Submitting twice is harmless: the first receipt stands. */
	public boolean submit(LocalDate week, String receiptCode) {
		if (this.status == Status.SUBMITTED) {
			return false;
		}
		this.status = Status.SUBMITTED;
		this.submittedWeek = week;
		this.receiptCode = receiptCode;
		return true;
	}

	public Long getId() {
		return this.id;
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

	public Long getQuestionnaireVersionId() {
		return this.questionnaireVersionId;
	}

	public Profession getProfession() {
		return this.profession;
	}

	public SeniorityBand getSeniority() {
		return this.seniority;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getReceiptCode() {
		return this.receiptCode;
	}

}
