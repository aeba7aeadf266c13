package org.threefold.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.assessment.internal.AnswerStore;
import org.threefold.assessment.internal.AssessmentEntity;
import org.threefold.assessment.internal.AssessmentRepository;
import org.threefold.assessment.internal.InvitationLinkEntity;
import org.threefold.assessment.internal.InvitationLinkRepository;
import org.threefold.assessment.internal.InvitationTokenEntity;
import org.threefold.assessment.internal.InvitationTokenRepository;
import org.threefold.assessment.internal.ResponseEntity;
import org.threefold.assessment.internal.ResponseRepository;
import org.threefold.assessment.internal.AnswerTally;
import org.threefold.assessment.internal.ScoreWriter;
import org.threefold.assessment.internal.Secrets;
import org.threefold.assessment.internal.UkCalendar;
import org.threefold.partner.PartnerNames;
import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.InvalidAnswerException;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.RespondentScorer;
import org.threefold.questionnaire.Section;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

/**
 * The respondent's side, for people without accounts. Everything is keyed by secrets the
 * respondent holds (a link code, an emailed token, a device secret or a resume code), and
 * every answer is checked here, on the server, before it is stored.
 */
@Service
@Transactional(readOnly = true)
public class RespondentService {

	private final AssessmentRepository assessments;

	private final InvitationLinkRepository links;

	private final InvitationTokenRepository tokens;

	private final ResponseRepository responses;

	private final AnswerStore answers;

	private final ScoreWriter scores;

	private final AnswerTally tally;

	private final QuestionnaireCatalog catalog;

	private final PartnerNames partnerNames;

	private final UkCalendar calendar;

	RespondentService(AssessmentRepository assessments, InvitationLinkRepository links,
			InvitationTokenRepository tokens, ResponseRepository responses, AnswerStore answers, ScoreWriter scores,
			AnswerTally tally, QuestionnaireCatalog catalog, PartnerNames partnerNames, UkCalendar calendar) {
		this.assessments = assessments;
		this.links = links;
		this.tokens = tokens;
		this.responses = responses;
		this.answers = answers;
		this.scores = scores;
		this.tally = tally;
		this.catalog = catalog;
		this.partnerNames = partnerNames;
		this.calendar = calendar;
	}

	public Optional<Invitation> invitationForLink(String code) {
		return findLink(code).map((link) -> invitation(assessment(link.getAssessmentId()), link.getPartnerId(),
				link.getAudience(), false));
	}

	public Optional<Invitation> invitationForToken(String token) {
		return findToken(token).map((found) -> invitation(assessment(found.getAssessmentId()), found.getPartnerId(),
				found.getAudience(), found.isUsed()));
	}

	@Transactional
	public StartedResponse startFromLink(String code, RespondentProfile profile) {
		InvitationLinkEntity link = findLink(code)
			.orElseThrow(() -> new ValidationException("This link is not recognised. Check it was copied in full."));
		return start(assessment(link.getAssessmentId()), link.getPartnerId(), link.getAudience(), profile);
	}

	/**
	 * An emailed invitation starts one response only; it records that it was used,
	 * nothing more.
	 */
	@Transactional
	public StartedResponse startFromToken(String token, RespondentProfile profile) {
		InvitationTokenEntity invitation = findToken(token).orElseThrow(
				() -> new ValidationException("This invitation is not recognised. Check it was copied in full."));
		if (invitation.isUsed()) {
			throw new ValidationException("This invitation has already been used to start a response. Continue on the "
					+ "device you started on, or enter your resume code.");
		}
		invitation.use();
		return start(assessment(invitation.getAssessmentId()), invitation.getPartnerId(), invitation.getAudience(),
				profile);
	}

	/**
	 * @param credential a device secret or a resume code, as the browser holds it
	 */
	public Optional<ResponseState> resume(String credential) {
		return findResponse(credential).map(this::state);
	}

	/** The canonical form of a typed resume code, if it belongs to a response. */
	public Optional<String> checkResumeCode(String typed) {
		if (typed == null || typed.isBlank() || typed.length() > 40) {
			return Optional.empty();
		}
		String code = Secrets.normaliseTypedCode(typed);
		return this.responses.findByResumeCodeHash(Secrets.sha256(code)).map((response) -> code);
	}

