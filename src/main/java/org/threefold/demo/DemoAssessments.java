package org.threefold.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import org.threefold.ThreefoldProperties;
import org.threefold.actionplan.ActionEdit;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.ActionStatus;
import org.threefold.actionplan.PlanAction;
import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.CompletedResponse;
import org.threefold.assessment.InvitationLinkView;
import org.threefold.assessment.RespondentService;
import org.threefold.assessment.ResponseImport;
import org.threefold.assessment.StartedResponse;
import org.threefold.partner.PartnerView;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.PartnerId;

/**
 * The demo's assessments, so that a newcomer finds results to explore and a round in
 * progress: a closed "Partnership readiness" round with several hundred synthetic
 * responses shaped by {@code seed-data/demo-assessments.yaml}, and an open staff pulse
 * with some responses submitted and some left half done.
 * <p>
 * Everything goes through the secured services as the demo's ICS leader: the assessments
 * are planned, opened and closed as a leader would, the submitted responses are recorded
 * with {@link ResponseImport} (checked and scored exactly like online ones), and the
 * unfinished ones are started and answered through {@link RespondentService}, so they are
 * real drafts a respondent could resume.
 */
@Component
@ConditionalOnBooleanProperty("threefold.demo.enabled")
class DemoAssessments {

	private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

	/** The partnership's own calendar, as the assessment module keeps it. */
	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Optional<DemoAssessmentSeed> seed;

	/** The {@code power} section of the seed file, for the power maps; may be empty. */
	private Map<String, Object> power = Map.of();

	private final ActionPlanService actionPlans;

	private final AssessmentService assessments;

	private final ResponseImport imports;

	private final RespondentService respondents;

	private final QuestionnaireCatalog catalog;

	private final Clock clock;

