package org.threefold.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.ThreefoldProperties;
import org.threefold.assessment.internal.AssessmentEntity;
import org.threefold.assessment.internal.AssessmentRepository;
import org.threefold.assessment.internal.CountRow;
import org.threefold.assessment.internal.InvitationLinkEntity;
import org.threefold.assessment.internal.InvitationLinkRepository;
import org.threefold.assessment.internal.InvitationTokenEntity;
import org.threefold.assessment.internal.InvitationTokenRepository;
import org.threefold.assessment.internal.ResponseRepository;
import org.threefold.assessment.internal.Secrets;
import org.threefold.mail.EmailMessage;
import org.threefold.mail.MailService;
import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.AuditEvent;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

/**
 * Campaigns of the signed-in user's ICS: planning, opening and closing, invitation links
 * and live response counts. Leaders change campaigns; every ICS role may read them;
 * partner leads see their own organisation's links and counts.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class AssessmentService {

	private final AssessmentRepository assessments;

	private final InvitationLinkRepository links;

	private final InvitationTokenRepository tokens;

	private final ResponseRepository responses;

	private final PartnerService partners;

	private final QuestionnaireCatalog catalog;

	private final CurrentUser currentUser;

	private final org.threefold.assessment.internal.UkCalendar calendar;

	private final String publicUrl;

	private final MailService mail;

	private final ApplicationEventPublisher events;

	/**
	 * Enough for a team at a time, small enough that a typo cannot email a whole
	 * directory.
	 */
	static final int MAX_INVITATIONS_AT_ONCE = 500;

	AssessmentService(AssessmentRepository assessments, InvitationLinkRepository links,
			InvitationTokenRepository tokens, ResponseRepository responses, PartnerService partners,
			QuestionnaireCatalog catalog, CurrentUser currentUser,
			org.threefold.assessment.internal.UkCalendar calendar, ThreefoldProperties properties, MailService mail,
			ApplicationEventPublisher events) {
		this.mail = mail;
		this.events = events;
		this.assessments = assessments;
		this.links = links;
		this.tokens = tokens;
		this.responses = responses;
		this.partners = partners;
		this.catalog = catalog;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.publicUrl = properties.publicUrl().replaceAll("/+$", "");
	}

	public List<AssessmentSummary> list() {
		List<AssessmentEntity> all = this.assessments.findByIcsIdOrderByOpensOnDescIdDesc(ics().value());
		Map<String, Map<String, Long>> counts = new HashMap<>();
		if (!all.isEmpty()) {
			// Partner leads see their own organisation's counts here, as on the monitor.
			this.responses
				.countByAssessment(all.stream().map(AssessmentEntity::getId).toList(),
						ownPartner().map(PartnerId::value).orElse(null))
				.forEach((row) -> counts.computeIfAbsent(row.groupKey(), (k) -> new HashMap<>())
					.put(row.status(), row.count()));
		}
		return all.stream().map((a) -> {
			Map<String, Long> byStatus = counts.getOrDefault(a.getId().toString(), Map.of());
			return new AssessmentSummary(new AssessmentId(a.getId()), a.getTitle(), a.getSeries(), a.getStatus(),
					a.getOpensOn(), a.getClosesOn(), a.getPartnerIds().size(), byStatus.getOrDefault("SUBMITTED", 0L),
					byStatus.getOrDefault("DRAFT", 0L));
		}).toList();
	}

	public AssessmentDetail get(AssessmentId id) {
		return detail(find(id));
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public AssessmentDetail createDraft(AssessmentPlan plan) {
		AssessmentEntity draft = new AssessmentEntity(ics().value(), this.calendar.clock().instant());
		apply(draft, plan);
		AssessmentEntity saved = this.assessments.save(draft);
		auditThresholds(saved);
		return detail(saved);
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public AssessmentDetail updateDraft(AssessmentId id, AssessmentPlan plan) {
		AssessmentEntity draft = find(id);
		if (draft.getStatus() != AssessmentStatus.DRAFT) {
			throw new ValidationException("This assessment is " + draft.getStatus().label().toLowerCase()
					+ "; its questions and partners can no longer change");
		}
		int scores = draft.getScoreThreshold();
		int texts = draft.getTextThreshold();
		apply(draft, plan);
		if (scores != draft.getScoreThreshold() || texts != draft.getTextThreshold()) {
			auditThresholds(draft);
		}
		return detail(draft);
	}

	/** Who set which anonymity thresholds goes in the audit log. */
	private void auditThresholds(AssessmentEntity assessment) {
		this.events.publishEvent(new AuditEvent(new IcsId(assessment.getIcsId()), "assessment.thresholds",
				assessment.getTitle() + ": scores from " + assessment.getScoreThreshold() + " people, comments from "
						+ assessment.getTextThreshold()));
	}

	/**
	 * Opens the campaign: pins the questionnaire versions in use today and creates a link
	 * per partner and audience. From now on its questions cannot change.
	 */
	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public AssessmentDetail open(AssessmentId id) {
		AssessmentEntity assessment = find(id);
		if (assessment.getStatus() != AssessmentStatus.DRAFT) {
			throw new ValidationException("This assessment is already " + assessment.getStatus().label().toLowerCase());
		}
		if (assessment.getClosesOn().isBefore(this.calendar.today())) {
			throw new ValidationException("The closing date has passed; choose a later one before opening");
		}
		apply(assessment, detail(assessment).toPlan());
		assessment.open(this.calendar.clock().instant());
		List<InvitationLinkEntity> created = new ArrayList<>();
		for (Long partnerId : assessment.getPartnerIds()) {
			for (Audience audience : audiences(assessment)) {
				created.add(new InvitationLinkEntity(Secrets.urlToken(16), assessment.getId(), partnerId, audience));
			}
		}
		this.links.saveAll(created);
		return detail(assessment);
	}

	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public AssessmentDetail close(AssessmentId id) {
		AssessmentEntity assessment = find(id);
		if (assessment.getStatus() != AssessmentStatus.OPEN) {
			throw new ValidationException("Only an open assessment can be closed");
		}
		assessment.close(this.calendar.clock().instant());
		return detail(assessment);
	}

	/**
	 * The stored questionnaire version each audience answers, for reports that need
	 * wording.
	 */
	public Map<Audience, Long> questionnaireVersions(AssessmentId id) {
		AssessmentEntity assessment = find(id);
		Map<Audience, Long> versions = new EnumMap<>(Audience.class);
		if (assessment.getLeadsQuestionnaireId() != null) {
			versions.put(Audience.LEADS, assessment.getLeadsQuestionnaireId());
		}
		if (assessment.getStaffQuestionnaireId() != null) {
			versions.put(Audience.STAFF, assessment.getStaffQuestionnaireId());
		}
		return versions;
	}

	/**
	 * The assessment before this one in its series: the latest other one in the same ICS
	 * and series that closed before this one opened (or closes), for change over time.
	 */
	public Optional<AssessmentSummary> previousInSeries(AssessmentId id) {
		AssessmentEntity current = find(id);
		return list().stream()
			.filter((other) -> other.series().equals(current.getSeries()) && !other.id().equals(id)
					&& other.status() == AssessmentStatus.CLOSED && other.closesOn().isBefore(current.getClosesOn()))
			.max(Comparator.comparing(AssessmentSummary::closesOn));
	}

	/** Links to share; partner leads get only their own organisation's. */
	public List<InvitationLinkView> links(AssessmentId id) {
		AssessmentEntity assessment = find(id);
		Optional<PartnerId> own = ownPartner();
		Map<PartnerId, String> names = partnerNames(assessment);
		return this.links.findByAssessmentIdOrderByPartnerIdAscAudienceAsc(assessment.getId())
			.stream()
			.filter((link) -> own.map((p) -> p.value() == link.getPartnerId()).orElse(true))
			.map((link) -> new InvitationLinkView(new PartnerId(link.getPartnerId()),
					names.get(new PartnerId(link.getPartnerId())), link.getAudience(),
					this.publicUrl + "/r/" + link.getCode()))
			.sorted(Comparator.comparing(InvitationLinkView::partnerName).thenComparing(InvitationLinkView::audience))
			.toList();
	}

	/**
	 * Emails a single-use invitation to each address for one partner and audience. Only a
	 * hash of each token is kept. An address already invited to this assessment is
	 * skipped, so nobody gets two tokens.
	 */
	@Transactional
	@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME })
	public InvitationResult invite(AssessmentId id, PartnerId partner, Audience audience, List<String> emails) {
		AssessmentEntity assessment = find(id);
		if (assessment.getStatus() != AssessmentStatus.OPEN) {
			throw new ValidationException("Invitations can be sent only while the assessment is open");
		}
		if (ownPartner().map((own) -> !own.equals(partner)).orElse(false)
				|| !assessment.getPartnerIds().contains(partner.value())) {
			throw new NotFoundException("Partner " + partner);
		}
		if (!audiences(assessment).contains(audience)) {
			throw new ValidationException("This assessment has no questionnaire for " + audience.label().toLowerCase());
		}
		List<String> cleaned = emails.stream()
			.map((email) -> email.strip().toLowerCase(java.util.Locale.ROOT))
			.filter((email) -> !email.isEmpty())
			.distinct()
			.toList();
		if (cleaned.isEmpty()) {
			throw new ValidationException("Enter at least one email address");
		}
		if (cleaned.size() > MAX_INVITATIONS_AT_ONCE) {
			throw new ValidationException("Send at most " + MAX_INVITATIONS_AT_ONCE + " invitations at a time");
		}
		List<String> bad = cleaned.stream().filter((email) -> !EmailMessage.looksLikeAddress(email)).toList();
		if (!bad.isEmpty()) {
			throw new ValidationException(
					bad.stream().map((email) -> "\"" + email + "\" is not an email address").toList());
		}
		List<String> skipped = new ArrayList<>();
		int sent = 0;
		String partnerName = partnerNames(assessment).get(partner);
		for (String email : cleaned) {
			if (this.tokens.existsByAssessmentIdAndEmail(assessment.getId(), email)) {
				skipped.add(email);
				continue;
			}
			String token = Secrets.urlToken(24);
			this.tokens.save(new InvitationTokenEntity(assessment.getId(), partner.value(), audience,
					Secrets.sha256(token), email));
			this.mail.send(new EmailMessage(ics(), email, "Invitation: " + assessment.getTitle(),
					invitationBody(assessment, partnerName, token, false)));
			sent++;
		}
		return new InvitationResult(sent, List.copyOf(skipped));
	}

	/**
	 * Reminds everyone whose invitation has not been used yet. Each reminder carries a
	 * fresh token, because only hashes of the old ones were kept. Nothing links a started
	 * response to its invitation, so people who started but did not finish cannot be
	 * singled out.
	 */
	@Transactional
	@RolesAllowed(Role.ICS_LEADER_NAME)
	public int remind(AssessmentId id) {
		AssessmentEntity assessment = find(id);
		if (assessment.getStatus() != AssessmentStatus.OPEN) {
			throw new ValidationException("Reminders can be sent only while the assessment is open");
		}
		Map<PartnerId, String> names = partnerNames(assessment);
		int reminded = 0;
		for (InvitationTokenEntity invitation : this.tokens.findByAssessmentIdAndUsedFalse(assessment.getId())) {
			String token = Secrets.urlToken(24);
			invitation.remind(Secrets.sha256(token));
			this.mail.send(new EmailMessage(ics(), invitation.getEmail(), "Reminder: " + assessment.getTitle(),
					invitationBody(assessment, names.get(new PartnerId(invitation.getPartnerId())), token, true)));
			reminded++;
		}
		return reminded;
	}

	private String invitationBody(AssessmentEntity assessment, String partnerName, String token, boolean reminder) {
		return (reminder ? "A reminder: there is still time to take part.\n\n" : "")
				+ "You are invited to take part in \"" + assessment.getTitle() + "\" for " + partnerName + ".\n\n"
				+ "It asks how well the organisations in our partnership work together: technology, relationships "
				+ "and the wider environment. Your answers are anonymous: results are shown only for groups of at least "
				+ assessment.getScoreThreshold() + " people, and nothing links your answers to this email.\n\n"
				+ "Start here (this link is for you only and works once):\n" + this.publicUrl + "/t/" + token + "\n\n"
				+ "The assessment closes on " + assessment.getClosesOn().format(UkDates.LONG) + ".\n";
	}

	/** Live counts; a partner lead's view is limited to their own organisation. */
	public ResponseMonitor monitor(AssessmentId id) {
		AssessmentEntity assessment = find(id);
		Optional<PartnerId> own = ownPartner();
		Long partnerFilter = own.map(PartnerId::value).orElse(null);
		Map<String, Map<String, Long>> byPartner = group(this.responses.countByPartner(assessment.getId()));
		Map<PartnerId, PartnerView> views = this.partners.list()
			.stream()
			.collect(Collectors.toMap(PartnerView::id, (p) -> p));
		List<ResponseMonitor.GroupCount> partnerRows = assessment.getPartnerIds()
			.stream()
			.filter((p) -> partnerFilter == null || partnerFilter.equals(p))
			.map((p) -> {
				PartnerView view = views.get(new PartnerId(p));
				Map<String, Long> counts = byPartner.getOrDefault(p.toString(), Map.of());
				return new ResponseMonitor.GroupCount(view.name(), counts.getOrDefault("SUBMITTED", 0L),
						counts.getOrDefault("DRAFT", 0L), view.headcount());
			})
			.sorted(Comparator.comparing(ResponseMonitor.GroupCount::group))
			.toList();
		long submitted = partnerRows.stream().mapToLong(ResponseMonitor.GroupCount::submitted).sum();
		long inProgress = partnerRows.stream().mapToLong(ResponseMonitor.GroupCount::inProgress).sum();
		List<ResponseMonitor.GroupCount> byProfession = withinOnePartner(
				labelled(this.responses.countByProfession(assessment.getId(), partnerFilter), Profession.class),
				partnerFilter, assessment.getScoreThreshold());
		List<ResponseMonitor.GroupCount> bySeniority = withinOnePartner(
				labelled(this.responses.countBySeniority(assessment.getId(), partnerFilter), SeniorityBand.class),
				partnerFilter, assessment.getScoreThreshold());
		if (java.util.stream.Stream.concat(byProfession.stream(), bySeniority.stream())
			.anyMatch((row) -> row.submitted() + row.inProgress() < assessment.getScoreThreshold())) {
			// Counts of groups below the threshold are small-group detail: say who saw
			// them.
			this.events.publishEvent(new AuditEvent(new IcsId(assessment.getIcsId()), "monitor.small-groups",
					"Response counts of groups under " + assessment.getScoreThreshold() + " people in "
							+ assessment.getTitle()));
		}
		return new ResponseMonitor(submitted, inProgress, partnerRows, byProfession, bySeniority,
				(partnerFilter == null) ? this.tokens.countByAssessmentId(assessment.getId()) : 0,
				(partnerFilter == null) ? this.tokens.countByAssessmentIdAndUsedTrue(assessment.getId()) : 0);
	}

	/**
	 * Inside one organisation a count of 1 in "Board or executive" says that person took
	 * part, so a partner lead sees groups smaller than the threshold only added together.
	 */
	private static List<ResponseMonitor.GroupCount> withinOnePartner(List<ResponseMonitor.GroupCount> rows,
			Long partnerFilter, int threshold) {
		if (partnerFilter == null) {
			return rows;
		}
		List<ResponseMonitor.GroupCount> shown = new ArrayList<>();
		long submitted = 0;
		long inProgress = 0;
		for (ResponseMonitor.GroupCount row : rows) {
			if (row.submitted() + row.inProgress() >= threshold) {
				shown.add(row);
			}
			else {
				submitted += row.submitted();
				inProgress += row.inProgress();
			}
		}
		if (submitted + inProgress > 0) {
			shown.add(new ResponseMonitor.GroupCount("Groups of fewer than " + threshold + ", together", submitted,
					inProgress, null));
		}
		return shown;
	}

	private static <E extends Enum<E>> List<ResponseMonitor.GroupCount> labelled(List<CountRow> rows, Class<E> type) {
		Map<String, Map<String, Long>> grouped = group(rows);
		List<ResponseMonitor.GroupCount> result = new ArrayList<>();
		grouped.forEach((key, counts) -> {
			String label = (key == null) ? "Not given" : label(Enum.valueOf(type, key));
			result.add(new ResponseMonitor.GroupCount(label, counts.getOrDefault("SUBMITTED", 0L),
					counts.getOrDefault("DRAFT", 0L), null));
		});
		result.sort(Comparator.comparing(ResponseMonitor.GroupCount::group));
		return result;
	}

	private static String label(Enum<?> value) {
		return (value instanceof Profession profession) ? profession.label() : ((SeniorityBand) value).label();
	}

	private static Map<String, Map<String, Long>> group(List<CountRow> rows) {
		Map<String, Map<String, Long>> grouped = new LinkedHashMap<>();
		rows.forEach((row) -> grouped.computeIfAbsent(row.groupKey(), (k) -> new HashMap<>())
			.merge(row.status(), row.count(), Long::sum));
		return grouped;
	}

	private void apply(AssessmentEntity assessment, AssessmentPlan plan) {
		List<String> problems = new ArrayList<>(plan.problems());
		Set<PartnerId> own = this.partners.list().stream().map(PartnerView::id).collect(Collectors.toSet());
		if (!own.containsAll(plan.partners())) {
			problems.add("Some chosen partners are not in your partnership");
		}
		Long leads = questionnaireVersion(plan.leadsQuestionnaire(), Audience.LEADS, problems);
		Long staff = questionnaireVersion(plan.staffQuestionnaire(), Audience.STAFF, problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		assessment.plan(plan.title(), plan.series(), plan.opensOn(), plan.closesOn(), plan.scoreThreshold(),
				plan.textThreshold(), plan.askProfession(), plan.askSeniority(), leads, staff,
				plan.partners().stream().map(PartnerId::value).collect(Collectors.toSet()));
	}

	private Long questionnaireVersion(String id, Audience audience, List<String> problems) {
		if (id == null) {
			return null;
		}
		Optional<QuestionnaireDefinition> definition = this.catalog.find(id);
		if (definition.isEmpty()) {
			problems.add("The questionnaire \"" + id + "\" is not loaded");
			return null;
		}
		if (definition.get().audience() != audience && definition.get().audience() != Audience.ANY) {
			problems.add(definition.get().title() + " is written for "
					+ definition.get().audience().label().toLowerCase() + ", not " + audience.label().toLowerCase());
			return null;
		}
		return this.catalog.versionId(definition.get());
	}

	private AssessmentDetail detail(AssessmentEntity a) {
		return new AssessmentDetail(new AssessmentId(a.getId()), a.getTitle(), a.getSeries(), a.getStatus(),
				a.getOpensOn(), a.getClosesOn(), a.getScoreThreshold(), a.getTextThreshold(), a.isAskProfession(),
				a.isAskSeniority(), questionnaireId(a.getLeadsQuestionnaireId()),
				questionnaireTitle(a.getLeadsQuestionnaireId()), questionnaireId(a.getStaffQuestionnaireId()),
				questionnaireTitle(a.getStaffQuestionnaireId()), partnerNames(a));
	}

	private String questionnaireId(Long versionId) {
		return (versionId == null) ? null : this.catalog.definitionOfVersion(versionId).id();
	}

	private String questionnaireTitle(Long versionId) {
		return (versionId == null) ? null : this.catalog.definitionOfVersion(versionId).title();
	}

	private Map<PartnerId, String> partnerNames(AssessmentEntity assessment) {
		Map<PartnerId, String> names = new LinkedHashMap<>();
		this.partners.list()
			.stream()
			.filter((p) -> assessment.getPartnerIds().contains(p.id().value()))
			.forEach((p) -> names.put(p.id(), p.name()));
		return names;
	}

	private static List<Audience> audiences(AssessmentEntity assessment) {
		List<Audience> audiences = new ArrayList<>();
		if (assessment.getLeadsQuestionnaireId() != null) {
			audiences.add(Audience.LEADS);
		}
		if (assessment.getStaffQuestionnaireId() != null) {
			audiences.add(Audience.STAFF);
		}
		return audiences;
	}

	private AssessmentEntity find(AssessmentId id) {
		return this.assessments.findByIdAndIcsId(id.value(), ics().value())
			.orElseThrow(() -> new NotFoundException("Assessment " + id));
	}

	private IcsId ics() {
		return this.currentUser.requireIcs();
	}

	private Optional<PartnerId> ownPartner() {
		SignedInUser user = this.currentUser.require();
		return user.is(Role.PARTNER_LEAD) ? user.partnerId() : Optional.empty();
	}

}
