package org.threefold.chart;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrendChartTest {

	@Test
	void a_trend_is_a_png_of_the_size_it_reports() {
		ChartImage chart = TrendChart.render(ChartSamples.threeYearsOfAssessments());

		BufferedImage image = ChartSamples.decode(chart, "trend");

		assertThat(image.getWidth()).isEqualTo(chart.width()).isEqualTo(TrendChart.DEFAULT_WIDTH);
		assertThat(image.getHeight()).isEqualTo(chart.height());
		assertThat(ProfileChartTest.pixelsOf(image, ChartStyle.NHS_BLUE)).as("the overall line").isGreaterThan(200);
	}

	@Test
	void the_alt_text_names_each_assessment_with_every_value_and_the_withheld_one() {
		String alt = TrendChart.render(ChartSamples.threeYearsOfAssessments()).altText();

		assertThat(alt).contains("across 3 assessments, oldest first",
				"Overall: Partnership assessment 2024 48 (band 3, 95% interval 45 to 51), "
						+ "Partnership assessment 2025 53 (band 3, 95% interval 50 to 56), "
						+ "Partnership assessment 2026 55 (band 3, 95% interval 53 to 57)",
				"Technology: Partnership assessment 2024 55 (band 3), Partnership assessment 2025 58 (band 3), "
						+ "Partnership assessment 2026 62 (band 4)",
				"Relationships: Partnership assessment 2024 withheld, Partnership assessment 2025 44 (band 3)",
				"Enabling environment: Partnership assessment 2024 41 (band 3), Partnership assessment 2025 50 (band 3)");
	}

}
