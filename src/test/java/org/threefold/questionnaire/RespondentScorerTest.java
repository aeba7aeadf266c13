package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.threefold.questionnaire.RespondentScores.ScaleScore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * One respondent's item, sub-dimension, dimension and overall scores (docs/scoring.md,
 * "Respondent scores"; formulas from MEASUREMENT.md).
 */
class RespondentScorerTest {

	/** Three technology sub-dimensions, two for relationships, one each for the rest. */
	private static final Framework FRAMEWORK = new Framework("threefold-framework", "1", "f".repeat(64),
			Map.of(Dimension.TECHNOLOGY, "Systems", Dimension.RELATIONSHIPS, "Trust", Dimension.ENABLING_ENVIRONMENT,
					"Governance", Dimension.CHANGE_READINESS, "Appetite"),
			List.of(subdimension("T1", Dimension.TECHNOLOGY), subdimension("T2", Dimension.TECHNOLOGY),
					subdimension("T3", Dimension.TECHNOLOGY), subdimension("R1", Dimension.RELATIONSHIPS),
					subdimension("R2", Dimension.RELATIONSHIPS), subdimension("E1", Dimension.ENABLING_ENVIRONMENT),
					subdimension("CR-commitment", Dimension.CHANGE_READINESS)));

	private final RespondentScorer scorer = new RespondentScorer(FRAMEWORK);

	@ParameterizedTest(name = "answer {0} scores {1}")
	@CsvSource({ "1, 0", "2, 25", "3, 50", "4, 75", "5, 100" })
	void a_likert_answer_becomes_a_score_from_0_to_100(String answer, double expected) {
		QuestionnaireDefinition pulse = questionnaire(likert("t-login", "T1"));

		RespondentScores scores = this.scorer.score(pulse, Map.of("t-login", answer));

		assertThat(scores.items()).containsEntry("t-login", expected);
	}

	@ParameterizedTest(name = "answer {0} to a reverse item scores {1}")
	@CsvSource({ "1, 100", "3, 50", "5, 0" })
	void a_reverse_worded_item_is_scored_from_6_minus_the_answer(String answer, double expected) {
		QuestionnaireDefinition pulse = questionnaire(reverse(likert("t-re-keying", "T1")));

		RespondentScores scores = this.scorer.score(pulse, Map.of("t-re-keying", answer));

		assertThat(scores.items()).containsEntry("t-re-keying", expected);
	}

	@Test
	void not_applicable_and_dont_know_are_missing_not_zero() {
		QuestionnaireDefinition pulse = questionnaire(likert("t-1", "T1"), likert("t-2", "T1"), likert("t-3", "T1"),
				likert("t-4", "T1"));

		RespondentScores scores = this.scorer.score(pulse,
				Map.of("t-1", "5", "t-2", "not-applicable", "t-3", "dont-know", "t-4", "5"));

		assertThat(scores.items()).containsOnlyKeys("t-1", "t-4");
		assertThat(scores.subdimensions()).containsEntry("T1", new ScaleScore(100, 2, 4));
	}

	@Test
	void a_sub_dimension_with_exactly_half_its_items_answered_is_scored() {
		QuestionnaireDefinition pulse = questionnaire(likert("r-1", "R1"), likert("r-2", "R1"));

		RespondentScores scores = this.scorer.score(pulse, Map.of("r-1", "4", "r-2", "dont-know"));

		assertThat(scores.subdimensions()).containsEntry("R1", new ScaleScore(75, 1, 2));
		assertThat(scores.dimensions()).containsEntry(Dimension.RELATIONSHIPS, 75.0);
	}

	@Test
	void a_sub_dimension_with_fewer_than_half_its_items_answered_is_left_out() {
		QuestionnaireDefinition pulse = questionnaire(likert("r-1", "R1"), likert("r-2", "R1"), likert("r-3", "R1"));

		RespondentScores scores = this.scorer.score(pulse, Map.of("r-1", "4"));

		assertThat(scores.items()).containsEntry("r-1", 75.0);
		assertThat(scores.subdimensions()).doesNotContainKey("R1");
		assertThat(scores.dimensions()).doesNotContainKey(Dimension.RELATIONSHIPS);
		assertThat(scores.band(Dimension.RELATIONSHIPS)).isEmpty();
	}

	@Test
	void a_respondent_who_answered_nothing_has_no_scores_rather_than_zeros() {
		RespondentScores scores = this.scorer.score(aPartnershipAssessment(), Map.of());

		assertThat(scores.items()).isEmpty();
		assertThat(scores.subdimensions()).isEmpty();
		assertThat(scores.dimensions()).isEmpty();
		assertThat(scores.overall()).isEmpty();
	}

