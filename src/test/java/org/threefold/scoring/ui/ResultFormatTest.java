package org.threefold.scoring.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.threefold.questionnaire.Dimension;
import org.threefold.questionnaire.MaturityBand;
import org.threefold.questionnaire.SubDimension;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.ItemResults;
import org.threefold.scoring.Reliability;
import org.threefold.scoring.Scale;
import org.threefold.scoring.Statistic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.threefold.scoring.ui.ResultSamples.OVERALL;
import static org.threefold.scoring.ui.ResultSamples.PROTECTS;
import static org.threefold.scoring.ui.ResultSamples.TECHNOLOGY;
import static org.threefold.scoring.ui.ResultSamples.TOO_FEW;

class ResultFormatTest {

	private final ResultFormat format = new ResultFormat(5);

	private final AssessmentResults results = ResultSamples.northVale2026();

	@Test
	void a_shown_score_reads_with_band_n_and_interval() {
		Cell cell = new Cell.Shown(new Statistic(1400, 62.3, 12, 59.2, 65.4, 0.72));

		assertThat(this.format.summary(cell)).isEqualTo("62 (band 4) \u00b7 n 1,400 \u00b7 95% CI 59\u201365");
	}

	@Test
	void scores_are_whole_numbers_rounded_half_up_like_the_charts() {
		assertThat(this.format.score(62.5)).isEqualTo("63");
		assertThat(this.format.score(62.49)).isEqualTo("62");
		assertThat(this.format.score(0.4)).isEqualTo("0");
	}

	@Test
	void the_band_is_that_of_the_unrounded_score() {
		Statistic justBelow = new Statistic(50, 59.6, 10, 56.8, 62.4, 0.8);

		assertThat(this.format.scoreAndBand(justBelow)).isEqualTo("60 (band 3)");
	}

	@Test
	void every_withheld_cell_says_why_and_an_empty_one_says_so() {
		assertThat(this.format.summary(TOO_FEW)).isEqualTo("Withheld: fewer than 5 responses");
		assertThat(this.format.cellText(PROTECTS)).isEqualTo("Withheld to protect another group");
		assertThat(this.format.summary(new Cell.Empty())).isEqualTo("No responses");
		assertThat(this.format.agreement(TOO_FEW)).isEqualTo("Withheld: fewer than 5 responses");
	}

	@Test
	void agreement_has_two_decimals_and_the_conventional_reading() {
		assertThat(this.format.agreement(ResultSamples.shown(50, 60, 55, 65, 0.7)))
			.isEqualTo("0.70: people largely agree");
		assertThat(this.format.agreement(ResultSamples.shown(50, 60, 55, 65, 0.555))).isEqualTo("0.56: views vary");
		assertThat(this.format.agreement(ResultSamples.shown(50, 60, 55, 65, 0.2)))
			.isEqualTo("0.20: views differ widely");
		assertThat(this.format.agreement(ResultSamples.shown(1, 60, 0, 100, Double.NaN)))
			.isEqualTo("Not available for one response");
	}

	@Test
	void a_single_response_has_no_interval_to_show() {
		assertThat(this.format.interval(new Statistic(1, 75, 0, 0, 100, Double.NaN)))
			.isEqualTo("not available for one response");
	}

	@Test
	void alpha_has_two_decimals_and_reads_0_7_as_acceptable() {
		List<String> alphas = this.results.reliability().stream().map(this.format::alpha).toList();

		assertThat(alphas).containsExactly("0.83: good", "Not calculated: fewer than 5 people answered every question");
		assertThat(this.format.alpha(new Reliability("Pulse", TECHNOLOGY, 3, 40, 0.7))).isEqualTo("0.70: acceptable");
		assertThat(this.format.alpha(new Reliability("Pulse", TECHNOLOGY, 3, 40, 0.65)))
			.startsWith("0.65: questionable");
	}

	@Test
	void the_reading_matches_the_rounded_number_shown() {
		assertThat(this.format.alpha(new Reliability("Pulse", TECHNOLOGY, 2, 49, 0.6965)))
			.isEqualTo("0.70: acceptable");
		assertThat(this.format.agreement(ResultSamples.shown(50, 60, 55, 65, 0.6951)))
			.isEqualTo("0.70: people largely agree");
	}

	@Test
	void the_weakest_dimension_is_named_with_its_score_and_band() {
		assertThat(this.format.weakestDimension(this.results, this.results.ics()))
			.isEqualTo("Relationships is the weakest dimension at 48 (band 3).");
	}

	@Test
	void the_weakest_dimension_is_not_named_when_one_is_withheld() {
		assertThat(this.format.weakestDimension(this.results, ResultSamples.riverside()))
			.isEqualTo("The weakest dimension cannot be named because Relationships has no score that can be shown.");
	}

	@Test
	void the_partner_mix_says_how_many_partners_are_included_and_why_others_are_not() {
		assertThat(this.format.partnerMix(12, 3)).isEqualTo("12 of 15 partners have enough responses to be included. "
				+ "The 3 others are left out, so their scores cannot be worked back from the average.");
		assertThat(this.format.partnerMix(4, 0)).isEqualTo("4 of 4 partners have enough responses to be included.");
		assertThat(this.format.partnersLeftOut(1))
			.isEqualTo("1 partner is left out for having too few responses to show.");
	}

