package org.threefold.chart;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HeatmapChartTest {

	private final HeatmapData data = ChartSamples.partnersBySubdimension();

	private final BufferedImage image = ChartSamples.decode(HeatmapChart.render(this.data), "heatmap");

	private static final int TRUST = 0;

	private static final int HOSPICE = 1;

	@Test
	void a_heatmap_is_a_png_wide_enough_for_its_columns() {
		ChartImage chart = HeatmapChart.render(this.data);

		assertThat(this.image.getWidth()).isEqualTo(chart.width());
		assertThat(this.image.getHeight()).isEqualTo(chart.height());
		Rectangle lastCell = HeatmapChart.cellBounds(this.data, 2, 5);
		assertThat(lastCell.getMaxX()).isLessThanOrEqualTo(this.image.getWidth());
		assertThat(lastCell.getMaxY()).isLessThan(this.image.getHeight());
	}

	@Test
	void a_withheld_cell_is_painted_neutral_grey_not_a_colour_of_the_scale() {
		Color centre = centreOf(HOSPICE, 2);

		assertThat(spread(centre)).as("grey has equal red, green and blue").isLessThanOrEqualTo(4);
		assertThat(ChartStyle.luminance(centre)).as("darker than the average's near-white")
			.isBetween(0.15, 0.6)
			.isLessThan(ChartStyle.luminance(DivergingScale.colour(0)) - 0.3);
	}

	@Test
	void a_cell_above_the_average_is_purple_and_one_below_is_orange() {
		Color above = cornerOf(TRUST, 0);
		Color below = cornerOf(HOSPICE, 0);

		assertThat(above).isEqualTo(DivergingScale.colour(20));
		assertThat(above.getBlue()).isGreaterThan(above.getRed());
		assertThat(below).isEqualTo(DivergingScale.colour(-20));
		assertThat(below.getRed()).isGreaterThan(below.getBlue());
	}

	@Test
	void a_cell_at_the_average_is_near_white() {
		assertThat(cornerOf(TRUST, 4)).isEqualTo(DivergingScale.colour(0)).isEqualTo(new Color(0xF7F7F7));
	}

	@Test
	void in_greyscale_the_further_from_the_average_the_darker_on_both_sides() {
		double previousAbove = ChartStyle.luminance(DivergingScale.colour(0));
		double previousBelow = previousAbove;
		for (int points = 1; points <= 30; points++) {
			double above = ChartStyle.luminance(DivergingScale.colour(points));
			double below = ChartStyle.luminance(DivergingScale.colour(-points));
			assertThat(above).as("+%d", points).isLessThanOrEqualTo(previousAbove);
			assertThat(below).as("-%d", points).isLessThanOrEqualTo(previousBelow);
			previousAbove = above;
			previousBelow = below;
		}
		double middle = ChartStyle.luminance(DivergingScale.colour(0));
		assertThat(ChartStyle.luminance(DivergingScale.colour(20))).isLessThan(middle - 0.5);
		assertThat(ChartStyle.luminance(DivergingScale.colour(-20))).isLessThan(middle - 0.5);
		assertThat(ChartStyle.luminance(DivergingScale.colour(10))).isLessThan(middle - 0.2)
			.isGreaterThan(ChartStyle.luminance(DivergingScale.colour(20)));
		assertThat(ChartStyle.luminance(DivergingScale.colour(-10))).isLessThan(middle - 0.2)
			.isGreaterThan(ChartStyle.luminance(DivergingScale.colour(-20)));
	}

	@Test
	void the_same_distance_either_side_gets_the_same_class() {
		assertThat(DivergingScale.classOf(2.5)).isEqualTo(-DivergingScale.classOf(-2.5)).isEqualTo(1);
		assertThat(DivergingScale.classOf(2.4)).isZero();
		assertThat(DivergingScale.classOf(-40)).isEqualTo(-4);
		assertThat(DivergingScale.classOf(Double.NaN)).isZero();
	}

	@Test
	void every_cell_colour_has_a_text_colour_with_at_least_4_5_to_1_contrast() {
		for (int points = -25; points <= 25; points++) {
			Color fill = DivergingScale.colour(points);
			assertThat(contrast(ChartStyle.textOn(fill), fill)).as("%d points", points).isGreaterThanOrEqualTo(4.5);
		}
		assertThat(contrast(ChartStyle.TEXT, ChartStyle.WITHHELD)).isGreaterThanOrEqualTo(4.5);
	}

	@Test
	void the_alt_text_gives_every_score_its_distance_and_says_what_is_withheld() {
		String alt = HeatmapChart.render(this.data).altText();

		assertThat(alt).contains("Whole partnership (the average): T1 Connected systems and information flows 50",
				"Riverside Hospitals NHS Trust: T1 Connected systems and information flows 70 (20 above average)",
				"T2 Standards, procurement and suppliers 30 (15 below average)",
				"St Clare's Hospice: T1 Connected systems and information flows 30 (20 below average)",
				"R1 Shared purpose withheld", "E2 Time and resources for joint work no responses",
				"E1 Information governance 40 (at average)", "Withheld means too few responses");
		for (ChartSeries row : this.data.rows()) {
			for (ChartScore score : row.scores()) {
				if (score instanceof ChartScore.Shown shown) {
					assertThat(alt).contains(" " + Math.round(shown.value()));
				}
			}
		}
	}

	private Color centreOf(int row, int column) {
		Rectangle cell = HeatmapChart.cellBounds(this.data, row, column);
		return new Color(this.image.getRGB((int) cell.getCenterX(), (int) cell.getCenterY()));
	}

	/** Just inside the top-left corner, clear of the text in the middle. */
	private Color cornerOf(int row, int column) {
		Rectangle cell = HeatmapChart.cellBounds(this.data, row, column);
		return new Color(this.image.getRGB(cell.x + 3, cell.y + 3));
	}

	private static int spread(Color colour) {
		int max = Math.max(colour.getRed(), Math.max(colour.getGreen(), colour.getBlue()));
		int min = Math.min(colour.getRed(), Math.min(colour.getGreen(), colour.getBlue()));
		return max - min;
	}

	private static double contrast(Color a, Color b) {
		double la = ChartStyle.luminance(a);
		double lb = ChartStyle.luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

}
