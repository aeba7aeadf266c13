package org.threefold.actionplan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.threefold.questionnaire.ActionLibrary;
import org.threefold.questionnaire.Dimension;
import org.threefold.questionnaire.RecommendedAction;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;
import org.threefold.scoring.Statistic;
import org.threefold.shared.AssessmentId;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins which sub-dimensions count as weak and which library actions they bring. */
class SuggestionRulesTest {

	static final Scale T1 = new Scale(Scale.Kind.SUBDIMENSION, "T1", "Connected systems", Dimension.TECHNOLOGY);

	static final Scale R5 = new Scale(Scale.Kind.SUBDIMENSION, "R5", "Balance of power", Dimension.RELATIONSHIPS);

	static final Scale R6 = new Scale(Scale.Kind.SUBDIMENSION, "R6", "Fair shares", Dimension.RELATIONSHIPS);

	static final ActionLibrary LIBRARY = new ActionLibrary("lib", "1", "hash",
			List.of(action("T1-low", "T1", 1, 2), action("T1-mid", "T1", 3, 4), action("R5-low", "R5", 1, 2),
					action("R5-mid", "R5", 3, 4), action("R6-low", "R6", 1, 2), action("R6-mid", "R6", 3, 4),
					new RecommendedAction("R5-national", "R5", Set.of(2), "Ask national bodies", "", true, "001 §7")));

	final Map<String, Cell> ics = new LinkedHashMap<>();

	final List<GroupResult> partners = new ArrayList<>();

	@Test
	void every_sub_dimension_in_band_one_or_two_brings_its_actions_for_that_band_with_the_evidence() {
		this.ics.put(R5.key(), shown(100, 30, 0.8));
		this.ics.put(T1.key(), shown(100, 70, 0.8));
		this.ics.put(R6.key(), shown(100, 45, 0.8));
		List<Suggestion> suggestions = SuggestionRules.suggest(results(), LIBRARY);
		assertThat(suggestions).extracting((s) -> s.action().id()).containsExactly("R5-low", "R5-national");
		Suggestion first = suggestions.get(0);
		assertThat(first.trigger()).isEqualTo(Trigger.LOWEST_BAND);
		assertThat(first.band()).isEqualTo(2);
		assertThat(first.n()).isEqualTo(100);
		assertThat(first.score()).isEqualTo(30);
		assertThat(first.evidence()).isEqualTo("Whole partnership 30 (band 2 of 5, n 100)");
		assertThat(suggestions.get(1).action().national()).isTrue();
	}

	@Test
	void with_nothing_below_band_three_the_two_lowest_are_taken() {
		this.ics.put(R5.key(), shown(100, 55, 0.8));
		this.ics.put(T1.key(), shown(100, 70, 0.8));
		this.ics.put(R6.key(), shown(100, 65, 0.8));
		assertThat(SuggestionRules.suggest(results(), LIBRARY)).extracting((s) -> s.action().id())
			.containsExactly("R5-mid", "R6-mid");
	}

	@Test
	void a_wide_gap_between_partners_brings_actions_for_the_lowest_partners_band() {
		this.ics.put(T1.key(), shown(100, 70, 0.8));
		this.ics.put(R5.key(), shown(100, 65, 0.8));
		this.ics.put(R6.key(), shown(100, 62, 0.8));
		partner("Acute", Map.of(T1.key(), shown(40, 80, 0.8)));
		partner("Hospice", Map.of(T1.key(), shown(10, 30, 0.8)));
		partner("Small", Map.of(T1.key(), new Cell.Withheld(Cell.Reason.TOO_FEW, "Fewer than 5 responses")));
		List<Suggestion> suggestions = SuggestionRules.suggest(results(), LIBRARY);
		assertThat(suggestions).filteredOn((s) -> s.trigger() == Trigger.WIDEST_GAP).singleElement().satisfies((s) -> {
			assertThat(s.action().id()).isEqualTo("T1-low");
			assertThat(s.band()).isEqualTo(2);
			assertThat(s.evidence())
				.isEqualTo("Partners range from 30 (Hospice, band 2 of 5, n 10) to 80 (Acute, n 40): 50 points apart");
		});
	}

	@Test
	void a_gap_under_twenty_points_is_not_a_trigger() {
		this.ics.put(T1.key(), shown(100, 70, 0.8));
		partner("Acute", Map.of(T1.key(), shown(40, 80, 0.8)));
		partner("Hospice", Map.of(T1.key(), shown(10, 61, 0.8)));
		assertThat(SuggestionRules.suggest(results(), LIBRARY)).noneMatch((s) -> s.trigger() == Trigger.WIDEST_GAP);
	}

	@Test
	void low_agreement_makes_a_sub_dimension_disputed_and_an_action_is_suggested_once_only() {
		this.ics.put(R5.key(), shown(100, 35, 0.3));
		this.ics.put(T1.key(), shown(100, 75, 0.2));
		this.ics.put(R6.key(), shown(100, 70, 0.9));
		List<Suggestion> suggestions = SuggestionRules.suggest(results(), LIBRARY);
		assertThat(suggestions).extracting((s) -> s.action().id() + ":" + s.trigger())
			.containsExactly("R5-low:LOWEST_BAND", "R5-national:LOWEST_BAND", "T1-mid:MOST_DISPUTED");
		assertThat(suggestions.get(2).evidence()).startsWith("Answers disagree: agreement 0.20");
	}

	@Test
	void withheld_scores_never_trigger_a_suggestion() {
		this.ics.put(R5.key(), new Cell.Withheld(Cell.Reason.TOO_FEW, "Fewer than 5 responses"));
		this.ics.put(T1.key(), shown(100, 75, 0.8));
		assertThat(SuggestionRules.suggest(results(), LIBRARY)).extracting((s) -> s.subdimension()).containsOnly("T1");
	}

	private AssessmentResults results() {
		GroupResult whole = new GroupResult(Grouping.ICS, "ICS", "Whole partnership", this.ics);
		return new AssessmentResults(new AssessmentId(1), "Round one", 5, 100, List.of(T1, R5, R6), whole, Map.of(),
				Map.of(), Map.of(Grouping.PARTNER, this.partners), List.of(), Optional.empty(), List.of(), List.of(),
				Map.of());
	}

	private void partner(String name, Map<String, Cell> cells) {
		this.partners.add(new GroupResult(Grouping.PARTNER, name, name, cells));
	}

	private static Cell shown(long n, double mean, double agreement) {
		return new Cell.Shown(new Statistic(n, mean, 10, Math.max(0, mean - 5), Math.min(100, mean + 5), agreement));
	}

	private static RecommendedAction action(String id, String subdimension, Integer... bands) {
		return new RecommendedAction(id, subdimension, Set.of(bands), "Do " + id, "Describe " + id, false, "001 §3");
	}

}