	@Test
	void items_hidden_by_show_if_are_left_out_of_the_denominator() {
		QuestionnaireDefinition pulse = questionnaire(choice("t-uses-shared-record", "yes", "no"),
				likert("t-find-information", "T1"),
				shownIf(likert("t-record-current", "T1"), equalTo("t-uses-shared-record", "yes")),
				shownIf(likert("t-record-complete", "T1"), equalTo("t-uses-shared-record", "yes")));

		RespondentScores noSharedRecord = this.scorer.score(pulse,
				Map.of("t-uses-shared-record", "no", "t-find-information", "4"));
		RespondentScores sharedRecordButSkipped = this.scorer.score(pulse,
				Map.of("t-uses-shared-record", "yes", "t-find-information", "4"));

		assertThat(noSharedRecord.subdimensions()).containsEntry("T1", new ScaleScore(75, 1, 1));
		assertThat(sharedRecordButSkipped.subdimensions()).doesNotContainKey("T1");
	}

	@Test
	void an_answer_left_behind_on_a_hidden_item_is_not_scored() {
		QuestionnaireDefinition pulse = questionnaire(choice("t-uses-shared-record", "yes", "no"),
				likert("t-find-information", "T1"),
				shownIf(likert("t-record-current", "T1"), equalTo("t-uses-shared-record", "yes")));

		RespondentScores changedTheirMind = this.scorer.score(pulse,
				Map.of("t-uses-shared-record", "no", "t-find-information", "2", "t-record-current", "5"));

		assertThat(changedTheirMind.items()).containsOnlyKeys("t-find-information");
		assertThat(changedTheirMind.subdimensions()).containsEntry("T1", new ScaleScore(25, 1, 1));
	}

	@Test
	void an_item_behind_a_hidden_item_is_hidden_too() {
		QuestionnaireDefinition pulse = questionnaire(choice("t-uses-shared-record", "yes", "no"),
				likert("t-find-information", "T1"),
				shownIf(likert("t-record-current", "T2"), equalTo("t-uses-shared-record", "yes")),
				shownIf(likert("t-record-trusted", "T3"), atLeast("t-record-current", 4)));

		RespondentScores changedTheirMind = this.scorer.score(pulse, Map.of("t-uses-shared-record", "no",
				"t-find-information", "3", "t-record-current", "5", "t-record-trusted", "5"));

		assertThat(changedTheirMind.items()).containsOnlyKeys("t-find-information");
		assertThat(changedTheirMind.subdimensions()).containsOnlyKeys("T1");
		assertThat(changedTheirMind.dimensions()).containsEntry(Dimension.TECHNOLOGY, 50.0);
	}

	@Test
	void a_dimension_is_the_mean_of_its_sub_dimensions_not_of_its_items() {
		QuestionnaireDefinition pulse = questionnaire(likert("t1-a", "T1"), likert("t1-b", "T1"), likert("t1-c", "T1"),
				likert("t2-a", "T2"));

		RespondentScores scores = this.scorer.score(pulse, Map.of("t1-a", "5", "t1-b", "5", "t1-c", "5", "t2-a", "1"));

		// The mean of the four items would be 75; each sub-dimension weighs the same.
		assertThat(scores.subdimensions().get("T1").score()).isEqualTo(100.0);
		assertThat(scores.subdimensions().get("T2").score()).isEqualTo(0.0);
		assertThat(scores.dimensions()).containsEntry(Dimension.TECHNOLOGY, 50.0);
	}

	@Test
	void the_overall_is_the_mean_of_technology_relationships_and_enabling_environment() {
		RespondentScores scores = this.scorer.score(aPartnershipAssessment(),
				answers("t1-a", "5", "t1-b", "5", "r1-a", "3", "r1-b", "3", "e1-a", "1", "e1-b", "1"));

		assertThat(scores.dimensions()).containsEntry(Dimension.TECHNOLOGY, 100.0)
			.containsEntry(Dimension.RELATIONSHIPS, 50.0)
			.containsEntry(Dimension.ENABLING_ENVIRONMENT, 0.0);
		assertThat(scores.overall()).hasValue(50.0);
		assertThat(scores.overallBand()).contains(MaturityBand.BAND_3);
	}

