package org.threefold.power;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import org.threefold.chart.ChartImage;
import org.threefold.chart.ChartStyle;
import org.threefold.chart.DivergingScale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generic heatmap picture: what each kind of cell looks like, the greyscale order of
 * the score colours and the text alternative. Pictures are written to
 * target/chart-samples/ for a person to look at.
 */
class HeatmapPictureTest {

	static final Heatmap HEATMAP = new Heatmap("Influence over shared decisions", "Rated by (partner)", "Partner rated",
			List.of("Acute", "Council"), List.of("1", "2", "3"), List.of("Acute", "Council", "Equal share"),
			List.of(List.of(new HeatCell.Shown(90, 12, Double.NaN), new HeatCell.Withheld("Fewer than 5 responses"),
					new HeatCell.Reference(33.3)),
					List.of(new HeatCell.Shown(10, 7, Double.NaN), new HeatCell.Empty(), new HeatCell.Reference(33.3))),
			Heatmap.Scale.SCORE, "", "Each cell is an average rating.");

	@Test
	void each_cell_carries_its_value_and_n_in_the_text_alternative() {
		String alt = HeatmapPicture.altText(HEATMAP);
		assertThat(alt).contains("Acute: Acute 90 (n 12), Council withheld, Equal share 33",
				"Council: Acute 10 (n 7), Council no answers");
	}

	@Test
	void score_colours_follow_the_bands_and_get_darker_in_greyscale() {
		assertThat(HeatmapPicture.scoreClass(19.99)).isZero();
		assertThat(HeatmapPicture.scoreClass(20)).isEqualTo(1);
		assertThat(HeatmapPicture.scoreClass(100)).isEqualTo(4);
		for (int i = 1; i < HeatmapPicture.SCORE_CLASSES.size(); i++) {
			assertThat(ChartStyle.luminance(HeatmapPicture.SCORE_CLASSES.get(i)))
				.isLessThan(ChartStyle.luminance(HeatmapPicture.SCORE_CLASSES.get(i - 1)));
		}
	}

	@Test
	void a_difference_heatmap_colours_by_distance_from_what_each_cell_is_compared_with() {
		Heatmap shares = new Heatmap("Shares", "Partner", "Share", List.of("A"), List.of("Cost"), List.of("Cost"),
				List.of(List.of(new HeatCell.Shown(26.7, 9, 6.7))), Heatmap.Scale.DIFFERENCE, "%", "Shares.");
		assertThat(HeatmapPicture.fill(shares, (HeatCell.Shown) shares.cell(0, 0)))
			.isEqualTo(DivergingScale.colour(20));
		assertThat(HeatmapPicture.describe(shares.cell(0, 0), "%")).isEqualTo("26.7% (n 9)");
	}

	@Test
	void the_picture_draws_shown_cells_in_their_band_colour_and_withheld_cells_grey() throws Exception {
		ChartImage chart = HeatmapPicture.render(HEATMAP);
		Files.createDirectories(Path.of("target", "chart-samples"));
		Files.write(Path.of("target", "chart-samples", "power-heatmap.png"), chart.png());
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
		assertThat(image.getWidth()).isEqualTo(chart.width());
		Rectangle high = HeatmapPicture.cellBounds(HEATMAP, 0, 0);
		assertThat(new Color(image.getRGB(high.x + 4, high.y + 4))).isEqualTo(HeatmapPicture.SCORE_CLASSES.get(4));
		Rectangle withheld = HeatmapPicture.cellBounds(HEATMAP, 0, 1);
		assertThat(new Color(image.getRGB(withheld.x + withheld.width / 2, withheld.y + 8))).isIn(ChartStyle.WITHHELD,
				ChartStyle.WITHHELD_HATCH);
		Rectangle reference = HeatmapPicture.cellBounds(HEATMAP, 0, 2);
		assertThat(new Color(image.getRGB(reference.x + 4, reference.y + 4))).isEqualTo(Color.WHITE);
	}

}