	/**
	 * Saves one answer, or clears it when {@code raw} is blank, and returns the response
	 * as it now stands. Refuses answers to unknown or hidden questions, out-of-range
	 * values, and any change once submitted or closed.
	 */
	@Transactional
	public ResponseState saveAnswer(String credential, AnswerKey key, String raw) {
		ResponseEntity response = findResponse(credential).orElseThrow(RespondentService::unknownResponse);
		ResponseState state = state(response);
		requireChangeable(state);
		Item item = state.questionnaire()
			.item(key.itemId())
			.orElseThrow(() -> new ValidationException("This question is not part of your questionnaire"));
		if (!state.visible(item)) {
			throw new ValidationException("This question does not apply, given your earlier answers");
		}
		if (raw == null || raw.isBlank()) {
			this.answers.clear(response.getId(), key);
			return state.withAnswer(key, null);
		}
		Set<String> partnerKeys = state.partnersFor(item).stream().map(PartnerChoice::key).collect(Collectors.toSet());
		String canonical;
		try {
			canonical = AnswerRules.canonical(item, key.subKey(), raw, partnerKeys);
		}
		catch (InvalidAnswerException ex) {
			throw new ValidationException(ex.getMessage());
		}
		this.answers.save(response.getId(), key, canonical);
		// The state just read plus this answer is the new state: no second round of
		// queries.
		return state.withAnswer(key, canonical);
	}