	@Test
	void there_is_no_overall_unless_all_three_dimensions_have_a_score() {
		RespondentScores scores = this.scorer.score(aPartnershipAssessment(),
				answers("t1-a", "5", "t1-b", "5", "r1-a", "3", "r1-b", "3", "e1-a", "not-applicable"));

		assertThat(scores.dimensions()).containsOnlyKeys(Dimension.TECHNOLOGY, Dimension.RELATIONSHIPS);
		assertThat(scores.overall()).isEmpty();
		assertThat(scores.overallBand()).isEmpty();
	}

	@Test
	void change_readiness_is_scored_but_never_part_of_the_overall() {
		Map<String, String> sameViews = answers("t1-a", "4", "t1-b", "4", "r1-a", "2", "r1-b", "2", "e1-a", "3");
		Map<String, String> eager = new HashMap<>(sameViews);
		eager.putAll(Map.of("cr-a", "5", "cr-b", "5"));
		Map<String, String> reluctant = new HashMap<>(sameViews);
		reluctant.putAll(Map.of("cr-a", "1", "cr-b", "1"));

		RespondentScores eagerScores = this.scorer.score(aPartnershipAssessment(), eager);
		RespondentScores reluctantScores = this.scorer.score(aPartnershipAssessment(), reluctant);

		assertThat(eagerScores.dimensions()).containsEntry(Dimension.CHANGE_READINESS, 100.0);
		assertThat(reluctantScores.dimensions()).containsEntry(Dimension.CHANGE_READINESS, 0.0);
		assertThat(eagerScores.overall()).hasValue(50.0).isEqualTo(reluctantScores.overall());
	}

	@Test
	void a_questionnaire_of_change_readiness_alone_has_no_overall() {
		QuestionnaireDefinition readiness = questionnaire(likert("cr-a", "CR-commitment"),
				likert("cr-b", "CR-commitment"));

		RespondentScores scores = this.scorer.score(readiness, Map.of("cr-a", "4", "cr-b", "5"));

		assertThat(scores.dimensions()).containsOnlyKeys(Dimension.CHANGE_READINESS);
		assertThat(scores.band(Dimension.CHANGE_READINESS)).contains(MaturityBand.BAND_5);
		assertThat(scores.overall()).isEmpty();
	}

	@Test
	void a_mean_of_means_exactly_on_a_band_boundary_is_exact_and_in_the_band_above() {
		// T1 = 125/3, T2 = 70 and T3 = 25/3, whose mean is exactly 40. Added as doubles
		// they give 39.99999999999999, which would be band 2.
		QuestionnaireDefinition pulse = questionnaire(likert("t1-a", "T1"), likert("t1-b", "T1"), likert("t1-c", "T1"),
				likert("t2-a", "T2"), likert("t2-b", "T2"), likert("t2-c", "T2"), likert("t2-d", "T2"),
				likert("t2-e", "T2"), likert("t3-a", "T3"), likert("t3-b", "T3"), likert("t3-c", "T3"));

		RespondentScores scores = this.scorer.score(pulse, answers("t1-a", "3", "t1-b", "3", "t1-c", "2", "t2-a", "5",
				"t2-b", "4", "t2-c", "4", "t2-d", "3", "t2-e", "3", "t3-a", "2", "t3-b", "1", "t3-c", "1"));

		assertThat(scores.subdimensions().get("T1").score()).isEqualTo(125.0 / 3);
		assertThat(scores.subdimensions().get("T2").score()).isEqualTo(70.0);
		assertThat(scores.subdimensions().get("T3").score()).isEqualTo(25.0 / 3);
		assertThat((125.0 / 3 + 70.0 + 25.0 / 3) / 3).isLessThan(40.0);
		assertThat(scores.dimensions()).containsEntry(Dimension.TECHNOLOGY, 40.0);
		assertThat(scores.band(Dimension.TECHNOLOGY)).contains(MaturityBand.BAND_3);
	}

	@Test
	void the_order_of_the_questions_does_not_change_any_score() {
		List<Item> items = new ArrayList<>(aPartnershipAssessment().items().toList());
		Map<String, String> answers = answers("t1-a", "4", "t1-b", "2", "t2-a", "5", "t3-a", "2", "r1-a", "3", "r1-b",
				"5", "r2-a", "1", "e1-a", "4", "e1-b", "2");

		RespondentScores inFileOrder = this.scorer.score(questionnaire(items.toArray(Item[]::new)), answers);
		Collections.reverse(items);
		RespondentScores reversed = this.scorer.score(questionnaire(items.toArray(Item[]::new)), answers);

		assertThat(reversed.subdimensions()).isEqualTo(inFileOrder.subdimensions());
		assertThat(reversed.dimensions()).isEqualTo(inFileOrder.dimensions());
		assertThat(reversed.overall()).isEqualTo(inFileOrder.overall());
	}