	@Test
	void the_overview_shows_both_weightings_and_the_partner_beside_the_partnership() {
		List<ResultFormat.ScoreRow> rows = this.format.overviewRows(this.results,
				Optional.of(ResultSamples.riverside()));

		assertThat(rows).extracting(ResultFormat.ScoreRow::scale)
			.containsExactly("Overall", "Technology", "Relationships", "Enabling environment", "Change readiness");
		ResultFormat.ScoreRow overall = rows.get(0);
		assertThat(overall.partnership()).isEqualTo("55 (band 3) \u00b7 n 140 \u00b7 95% CI 53\u201357");
		assertThat(overall.partnerWeighted()).isEqualTo("54 (band 3)");
		assertThat(overall.beside()).isEqualTo("57 (band 3) \u00b7 n 40 \u00b7 95% CI 52\u201363");
		assertThat(overall.agreement()).isEqualTo("0.72: people largely agree");
		assertThat(overall.reading()).startsWith("Mixed:");
		assertThat(rows.get(1).partnerWeighted()).as("59.6 is band 3 though it shows as 60").isEqualTo("60 (band 3)");
		assertThat(rows.get(2).beside()).isEqualTo("Withheld to protect another group");
		assertThat(rows.get(2).partnerWeighted()).isEqualTo("Not available: no partner has enough responses");
	}

	@Test
	void a_dimension_band_and_a_sub_dimension_band_read_in_plain_english() {
		SubDimension sharedPurpose = new SubDimension("R1", Dimension.RELATIONSHIPS, "Shared purpose", "",
				"Each partner pursues its own goals.", "Partners agree what they are for together.", List.of());

		assertThat(this.format.dimensionReading(MaturityBand.BAND_5)).startsWith("Very strong");
		assertThat(this.format.subdimensionReading(MaturityBand.BAND_1, sharedPurpose))
			.isEqualTo("At the weak end of the scale: Each partner pursues its own goals.");
		assertThat(this.format.subdimensionReading(MaturityBand.BAND_4, sharedPurpose))
			.isEqualTo("Nearer the strong end of the scale: Partners agree what they are for together.");
		assertThat(this.format.subdimensionReading(MaturityBand.BAND_3, sharedPurpose)).contains("Midway",
				"Each partner pursues its own goals.", "Partners agree what they are for together.");
	}

	@Test
	void a_gap_says_in_words_whether_it_is_a_clear_difference() {
		List<ResultFormat.GapRow> rows = this.results.gaps().stream().map(this.format::gapRow).toList();

		assertThat(rows.get(0).verdict())
			.isEqualTo("Leaders (board, executive and senior) 18 points higher: a clear difference");
		assertThat(rows.get(0).first()).isEqualTo("62 (band 4) \u00b7 n 20 \u00b7 95% CI 57\u201367");
		assertThat(rows.get(1).verdict()).isEqualTo(
				"Leaders (board, executive and senior) 2 points higher: not a clear difference (the intervals overlap)");
		assertThat(rows.get(2).second()).isEqualTo("Withheld: fewer than 5 responses");
		assertThat(rows.get(2).verdict()).startsWith("Cannot be compared");
	}

	@Test
	void a_change_says_how_far_and_whether_it_is_clear() {
		List<ResultFormat.ChangeRow> rows = this.results.changes().stream().map(this.format::changeRow).toList();

		assertThat(rows.get(0).verdict()).isEqualTo("5 points higher: a clear change");
		assertThat(rows.get(0).previous()).isEqualTo("50 (band 3) \u00b7 n 120 \u00b7 95% CI 48\u201353");
		assertThat(rows.get(1).previous()).isEqualTo("Withheld: fewer than 5 responses");
		assertThat(rows.get(1).verdict()).startsWith("Cannot be compared");
	}

	@Test
	void a_distribution_row_gives_counts_with_shares() {
		ResultFormat.DistributionRow row = this.format.distributionRow(OVERALL, new long[] { 4, 22, 61, 45, 8 });

		assertThat(row.bands()).containsExactly("4 (3%)", "22 (16%)", "61 (44%)", "45 (32%)", "8 (6%)");
		assertThat(row.total()).isEqualTo("140");
	}

	@Test
	void a_reliability_row_never_shows_a_count_under_the_threshold() {
		ResultFormat.ReliabilityRow row = this.format.reliabilityRow(this.results.reliability().get(1));

		assertThat(row.respondents()).isEqualTo("Fewer than 5");
		assertThat(row.subdimension()).isEqualTo("R1 Shared purpose");
	}

	@Test
	void a_question_row_flags_reverse_scoring_and_explains_every_withheld_partner() {
		Scale item = new Scale(Scale.Kind.ITEM, "r1-goals", "We agree on what we are trying to achieve together.",
				Dimension.RELATIONSHIPS);
		GroupResult ics = new GroupResult(Grouping.ICS, "ics", "Whole partnership",
				Map.of(item.key(), ResultSamples.shown(130, 47, 44, 50, 0.6)));
		GroupResult hospice = new GroupResult(Grouping.PARTNER, "12", "St Clare's Hospice",
				Map.of(item.key(), TOO_FEW));

		ResultFormat.ItemRow row = this.format
			.itemRow(new ItemResults.ItemRow(item, "Partnership assessment", true, ics, List.of(hospice)));

		assertThat(row.reverse()).startsWith("Reverse-scored");
		assertThat(row.partnership()).isEqualTo("Whole partnership: 47 (band 3) \u00b7 n 130 \u00b7 95% CI 44\u201350");
		assertThat(row.partners()).containsExactly("St Clare's Hospice: Withheld: fewer than 5 responses");
	}

}
