package org.threefold.questionnaire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Five equal bands with inclusive lower bounds and 100 in band 5 (docs/scoring.md,
 * "Maturity bands").
 */
class MaturityBandTest {

	@ParameterizedTest(name = "{0} is in band {1}")
	@CsvSource({ "0, 1", "19.999, 1", "20, 2", "39.999, 2", "40, 3", "59.9, 3", "60, 4", "79.999, 4", "80, 5",
			"100, 5" })
	void a_score_on_a_boundary_belongs_to_the_band_above(double score, int band) {
		assertThat(MaturityBand.of(score).number()).isEqualTo(band);
	}

	@Test
	void a_score_a_hair_below_a_boundary_stays_in_the_band_below() {
		assertThat(MaturityBand.of(Math.nextDown(60.0))).isEqualTo(MaturityBand.BAND_3);
		assertThat(MaturityBand.of(Math.nextDown(20.0))).isEqualTo(MaturityBand.BAND_1);
	}

	@ParameterizedTest(name = "answering {0} everywhere gives band {0}")
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void a_respondent_giving_the_same_answer_to_every_item_lands_in_that_band(int answer) {
		double itemScore = (answer - 1) / 4.0 * 100;
		assertThat(MaturityBand.of(itemScore).number()).isEqualTo(answer);
	}

	@ParameterizedTest
	@ValueSource(doubles = { -0.001, 100.001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY })
	void a_score_that_is_not_a_number_or_outside_0_to_100_is_refused(double score) {
		assertThatIllegalArgumentException().isThrownBy(() -> MaturityBand.of(score))
			.withMessageContaining("from 0 to 100");
	}

	@Test
	void each_band_reads_as_band_n_of_5_with_its_bounds() {
		assertThat(MaturityBand.BAND_3.label()).isEqualTo("Band 3 of 5");
		assertThat(MaturityBand.BAND_3.lowerBound()).isEqualTo(40.0);
		assertThat(MaturityBand.BAND_3.upperBound()).isEqualTo(60.0);
		assertThat(MaturityBand.BAND_5.upperBound()).isEqualTo(100.0);
	}

	@Test
	void the_action_library_band_numbers_map_to_bands_and_back() {
		for (MaturityBand band : MaturityBand.values()) {
			assertThat(MaturityBand.ofNumber(band.number())).isEqualTo(band);
		}
		assertThatIllegalArgumentException().isThrownBy(() -> MaturityBand.ofNumber(0));
		assertThatIllegalArgumentException().isThrownBy(() -> MaturityBand.ofNumber(6));
	}

}
