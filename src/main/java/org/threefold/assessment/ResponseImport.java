package org.threefold.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.assessment.internal.AnswerStore;
import org.threefold.assessment.internal.AssessmentEntity;
import org.threefold.assessment.internal.AssessmentRepository;
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
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.RespondentScorer;
import org.threefold.questionnaire.RespondentScores;
import org.threefold.questionnaire.Section;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

/**
 * Records responses completed elsewhere (paper questionnaires typed up after a clinic or
 * a workshop, and test data at national scale) as submitted responses of an open
 * assessment of the leader's own ICS.
 * <p>
 * Each response is held to exactly the rules of {@link RespondentService}: every answer
 * goes through {@link AnswerRules#canonical}, an answer to a question that the other
 * answers hide (through the whole show-if chain) is refused, required questions must be
 * answered, and the scores come from the same {@link RespondentScorer}. What differs is
 * only how rows are written: in JDBC batches, not one answer per request. A batch is all
 * or nothing, because a half-recorded pile of paper is harder to put right than a refused
 * one: every problem is reported at once, numbered by the response's position in the
 * batch ("response 12: …"), and nothing is stored.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(Role.ICS_LEADER_NAME)
public class ResponseImport {

	/**
	 * Keeps one call's memory and transaction bounded; larger sets are recorded in
	 * several calls.
	 */
	public static final int MAX_RESPONSES_AT_ONCE = 10_000;

	private final AssessmentRepository assessments;

	private final ResponseRepository responses;

	private final AnswerStore answers;

	private final ScoreWriter scores;

	private final AnswerTally tally;

	private final QuestionnaireCatalog catalog;

	private final PartnerNames partnerNames;

	private final CurrentUser currentUser;

	private final UkCalendar calendar;

	private final EntityManager entityManager;

	ResponseImport(AssessmentRepository assessments, ResponseRepository responses, AnswerStore answers,
			ScoreWriter scores, AnswerTally tally, QuestionnaireCatalog catalog, PartnerNames partnerNames,
			CurrentUser currentUser, UkCalendar calendar, EntityManager entityManager) {
		this.assessments = assessments;
		this.responses = responses;
		this.answers = answers;
		this.scores = scores;
		this.tally = tally;
		this.catalog = catalog;
		this.partnerNames = partnerNames;
		this.currentUser = currentUser;
		this.calendar = calendar;
		this.entityManager = entityManager;
	}

	/**
	 * Checks, scores and stores the responses as submitted, or refuses them all.
	 * @param id an assessment of the caller's ICS; it must be open (questionnaire
	 * versions are pinned when it opens, and a closed assessment's results may already
	 * have been reported)
	 * @param completed the responses, in the order their problems should be numbered
	 * @return how many responses were stored
	 * @throws ValidationException listing every problem, when any response has one
	 * @throws NotFoundException when the assessment is not the caller's ICS's
	 */
	@Transactional
	public int recordSubmitted(AssessmentId id, List<CompletedResponse> completed) {
		AssessmentEntity assessment = this.assessments
			.findByIdAndIcsId(id.value(), this.currentUser.requireIcs().value())
			.orElseThrow(() -> new NotFoundException("Assessment " + id));
		if (assessment.getStatus() != AssessmentStatus.OPEN) {
			throw new ValidationException("Responses can be recorded only while the assessment is open; this one is "
					+ assessment.getStatus().label().toLowerCase());
		}
		if (assessment.getOpensOn().isAfter(this.calendar.today())) {
			throw new ValidationException("This assessment opens on " + assessment.getOpensOn().format(UkDates.LONG)
					+ "; nothing can be recorded before then");
		}
		if (completed.isEmpty()) {
			return 0;
		}
		if (completed.size() > MAX_RESPONSES_AT_ONCE) {
			throw new ValidationException("Record at most " + MAX_RESPONSES_AT_ONCE + " responses at a time");
		}
		Batch batch = new Batch(assessment);
		List<String> problems = new ArrayList<>();
		List<Checked> checked = new ArrayList<>();
		for (int i = 0; i < completed.size(); i++) {
			String prefix = "response " + (i + 1) + ": ";
			List<String> own = new ArrayList<>();
			Checked response = batch.check(completed.get(i), own);
			own.forEach((problem) -> problems.add(prefix + problem));
			checked.add(response);
		}
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		store(assessment, checked, batch);
		return checked.size();
	}

	private void store(AssessmentEntity assessment, List<Checked> checked, Batch batch) {
		RespondentScorer scorer = new RespondentScorer(this.catalog.framework().orElseThrow());
		// Writes still pending in this transaction (the assessment itself, when it was
		// created in the same one) must reach the database before the rows that refer to
		// them.
		this.responses.flush();
		List<ResponseEntity> entities = new ArrayList<>(checked.size());
		for (Checked response : checked) {
			ResponseEntity entity = new ResponseEntity(assessment.getId(), response.partner().value(),
					response.audience(), batch.versionId(response.audience()), Secrets.sha256(Secrets.urlToken(32)),
					Secrets.sha256(Secrets.typeableCode(3)),
					assessment.isAskProfession() ? response.profile().profession() : null,
					assessment.isAskSeniority() ? response.profile().seniority() : null, response.week());
			entity.submit(response.week(), Secrets.typeableCode(2));
			entities.add(entity);
		}
		// Hibernate batches these inserts (hibernate.jdbc.batch_size) and takes ids from
		// the same pooled sequence as responses started online; answers and scores need
		// the ids.
		this.responses.saveAll(entities);
		this.responses.flush();
		Map<Long, Map<AnswerKey, String>> answersById = new LinkedHashMap<>();
		Map<ResponseEntity, RespondentScores> scored = new LinkedHashMap<>();
		for (int i = 0; i < entities.size(); i++) {
			ResponseEntity entity = entities.get(i);
			ResponseState state = checked.get(i).state();
			answersById.put(entity.getId(), state.answers());
			scored.put(entity, scorer.score(state.questionnaire(), state.singleAnswers()));
		}
		this.answers.insertAll(answersById);
		this.scores.writeAll(scored);
		this.tally.add(answersById.keySet());
		// Nothing changes these rows again in this transaction. Left managed, thousands
		// of them would be dirty-checked before every later query in it (the demo loads
		// everything in one transaction).
		entities.forEach(this.entityManager::detach);
	}

	/**
	 * A response that passed every check, with the state the checks and the scorer read.
	 */
	private record Checked(PartnerId partner, Audience audience, RespondentProfile profile, LocalDate week,
			ResponseState state) {
	}

	/** What every response in one call is checked against, looked up once. */
	private final class Batch {

		private final AssessmentEntity assessment;

		private final Map<Audience, QuestionnaireDefinition> questionnaires = new EnumMap<>(Audience.class);

		private final Map<Audience, Long> versions = new EnumMap<>(Audience.class);

		private final Map<Audience, Map<String, Item>> items = new EnumMap<>(Audience.class);

		private final Map<PartnerId, String> names;

		private final List<PartnerChoice> partners;

		private final Set<String> partnerKeys;

		private final LocalDate firstWeek;

		private final LocalDate lastDay;

		Batch(AssessmentEntity assessment) {
			this.assessment = assessment;
			addQuestionnaire(Audience.LEADS, assessment.getLeadsQuestionnaireId());
			addQuestionnaire(Audience.STAFF, assessment.getStaffQuestionnaireId());
			this.names = ResponseImport.this.partnerNames
				.of(assessment.getPartnerIds().stream().map(PartnerId::new).toList());
			this.partners = this.names.entrySet()
				.stream()
				.map((entry) -> new PartnerChoice(entry.getKey().toString(), entry.getValue()))
				.toList();
			this.partnerKeys = this.partners.stream().map(PartnerChoice::key).collect(Collectors.toSet());
			this.firstWeek = monday(assessment.getOpensOn());
			LocalDate today = ResponseImport.this.calendar.today();
			this.lastDay = assessment.getClosesOn().isBefore(today) ? assessment.getClosesOn() : today;
		}

		private void addQuestionnaire(Audience audience, Long versionId) {
			if (versionId != null) {
				QuestionnaireDefinition definition = ResponseImport.this.catalog.definitionOfVersion(versionId);
				this.questionnaires.put(audience, definition);
				this.versions.put(audience, versionId);
				this.items.put(audience, definition.items()
					.collect(Collectors.toMap(Item::id, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
			}
		}

		Long versionId(Audience audience) {
			return this.versions.get(audience);
		}

		/**
		 * The same checks as saving each answer and then submitting, on the final
		 * answers.
		 */
		Checked check(CompletedResponse response, List<String> problems) {
			if (response.partner() == null || !this.names.containsKey(response.partner())) {
				problems.add("the partner does not take part in this assessment");
			}
			QuestionnaireDefinition questionnaire = (response.audience() == null) ? null
					: this.questionnaires.get(response.audience());
			if (questionnaire == null) {
				problems.add("this assessment has no questionnaire for " + ((response.audience() == null)
						? "an unnamed group" : response.audience().label().toLowerCase()));
			}
			LocalDate week = (response.week() == null) ? null : monday(response.week());
			if (week == null || week.isBefore(this.firstWeek) || week.isAfter(this.lastDay)) {
				problems.add("the week completed must be between " + this.firstWeek.format(UkDates.LONG) + " and "
						+ this.lastDay.format(UkDates.LONG));
			}
			if (questionnaire == null) {
				return null;
			}
			Map<String, Item> known = this.items.get(response.audience());
			Map<AnswerKey, String> canonical = new LinkedHashMap<>();
			Map<AnswerKey, String> refused = new LinkedHashMap<>();
			response.answers().forEach((name, raw) -> {
				if (raw == null || raw.isBlank()) {
					return;
				}
				// A partner matrix or allocation takes one answer per partner or option,
				// named "item[partner id or option]".
				int open = name.indexOf('[');
				boolean perKey = open > 0 && name.endsWith("]");
				String itemId = perKey ? name.substring(0, open) : name;
				AnswerKey key = perKey ? new AnswerKey(itemId, name.substring(open + 1, name.length() - 1))
						: AnswerKey.of(itemId);
				Item item = known.get(itemId);
				if (item == null) {
					problems.add("\"" + itemId + "\" is not a question of " + questionnaire.title());
					return;
				}
				boolean manyValued = item.spec() instanceof ItemSpec.PartnerMatrix
						|| item.spec() instanceof ItemSpec.Allocation;
				if (manyValued != perKey) {
					problems.add(itemId + (manyValued
							? ": takes one answer per partner or option, named " + itemId + "[partner id or option]"
							: ": takes a single answer"));
					return;
				}
				try {
					canonical.put(key, AnswerRules.canonical(item, key.subKey(), raw, this.partnerKeys));
				}
				catch (InvalidAnswerException ex) {
					problems.add(name + ": " + ex.getMessage());
					refused.put(key, raw);
				}
			});
			String partnerName = (response.partner() == null) ? null : this.names.get(response.partner());
			ResponseState state = new ResponseState(this.assessment.getTitle(), partnerName, response.audience(),
					questionnaire, this.partners, canonical, true, this.assessment.getClosesOn(), false, null,
					this.assessment.getScoreThreshold(), this.assessment.getTextThreshold());
			if (canonical.isEmpty() && problems.isEmpty()) {
				problems.add("no question is answered");
			}
			// Online, a hidden question cannot be answered and a left-behind answer is
			// dropped at submission; on paper the answers arrive together, so one the
			// others hide is an error.
			canonical.keySet()
				.stream()
				.map((key) -> known.get(key.itemId()))
				.filter((item) -> !state.visible(item))
				.forEach((item) -> problems.add(item.id() + ": does not apply, given the other answers"));
			// Required questions as at submission. A refused answer counts as given here,
			// so the question is reported once, for its answer, not again as unanswered.
			Map<AnswerKey, String> given = new LinkedHashMap<>(canonical);
			given.putAll(refused);
			ResponseState complete = refused.isEmpty() ? state
					: new ResponseState(state.assessmentTitle(), partnerName, state.audience(), questionnaire,
							this.partners, given, true, state.closesOn(), false, null, state.scoreThreshold(),
							state.textThreshold());
			for (Section section : questionnaire.sections()) {
				complete.problems(section).forEach((problem) -> problems.add(section.title() + ": " + problem));
			}
			RespondentProfile profile = (response.profile() == null) ? new RespondentProfile(null, null)
					: response.profile();
			return new Checked(response.partner(), response.audience(), profile, week, state);
		}

	}

	private static LocalDate monday(LocalDate date) {
		return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

}