	@Test
	void unscored_items_do_not_affect_the_scores() {
		QuestionnaireDefinition pulse = questionnaire(likert("t-login", "T1"),
				choice("role-level", "frontline", "lead"),
				item("anything-else", new ItemSpec.FreeText(2000), null, null),
				item("unscored-feeling", new ItemSpec.Likert(LikertScale.AGREEMENT, false, true, true), null, null));

		RespondentScores scores = this.scorer.score(pulse,
				Map.of("t-login", "4", "role-level", "lead", "anything-else", "7", "unscored-feeling", "1"));

		assertThat(scores.items()).containsOnlyKeys("t-login");
		assertThat(scores.dimensions()).containsExactlyEntriesOf(Map.of(Dimension.TECHNOLOGY, 75.0));
	}

	@ParameterizedTest
	@ValueSource(strings = { "7", "0", "abc", "", " 3", "3.0", "Agree" })
	void a_likert_answer_that_validation_should_have_refused_is_refused_naming_the_item(String answer) {
		QuestionnaireDefinition pulse = questionnaire(likert("t-login", "T1"));

		assertThatIllegalArgumentException().isThrownBy(() -> this.scorer.score(pulse, Map.of("t-login", answer)))
			.withMessageContaining("item \"t-login\"")
			.withMessageContaining("\"" + answer + "\"")
			.withMessageContaining("expected 1 to 5");
	}

