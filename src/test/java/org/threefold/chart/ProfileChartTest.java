package org.threefold.chart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ProfileChartTest {

	@Test
	void a_profile_is_a_png_of_the_size_it_reports() {
		ChartImage chart = ProfileChart.render(ChartSamples.aTrustBesideThePartnership());

		BufferedImage image = ChartSamples.decode(chart, "profile");

		assertThat(image.getWidth()).isEqualTo(chart.width()).isEqualTo(ProfileChart.DEFAULT_WIDTH);
		assertThat(image.getHeight()).isEqualTo(chart.height()).isGreaterThan(300);
	}

	@Test
	void the_partnership_is_drawn_in_nhs_blue_and_the_partner_in_another_colour() {
		BufferedImage image = ChartSamples.decode(ProfileChart.render(ChartSamples.aTrustBesideThePartnership()),
				"profile");

		assertThat(pixelsOf(image, ChartStyle.NHS_BLUE)).isGreaterThan(2000);
		assertThat(pixelsOf(image, ChartStyle.seriesColour(false, 0))).isGreaterThan(2000);
	}

	@Test
	void the_alt_text_gives_every_value_with_its_band_and_interval_and_names_what_is_withheld() {
		String alt = ProfileChart.render(ChartSamples.aTrustBesideThePartnership()).altText();

		assertThat(alt).contains("Overall: Riverside Hospitals NHS Trust 57 (band 3, 95% interval 52 to 63)",
				"Whole partnership 55 (band 3, 95% interval 53 to 57)",
				"Technology: Riverside Hospitals NHS Trust 64 (band 4, 95% interval 58 to 70)",
				"Relationships: Riverside Hospitals NHS Trust withheld and Whole partnership 48 (band 3",
				"Enabling environment: Riverside Hospitals NHS Trust 42 (band 3, 95% interval 35 to 48)",
				"Change readiness: Riverside Hospitals NHS Trust 73 (band 4) and Whole partnership 96 (band 5");
	}

	@Test
	void with_one_group_the_alt_text_reads_scale_by_scale() {
		ProfileData partnershipOnly = new ProfileData("The partnership", List.of("Technology", "Relationships"), List
			.of(new ChartSeries("Whole partnership", true, List.of(ChartScore.shown(62), ChartScore.withheld()))));

		assertThat(ProfileChart.altText(partnershipOnly)).contains("Technology 62 (band 4); Relationships withheld");
	}

	@Test
	void the_band_is_that_of_the_unrounded_score() {
		ProfileData justBelow = new ProfileData("Just below a boundary", List.of("Technology"),
				List.of(new ChartSeries("Whole partnership", true, List.of(ChartScore.shown(59.6)))));

		assertThat(ProfileChart.altText(justBelow)).contains("Technology 60 (band 3)");
	}

	@Test
	void a_group_must_have_a_score_for_every_scale() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProfileData("Broken", List.of("Technology", "Relationships"),
					List.of(new ChartSeries("Whole partnership", true, List.of(ChartScore.shown(50))))))
			.withMessageContaining("1 scores for 2 scales");
	}

	@Test
	void a_score_outside_its_interval_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> ChartScore.shown(70, 40, 60))
			.withMessageContaining("does not contain");
	}

	static long pixelsOf(BufferedImage image, Color colour) {
		long count = 0;
		for (int x = 0; x < image.getWidth(); x++) {
			for (int y = 0; y < image.getHeight(); y++) {
				if ((image.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
					count++;
				}
			}
		}
		return count;
	}

}
