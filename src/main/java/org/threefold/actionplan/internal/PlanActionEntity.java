package org.threefold.actionplan.internal;

import java.time.Instant;
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

import org.threefold.actionplan.ActionOrigin;
import org.threefold.actionplan.ActionStatus;
import org.threefold.actionplan.Trigger;

/** One action of an ICS's plan. Other aggregates are kept as plain ids. */
@Entity
@Table(name = "plan_action")
public class PlanActionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_action_seq")
	@SequenceGenerator(name = "plan_action_seq", sequenceName = "plan_action_seq", allocationSize = 50)
	private Long id;

	@Column(name = "ics_id", nullable = false)
	private Long icsId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private ActionOrigin origin;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 12)
	private ActionStatus status;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(length = 2000)
	private String detail;

	@Column(length = 64)
	private String subdimension;

	@Column(name = "assessment_id")
	private Long assessmentId;

	@Column(name = "library_action_id", length = 64)
	private String libraryActionId;

	@Enumerated(EnumType.STRING)
	@Column(name = "trigger_rule", length = 20)
	private Trigger trigger;

	@Column(length = 500)
	private String evidence;

	@Column(name = "evidence_score")
	private Double evidenceScore;

	@Column(name = "evidence_band")
	private Integer evidenceBand;

	@Column(name = "evidence_n")
	private Long evidenceN;

	@Column(length = 300)
	private String source;

	@Column(nullable = false)
	private boolean national;

	@Column(name = "owner_partner_id")
	private Long ownerPartnerId;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "progress_note", length = 1000)
	private String progressNote;

	@Column(name = "workshop_id")
	private Long workshopId;

	@Column(name = "agreement_id")
	private Long agreementId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private Long version;

	protected PlanActionEntity() {
	}

	public PlanActionEntity(Long icsId, ActionOrigin origin, ActionStatus status, String title, Instant now) {
		this.icsId = icsId;
		this.origin = origin;
		this.status = status;
		this.title = title;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void evidence(Long assessmentId, String libraryActionId, Trigger trigger, String evidence, Double score,
			Integer band, Long n, String source, boolean national) {
		this.assessmentId = assessmentId;
		this.libraryActionId = libraryActionId;
		this.trigger = trigger;
		this.evidence = evidence;
		this.evidenceScore = score;
		this.evidenceBand = band;
		this.evidenceN = n;
		this.source = source;
		this.national = national;
	}

	public void workshop(Long workshopId, Long agreementId, String source, Long assessmentId) {
		this.workshopId = workshopId;
		this.agreementId = agreementId;
		this.source = source;
		this.assessmentId = assessmentId;
	}

	public void edit(String title, String detail, String subdimension, Long ownerPartnerId, LocalDate dueOn,
			ActionStatus status, String progressNote, Instant now) {
		this.title = title;
		this.detail = detail;
		this.subdimension = subdimension;
		this.ownerPartnerId = ownerPartnerId;
		this.dueOn = dueOn;
		this.status = status;
		this.progressNote = progressNote;
		this.updatedAt = now;
	}

	public void status(ActionStatus status, Instant now) {
		this.status = status;
		this.updatedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public Long getIcsId() {
		return this.icsId;
	}

	public ActionOrigin getOrigin() {
		return this.origin;
	}

	public ActionStatus getStatus() {
		return this.status;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getSubdimension() {
		return this.subdimension;
	}

	public void setSubdimension(String subdimension) {
		this.subdimension = subdimension;
	}

	public void setDetail(String detail) {
		this.detail = detail;
	}

	public void setOwnerPartnerId(Long ownerPartnerId) {
		this.ownerPartnerId = ownerPartnerId;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

	public Long getAssessmentId() {
		return this.assessmentId;
	}

	public String getLibraryActionId() {
		return this.libraryActionId;
	}

	public Trigger getTrigger() {
		return this.trigger;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public Double getEvidenceScore() {
		return this.evidenceScore;
	}

	public Integer getEvidenceBand() {
		return this.evidenceBand;
	}

	public Long getEvidenceN() {
		return this.evidenceN;
	}

	public String getSource() {
		return this.source;
	}

	public boolean isNational() {
		return this.national;
	}

	public Long getOwnerPartnerId() {
		return this.ownerPartnerId;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public String getProgressNote() {
		return this.progressNote;
	}

	public Long getWorkshopId() {
		return this.workshopId;
	}

	public Long getAgreementId() {
		return this.agreementId;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
