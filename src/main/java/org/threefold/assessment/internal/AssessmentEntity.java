package org.threefold.assessment.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.threefold.assessment.AssessmentStatus;

/**
 * A campaign. Its state changes only through the methods below, which refuse illegal
 * moves (opening twice, editing an open campaign), so no caller can skip a rule.
 */
@Entity
@Table(name = "assessment")
public class AssessmentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
	@SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
	private Long id;

	@Column(name = "ics_id", nullable = false)
	private Long icsId;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(nullable = false, length = 100)
	private String series;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private AssessmentStatus status;

	@Column(name = "opens_on", nullable = false)
	private LocalDate opensOn;

	@Column(name = "closes_on", nullable = false)
	private LocalDate closesOn;

	@Column(name = "score_threshold", nullable = false)
	private int scoreThreshold;

	@Column(name = "text_threshold", nullable = false)
	private int textThreshold;

	@Column(name = "ask_profession", nullable = false)
	private boolean askProfession;

	@Column(name = "ask_seniority", nullable = false)
	private boolean askSeniority;

	@Column(name = "leads_questionnaire_id")
	private Long leadsQuestionnaireId;

	@Column(name = "staff_questionnaire_id")
	private Long staffQuestionnaireId;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "assessment_partner", joinColumns = @JoinColumn(name = "assessment_id"))
	@Column(name = "partner_id")
	private Set<Long> partnerIds = new LinkedHashSet<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Version
	private long version;

	protected AssessmentEntity() {
	}

	public AssessmentEntity(Long icsId, Instant createdAt) {
		this.icsId = icsId;
		this.createdAt = createdAt;
		this.status = AssessmentStatus.DRAFT;
	}

	/**
	 * Replaces the plan; only a draft may change, so respondents never see questions
	 * move.
	 */
	public void plan(String title, String series, LocalDate opensOn, LocalDate closesOn, int scoreThreshold,
			int textThreshold, boolean askProfession, boolean askSeniority, Long leadsQuestionnaireId,
			Long staffQuestionnaireId, Set<Long> partnerIds) {
		requireStatus(AssessmentStatus.DRAFT, "Only a draft can be changed");
		this.title = title;
		this.series = series;
		this.opensOn = opensOn;
		this.closesOn = closesOn;
		this.scoreThreshold = scoreThreshold;
		this.textThreshold = textThreshold;
		this.askProfession = askProfession;
		this.askSeniority = askSeniority;
		this.leadsQuestionnaireId = leadsQuestionnaireId;
		this.staffQuestionnaireId = staffQuestionnaireId;
		this.partnerIds.clear();
		this.partnerIds.addAll(partnerIds);
	}

	public void open(Instant now) {
		requireStatus(AssessmentStatus.DRAFT, "Only a draft can be opened");
		this.status = AssessmentStatus.OPEN;
		this.openedAt = now;
	}

	public void close(Instant now) {
		requireStatus(AssessmentStatus.OPEN, "Only an open assessment can be closed");
		this.status = AssessmentStatus.CLOSED;
		this.closedAt = now;
	}

	/** Open for answers today (UK date): open status and within the window. */
	public boolean acceptsAnswers(LocalDate today) {
		return this.status == AssessmentStatus.OPEN && !today.isBefore(this.opensOn) && !today.isAfter(this.closesOn);
	}

	private void requireStatus(AssessmentStatus wanted, String message) {
		if (this.status != wanted) {
			throw new IllegalStateException(message + "; this one is " + this.status.label().toLowerCase());
		}
	}

	public Long getId() {
		return this.id;
	}

	public Long getIcsId() {
		return this.icsId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSeries() {
		return this.series;
	}

	public AssessmentStatus getStatus() {
		return this.status;
	}

	public LocalDate getOpensOn() {
		return this.opensOn;
	}

	public LocalDate getClosesOn() {
		return this.closesOn;
	}

	public int getScoreThreshold() {
		return this.scoreThreshold;
	}

	public int getTextThreshold() {
		return this.textThreshold;
	}

	public boolean isAskProfession() {
		return this.askProfession;
	}

	public boolean isAskSeniority() {
		return this.askSeniority;
	}

	public Long getLeadsQuestionnaireId() {
		return this.leadsQuestionnaireId;
	}

	public Long getStaffQuestionnaireId() {
		return this.staffQuestionnaireId;
	}

	public Set<Long> getPartnerIds() {
		return Set.copyOf(this.partnerIds);
	}

	public Instant getOpenedAt() {
		return this.openedAt;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
