package org.threefold.chart;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DistributionChartTest {

	@Test
	void a_distribution_is_a_png_of_the_size_it_reports() {
		ChartImage chart = DistributionChart.render(ChartSamples.respondentsPerBand());

		BufferedImage image = ChartSamples.decode(chart, "distribution");

		assertThat(image.getWidth()).isEqualTo(chart.width());
		assertThat(image.getHeight()).isEqualTo(chart.height());
	}

	@Test
	void every_band_is_drawn_in_its_own_blue() {
		BufferedImage image = ChartSamples.decode(DistributionChart.render(ChartSamples.respondentsPerBand()),
				"distribution");

		for (int band = 0; band < 5; band++) {
			assertThat(ProfileChartTest.pixelsOf(image, DistributionChart.BANDS.get(band))).as("band %d", band + 1)
				.isGreaterThan(300);
		}
	}

	@Test
	void the_bands_get_darker_from_band_1_to_band_5() {
		for (int band = 1; band < 5; band++) {
			assertThat(ChartStyle.luminance(DistributionChart.BANDS.get(band)))
				.isLessThan(ChartStyle.luminance(DistributionChart.BANDS.get(band - 1)));
		}
	}

	@Test
	void the_alt_text_gives_every_count_with_its_share() {
		String alt = DistributionChart.render(ChartSamples.respondentsPerBand()).altText();

		assertThat(alt).contains(
				"Overall (140 respondents): band 1 4 (3%), band 2 22 (16%), band 3 61 (44%), band 4 45 (32%), "
						+ "band 5 8 (6%)",
				"Technology (140 respondents): band 1 2 (1%)", "Change readiness: no respondents");
	}

	@Test
	void large_counts_use_uk_thousands_separators() {
		DistributionData big = new DistributionData("Big",
				List.of(new DistributionData.Bar("Overall", List.of(1200L, 0L, 0L, 0L, 0L))));

		assertThat(DistributionChart.altText(big)).contains("Overall (1,200 respondents): band 1 1,200 (100%)");
	}

	@Test
	void a_distribution_has_exactly_five_bands() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DistributionData.Bar("Overall", List.of(1L, 2L, 3L)));
	}

}