	@Test
	void not_applicable_is_refused_on_an_item_that_does_not_offer_it() {
		Item mustAnswer = item("t-login", new ItemSpec.Likert(LikertScale.AGREEMENT, false, false, true),
				Dimension.TECHNOLOGY, "T1");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.scorer.score(questionnaire(mustAnswer), Map.of("t-login", "not-applicable")))
			.withMessageContaining("item \"t-login\"")
			.withMessageContaining("expected 1 to 5, dont-know");
	}

	@Test
	void an_item_naming_a_sub_dimension_outside_the_framework_is_refused() {
		QuestionnaireDefinition pulse = questionnaire(likert("t-login", "T99"));

		assertThatIllegalArgumentException().isThrownBy(() -> this.scorer.score(pulse, Map.of("t-login", "3")))
			.withMessageContaining("item \"t-login\"")
			.withMessageContaining("\"T99\" is not in framework \"threefold-framework\"");
	}

	@Test
	void an_item_whose_dimension_disagrees_with_its_sub_dimension_is_refused() {
		Item confused = item("t-login", new ItemSpec.Likert(LikertScale.AGREEMENT, false, true, true),
				Dimension.RELATIONSHIPS, "T1");

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.scorer.score(questionnaire(confused), Map.of("t-login", "3")))
			.withMessageContaining("\"T1\" belongs to technology, not relationships");
	}

	/**
	 * The worked example in docs/scoring.md, number for number: a ward sister answering
	 * the partnership assessment.
	 */
	@Test
	void the_worked_example_in_the_method_document_holds() {
		QuestionnaireDefinition assessment = questionnaire(likert("t1-a", "T1"), likert("t1-b", "T1"),
				likert("t1-c", "T1"), likert("t2-a", "T2"), reverse(likert("t2-b", "T2")), likert("t2-c", "T2"),
				likert("r1-a", "R1"), likert("r1-b", "R1"), likert("r2-a", "R2"), likert("r2-b", "R2"),
				likert("r2-c", "R2"), choice("e-has-budget", "yes", "no"), likert("e1-a", "E1"), likert("e1-b", "E1"),
				shownIf(likert("e1-c", "E1"), equalTo("e-has-budget", "yes")), likert("cr-a", "CR-commitment"),
				likert("cr-b", "CR-commitment"));
		Map<String, String> wardSister = answers("t1-a", "4", "t1-b", "5", "t1-c", "not-applicable", "t2-a", "2",
				"t2-b", "4", "t2-c", "1", "r1-a", "4", "r1-b", "dont-know", "r2-a", "5", "e-has-budget", "no", "e1-a",
				"3", "e1-b", "3", "cr-a", "4", "cr-b", "5");

		RespondentScores scores = this.scorer.score(assessment, wardSister);

		assertThat(scores.items()).containsEntry("t2-b", 25.0).doesNotContainKeys("t1-c", "r1-b", "e1-c");
		assertThat(scores.subdimensions()).containsEntry("T1", new ScaleScore(87.5, 2, 3))
			.containsEntry("R1", new ScaleScore(75, 1, 2))
			.containsEntry("E1", new ScaleScore(50, 2, 2))
			.containsEntry("CR-commitment", new ScaleScore(87.5, 2, 2))
			.doesNotContainKey("R2");
		assertThat(scores.subdimensions().get("T2")).satisfies((t2) -> {
			assertThat(t2.score()).isCloseTo(16.67, within(0.005));
			assertThat(t2.answered()).isEqualTo(3);
		});
		assertThat(scores.dimensions().get(Dimension.TECHNOLOGY)).isCloseTo(52.08, within(0.005));
		assertThat(scores.dimensions()).containsEntry(Dimension.RELATIONSHIPS, 75.0)
			.containsEntry(Dimension.ENABLING_ENVIRONMENT, 50.0)
			.containsEntry(Dimension.CHANGE_READINESS, 87.5);
		assertThat(scores.overall().getAsDouble()).isCloseTo(59.03, within(0.005));
		assertThat(scores.band(Dimension.TECHNOLOGY)).contains(MaturityBand.BAND_3);
		assertThat(scores.band(Dimension.RELATIONSHIPS)).contains(MaturityBand.BAND_4);
		assertThat(scores.band(Dimension.CHANGE_READINESS)).contains(MaturityBand.BAND_5);
		assertThat(scores.overallBand()).contains(MaturityBand.BAND_3);
	}

	/**
	 * Two items per sub-dimension for T1, R1, E1 and CR-commitment; one each for T2, T3
	 * and R2.
	 */
	private static QuestionnaireDefinition aPartnershipAssessment() {
		return questionnaire(likert("t1-a", "T1"), likert("t1-b", "T1"), likert("t2-a", "T2"), likert("t3-a", "T3"),
				likert("r1-a", "R1"), likert("r1-b", "R1"), likert("r2-a", "R2"), likert("e1-a", "E1"),
				likert("e1-b", "E1"), likert("cr-a", "CR-commitment"), likert("cr-b", "CR-commitment"));
	}

	private static QuestionnaireDefinition questionnaire(Item... items) {
		return new QuestionnaireDefinition("partnership-assessment", "1", "0".repeat(64), "partnership-assessment.yaml",
				"Partnership assessment", Audience.LEADS, 20, "Sample",
				List.of(new Section("all", "All", null, List.of(items))));
	}

	private static Item likert(String id, String subdimension) {
		Dimension dimension = FRAMEWORK.subdimension(subdimension).map(SubDimension::dimension).orElse(null);
		return item(id, new ItemSpec.Likert(LikertScale.AGREEMENT, false, true, true), dimension, subdimension);
	}

	private static Item reverse(Item item) {
		ItemSpec.Likert likert = (ItemSpec.Likert) item.spec();
		return item(item.id(), new ItemSpec.Likert(likert.scale(), true, likert.notApplicable(), likert.dontKnow()),
				item.dimension(), item.subdimension());
	}

	private static Item choice(String id, String... values) {
		List<Option> options = List.of(values).stream().map((value) -> new Option(value, value)).toList();
		return item(id, new ItemSpec.Choice(false, options, null), null, null);
	}

	private static Item shownIf(Item item, ShowIf showIf) {
		return new Item(item.id(), item.text(), item.required(), item.help(), item.source(), item.dimension(),
				item.subdimension(), showIf, item.line(), item.spec());
	}

	private static Item item(String id, ItemSpec spec, Dimension dimension, String subdimension) {
		return new Item(id, "Question " + id, false, null, "001 §4 › Sample", dimension, subdimension, null, 0, spec);
	}

	private static ShowIf equalTo(String item, String value) {
		return new ShowIf(item, List.of(value), null, null);
	}

	private static ShowIf atLeast(String item, int bound) {
		return new ShowIf(item, List.of(), BigDecimal.valueOf(bound), null);
	}

	private static SubDimension subdimension(String id, Dimension dimension) {
		return new SubDimension(id, dimension, "Sub-dimension " + id, "d", "low", "high", List.of("001 §4 › Sample"));
	}

	/** Answers from id, answer pairs, beyond the ten pairs {@link Map#of} takes. */
	private static Map<String, String> answers(String... idsAndAnswers) {
		Map<String, String> answers = new HashMap<>();
		for (int i = 0; i < idsAndAnswers.length; i += 2) {
			answers.put(idsAndAnswers[i], idsAndAnswers[i + 1]);
		}
		return answers;
	}

}
