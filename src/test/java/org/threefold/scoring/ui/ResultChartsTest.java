package org.threefold.scoring.ui;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.threefold.chart.ChartScore;
import org.threefold.chart.DistributionData;
import org.threefold.chart.HeatmapData;
import org.threefold.chart.ProfileChart;
import org.threefold.chart.ProfileData;
import org.threefold.chart.TrendData;
import org.threefold.questionnaire.Dimension;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;

import static org.assertj.core.api.Assertions.assertThat;

/** Results become chart records without a withheld number slipping through. */
class ResultChartsTest {

	private final AssessmentResults results = ResultSamples.northVale2026();

	@Test
	void a_profile_puts_the_partner_beside_the_partnership_with_withheld_values_as_withheld() {
		ProfileData profile = ResultCharts.profile(this.results, Optional.of(ResultSamples.riverside()));

		assertThat(profile.scales()).containsExactly("Overall", "Technology", "Relationships", "Enabling environment",
				"Change readiness");
		assertThat(profile.series()).extracting((series) -> series.name())
			.containsExactly("Riverside Hospitals NHS Trust", "Whole partnership");
		assertThat(profile.series().get(1).reference()).isTrue();
		assertThat(profile.series().get(0).score(2)).isEqualTo(ChartScore.withheld());
		assertThat(profile.series().get(0).score(0)).isEqualTo(ChartScore.shown(57.4, 52.1, 62.7));
		assertThat(ProfileChart.altText(profile)).contains("Relationships: Riverside Hospitals NHS Trust withheld");
	}

	@Test
	void a_heatmap_has_the_sub_dimensions_as_columns_grouped_by_dimension() {
		HeatmapData heatmap = ResultCharts.heatmap(this.results, Grouping.PARTNER);

		assertThat(heatmap.columns()).containsExactly(
				new HeatmapData.Column("T1", "Connected systems and information flows", "Technology"),
				new HeatmapData.Column("R1", "Shared purpose", "Relationships"));
		assertThat(heatmap.rows()).hasSize(2);
		assertThat(heatmap.rows().get(1).scores()).containsOnly(ChartScore.withheld());
		assertThat(heatmap.average(0)).isEqualTo(58.0);
	}

	@Test
	void a_long_sub_dimension_id_gets_a_short_column_code() {
		assertThat(ResultCharts.code(ResultSamples.T1)).isEqualTo("T1");
		Scale commitment = new Scale(Scale.Kind.SUBDIMENSION, "CR-commitment", "Change commitment",
				Dimension.CHANGE_READINESS);

		assertThat(ResultCharts.code(commitment)).isEqualTo("CR-C");
	}

	@Test
	void the_distribution_covers_the_scales_that_have_one() {
		DistributionData distribution = ResultCharts.distribution(this.results).orElseThrow();

		assertThat(distribution.bars()).extracting(DistributionData.Bar::label)
			.containsExactly("Overall", "Technology");
		assertThat(distribution.bars().get(0).total()).isEqualTo(140);
	}

	@Test
	void the_trend_runs_from_the_previous_assessment_to_this_one() {
		TrendData trend = ResultCharts.trend(this.results).orElseThrow();

		assertThat(trend.assessments()).containsExactly("Partnership assessment 2025", "Partnership assessment 2026");
		assertThat(trend.series().get(0).name()).isEqualTo("Overall");
		assertThat(trend.series().get(1).score(0)).isEqualTo(ChartScore.withheld());
	}

}