	DemoAssessments(ThreefoldProperties properties, AssessmentService assessments, ResponseImport imports,
			RespondentService respondents, QuestionnaireCatalog catalog, Clock clock, ActionPlanService actionPlans)
			throws IOException {
		this.seed = readSeed(properties.demo().directory().resolve("demo-assessments.yaml"));
		this.actionPlans = actionPlans;
		this.assessments = assessments;
		this.imports = imports;
		this.respondents = respondents;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Creates both assessments. Must run as an ICS leader of the partnership the partners
	 * belong to, inside the loader's transaction.
	 */
	void load(List<PartnerView> partners) {
		if (this.seed.isEmpty()) {
			log.info("No demo-assessments.yaml in the seed directory: the demo has no assessments");
			return;
		}
		DemoAssessmentSeed seed = this.seed.get();
		SyntheticRespondents people = new SyntheticRespondents(seed);
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		closedRound(seed.closed(), people, partners, today).ifPresent(this::actionPlan);
		openRound(seed.open(), people, partners, today);
	}

	private Optional<AssessmentId> closedRound(DemoAssessmentSeed.Closed round, SyntheticRespondents people,
			List<PartnerView> partners, LocalDate today) {
		Optional<QuestionnaireDefinition> staff = questionnaire(round.staffQuestionnaire());
		Optional<QuestionnaireDefinition> leads = questionnaire(round.leadsQuestionnaire());
		if (staff.isEmpty() || leads.isEmpty()) {
			return Optional.empty();
		}
		long started = System.nanoTime();
		LocalDate opensOn = today.minusWeeks(round.openedWeeksAgo());
		AssessmentId id = open(new AssessmentPlan(round.title(), round.series(), opensOn, today,
				AssessmentPlan.DEFAULT_SCORE_THRESHOLD, AssessmentPlan.DEFAULT_TEXT_THRESHOLD, true, true,
				round.leadsQuestionnaire(), round.staffQuestionnaire(), ids(partners)));
		List<CompletedResponse> responses = people.closedRound(partners, staff.get(), leads.get(), opensOn, today);
		PowerRespondents powerAnswers = new PowerRespondents(this.power, this.seed.get().seed());
		if (powerAnswers.enabled()) {
			// Partner leads also rate every partner and share out cost, risk and benefit.
			Map<PartnerId, PartnerView> byId = partners.stream().collect(Collectors.toMap(PartnerView::id, (p) -> p));
			responses = responses.stream().map((r) -> {
				if (r.audience() != Audience.LEADS) {
					return r;
				}
				Map<String, String> answers = new LinkedHashMap<>(r.answers());
				powerAnswers.answers(byId.get(r.partner()), partners, leads.get())
					.forEach((key, value) -> answers.put(key.itemId() + "[" + key.subKey() + "]", value));
				return new CompletedResponse(r.partner(), r.audience(), r.profile(), answers, r.week());
			}).toList();
		}
		int recorded = this.imports.recordSubmitted(id, responses);
		this.assessments.close(id);
		log.info("Demo assessment \"{}\": {} submitted responses, closed ({} ms)", round.title(), recorded,
				(System.nanoTime() - started) / 1_000_000);
		return Optional.of(id);
	}

	/**
	 * An action plan from the closed round: every suggestion stored, the first three
	 * accepted (one done, one under way with an owner and a due date), one dismissed, and
	 * one of the leader's own.
	 */
	private void actionPlan(AssessmentId id) {
		this.actionPlans.suggest(id);
		List<PlanAction> suggested = this.actionPlans.plan().actions();
		LocalDate today = LocalDate.now(this.clock.withZone(LONDON));
		for (int i = 0; i < suggested.size(); i++) {
			PlanAction action = suggested.get(i);
			switch (i) {
				case 0 -> this.actionPlans.update(action.id(),
						new ActionEdit(action.title(), action.detail(), action.subdimension(), null,
								today.minusWeeks(1), ActionStatus.DONE,
								"Board reviewed the heatmaps and agreed three imbalances to work on."));
				case 1 -> this.actionPlans.update(action.id(),
						new ActionEdit(action.title(), action.detail(), action.subdimension(), null,
								today.plusMonths(3), ActionStatus.IN_PROGRESS, "First two sessions held."));
				case 2 -> this.actionPlans.accept(action.id());
				case 3 -> this.actionPlans.dismiss(action.id());
				default -> {
				}
			}
		}
		this.actionPlans.add(new ActionEdit("Pay voluntary-sector partners for the time they give to joint work",
				"The ICB sets a standard rate for VCS staff time on joint projects and pays within 30 days.", "R6",
				null, today.plusMonths(2), ActionStatus.ACCEPTED, null));
	}

	private void openRound(DemoAssessmentSeed.Open round, SyntheticRespondents people, List<PartnerView> partners,
			LocalDate today) {
		Optional<QuestionnaireDefinition> staff = questionnaire(round.staffQuestionnaire());
		if (staff.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		LocalDate opensOn = today.minusWeeks(round.openedWeeksAgo());
		AssessmentId id = open(new AssessmentPlan(round.title(), round.series(), opensOn,
				today.plusWeeks(round.closesInWeeks()), AssessmentPlan.DEFAULT_SCORE_THRESHOLD,
				AssessmentPlan.DEFAULT_TEXT_THRESHOLD, true, true, null, round.staffQuestionnaire(), ids(partners)));
		int recorded = this.imports.recordSubmitted(id,
				people.openRound(partners, staff.get(), round.submitted(), opensOn, today));
		Map<PartnerId, String> links = this.assessments.links(id)
			.stream()
			.filter((link) -> link.audience() == Audience.STAFF)
			.collect(Collectors.toMap(InvitationLinkView::partnerId, (link) -> code(link.url())));
		List<SyntheticRespondents.Draft> drafts = people.drafts(partners, staff.get(), round.drafts());
		for (SyntheticRespondents.Draft draft : drafts) {
			StartedResponse response = this.respondents.startFromLink(links.get(draft.partner().id()), draft.profile());
			draft.answers()
				.forEach((item, value) -> this.respondents.saveAnswer(response.deviceSecret(), AnswerKey.of(item),
						value));
		}
		log.info("Demo assessment \"{}\": {} submitted, {} in progress, open ({} ms)", round.title(), recorded,
				drafts.size(), (System.nanoTime() - started) / 1_000_000);
	}

	private AssessmentId open(AssessmentPlan plan) {
		AssessmentId id = this.assessments.createDraft(plan).id();
		this.assessments.open(id);
		return id;
	}

	/**
	 * A questionnaire that failed to load leaves its demo assessment out, not the whole
	 * demo.
	 */
	private Optional<QuestionnaireDefinition> questionnaire(String id) {
		Optional<QuestionnaireDefinition> found = this.catalog.find(id);
		if (found.isEmpty()) {
			log.warn("Demo assessment left out: questionnaire \"{}\" is not loaded", id);
		}
		return found;
	}

	private static Set<PartnerId> ids(List<PartnerView> partners) {
		return partners.stream().map(PartnerView::id).collect(Collectors.toSet());
	}

	/** The link code is the last part of the link's address. */
	private static String code(String url) {
		return url.substring(url.lastIndexOf('/') + 1);
	}

	private Optional<DemoAssessmentSeed> readSeed(Path file) throws IOException {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Map<String, Object> yaml = new Yaml(new LoaderOptions()).load(reader);
			this.power = PowerRespondents.section(yaml);
			return Optional.of(DemoAssessmentSeed.from(yaml));
		}
	}

}
