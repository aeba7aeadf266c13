package org.threefold.demo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
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

	private final AssessmentService assessments;

	private final ResponseImport imports;

	private final RespondentService respondents;

	private final QuestionnaireCatalog catalog;

	private final Clock clock;

	DemoAssessments(ThreefoldProperties properties, AssessmentService assessments, ResponseImport imports,
			RespondentService respondents, QuestionnaireCatalog catalog, Clock clock) throws IOException {
		this.seed = readSeed(properties.demo().directory().resolve("demo-assessments.yaml"));
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
		closedRound(seed.closed(), people, partners, today);
		openRound(seed.open(), people, partners, today);
	}

	private void closedRound(DemoAssessmentSeed.Closed round, SyntheticRespondents people, List<PartnerView> partners,
			LocalDate today) {
		Optional<QuestionnaireDefinition> staff = questionnaire(round.staffQuestionnaire());
		Optional<QuestionnaireDefinition> leads = questionnaire(round.leadsQuestionnaire());
		if (staff.isEmpty() || leads.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		LocalDate opensOn = today.minusWeeks(round.openedWeeksAgo());
		AssessmentId id = open(new AssessmentPlan(round.title(), round.series(), opensOn, today,
				AssessmentPlan.DEFAULT_SCORE_THRESHOLD, AssessmentPlan.DEFAULT_TEXT_THRESHOLD, true, true,
				round.leadsQuestionnaire(), round.staffQuestionnaire(), ids(partners)));
		int recorded = this.imports.recordSubmitted(id,
				people.closedRound(partners, staff.get(), leads.get(), opensOn, today));
		this.assessments.close(id);
		log.info("Demo assessment \"{}\": {} submitted responses, closed ({} ms)", round.title(), recorded,
				(System.nanoTime() - started) / 1_000_000);
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

	private static Optional<DemoAssessmentSeed> readSeed(Path file) throws IOException {
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			Map<String, Object> yaml = new Yaml(new LoaderOptions()).load(reader);
			return Optional.of(DemoAssessmentSeed.from(yaml));
		}
	}

}