	/**
	 * Submits the response and stores its scores. Safe to repeat: a second call returns
	 * the first receipt and changes nothing.
	 */
	@Transactional
	public Receipt submit(String credential) {
		// Lock first, without loading the row before: a second tab submitting at the same
		// moment
		// waits here and then sees the first tab's receipt.
		Long id = findResponseId(credential).orElseThrow(RespondentService::unknownResponse);
		ResponseEntity response = this.responses.lockById(id).orElseThrow();
		if (response.getStatus() == ResponseEntity.Status.SUBMITTED) {
			return new Receipt(response.getReceiptCode(), false);
		}
		ResponseState state = state(response);
		requireChangeable(state);
		if (state.answers().isEmpty()) {
			throw new ValidationException("You have not answered any question yet");
		}
		List<String> problems = new ArrayList<>();
		for (Section section : state.questionnaire().sections()) {
			state.problems(section).forEach((problem) -> problems.add(section.title() + ": " + problem));
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		// Answers left behind on questions that an earlier answer has since hidden are
		// not kept.
		state.answers()
			.keySet()
			.stream()
			.filter((key) -> state.questionnaire().item(key.itemId()).map((item) -> !state.visible(item)).orElse(true))
			.forEach((key) -> this.answers.clear(response.getId(), key));
		RespondentScorer scorer = new RespondentScorer(this.catalog.framework().orElseThrow());
		this.scores.write(response, scorer.score(state.questionnaire(), state.singleAnswers()));
		this.tally.add(List.of(response.getId()));
		String receipt = Secrets.typeableCode(2);
		response.submit(this.calendar.thisWeek(), receipt);
		return new Receipt(receipt, true);
	}

	private StartedResponse start(AssessmentEntity assessment, Long partnerId, Audience audience,
			RespondentProfile profile) {
		if (!assessment.acceptsAnswers(this.calendar.today())) {
			throw new ValidationException(closedMessage(assessment));
		}
		Long versionId = (audience == Audience.LEADS) ? assessment.getLeadsQuestionnaireId()
				: assessment.getStaffQuestionnaireId();
		if (versionId == null) {
			throw new ValidationException("This assessment has no questionnaire for this group");
		}
		RespondentProfile given = (profile == null) ? new RespondentProfile(null, null) : profile;
		String deviceSecret = Secrets.urlToken(32);
		String resumeCode = Secrets.typeableCode(3);
		this.responses
			.save(new ResponseEntity(assessment.getId(), partnerId, audience, versionId, Secrets.sha256(deviceSecret),
					Secrets.sha256(resumeCode), assessment.isAskProfession() ? given.profession() : null,
					assessment.isAskSeniority() ? given.seniority() : null, this.calendar.thisWeek()));
		return new StartedResponse(deviceSecret, resumeCode);
	}

	private ResponseState state(ResponseEntity response) {
		AssessmentEntity assessment = assessment(response.getAssessmentId());
		QuestionnaireDefinition questionnaire = this.catalog.definitionOfVersion(response.getQuestionnaireVersionId());
		Map<PartnerId, String> names = this.partnerNames
			.of(assessment.getPartnerIds().stream().map(PartnerId::new).toList());
		List<PartnerChoice> partners = names.entrySet()
			.stream()
			.map((entry) -> new PartnerChoice(entry.getKey().toString(), entry.getValue()))
			.toList();
		return new ResponseState(assessment.getTitle(), names.get(new PartnerId(response.getPartnerId())),
				response.getAudience(), questionnaire, partners, this.answers.load(response.getId()),
				assessment.acceptsAnswers(this.calendar.today()), assessment.getClosesOn(),
				response.getStatus() == ResponseEntity.Status.SUBMITTED, response.getReceiptCode(),
				assessment.getScoreThreshold(), assessment.getTextThreshold());
	}

	private Invitation invitation(AssessmentEntity assessment, Long partnerId, Audience audience, boolean used) {
		Long versionId = (audience == Audience.LEADS) ? assessment.getLeadsQuestionnaireId()
				: assessment.getStaffQuestionnaireId();
		QuestionnaireDefinition questionnaire = this.catalog.definitionOfVersion(versionId);
		String partner = this.partnerNames.of(List.of(new PartnerId(partnerId))).get(new PartnerId(partnerId));
		return new Invitation(assessment.getTitle(), partner, audience,
				assessment.acceptsAnswers(this.calendar.today()), assessment.getOpensOn(), assessment.getClosesOn(),
				assessment.getScoreThreshold(), assessment.getTextThreshold(), assessment.isAskProfession(),
				assessment.isAskSeniority(), questionnaire.title(), questionnaire.estimatedMinutes(),
				questionnaire.itemCount(), used);
	}

	private void requireChangeable(ResponseState state) {
		if (state.submitted()) {
			throw new ValidationException("This response has been submitted and can no longer be changed");
		}
		if (!state.open()) {
			throw new ValidationException(
					closedSentence(state.closesOn()) + " Your saved answers are kept but can no longer be changed.");
		}
	}

	private String closedMessage(AssessmentEntity assessment) {
		if (assessment.getStatus() == AssessmentStatus.CLOSED
				|| assessment.getClosesOn().isBefore(this.calendar.today())) {
			return closedSentence(assessment.getClosesOn());
		}
		return "This assessment opens on " + assessment.getOpensOn().format(UkDates.LONG) + ".";
	}

	/** A leader may close early, so the planned date is named only once it has passed. */
	private String closedSentence(java.time.LocalDate closesOn) {
		return closesOn.isBefore(this.calendar.today())
				? "This assessment closed on " + closesOn.format(UkDates.LONG) + "."
				: "This assessment has been closed.";
	}

	private AssessmentEntity assessment(Long id) {
		return this.assessments.findById(id).orElseThrow();
	}

	private Optional<InvitationLinkEntity> findLink(String code) {
		if (code == null || code.length() > 32) {
			return Optional.empty();
		}
		return this.links.findById(code)
			.filter((link) -> assessment(link.getAssessmentId()).getStatus() != AssessmentStatus.DRAFT);
	}

	private Optional<InvitationTokenEntity> findToken(String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			return Optional.empty();
		}
		return this.tokens.findByTokenHash(Secrets.sha256(token));
	}

	private Optional<ResponseEntity> findResponse(String credential) {
		if (credential == null || credential.isBlank() || credential.length() > 64) {
			return Optional.empty();
		}
		return this.responses.findByDeviceSecretHash(Secrets.sha256(credential))
			.or(() -> this.responses.findByResumeCodeHash(Secrets.sha256(Secrets.normaliseTypedCode(credential))));
	}

	private Optional<Long> findResponseId(String credential) {
		if (credential == null || credential.isBlank() || credential.length() > 64) {
			return Optional.empty();
		}
		return this.responses.findIdBySecretHash(Secrets.sha256(credential))
			.or(() -> this.responses.findIdBySecretHash(Secrets.sha256(Secrets.normaliseTypedCode(credential))));
	}

	private static ValidationException unknownResponse() {
		return new ValidationException(
				"We could not find your response. Open your invitation link again, or enter " + "your resume code.");
	}

}
