package org.threefold.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Named sample data for the chart tests, in the partnership's language. Every picture a
 * test renders is also written to {@code target/chart-samples} so a person can look at
 * it.
 */
final class ChartSamples {

	static final List<String> PROFILE_SCALES = List.of("Overall", "Technology", "Relationships", "Enabling environment",
			"Change readiness");

	private ChartSamples() {
	}

	/**
	 * Riverside Hospitals beside the whole partnership; its relationships score is
	 * withheld.
	 */
	static ProfileData aTrustBesideThePartnership() {
		ChartSeries trust = new ChartSeries("Riverside Hospitals NHS Trust", false,
				List.of(ChartScore.shown(57.4, 52.1, 62.7), ChartScore.shown(64.2, 58.0, 70.4), ChartScore.withheld(),
						ChartScore.shown(41.6, 35.2, 48.0), ChartScore.shown(72.5)));
		ChartSeries partnership = new ChartSeries("Whole partnership", true,
				List.of(ChartScore.shown(55.1, 53.0, 57.2), ChartScore.shown(61.8, 59.5, 64.1),
						ChartScore.shown(48.3, 46.0, 50.6), ChartScore.shown(55.2, 52.9, 57.5),
						ChartScore.shown(96.0, 91.5, 100.0)));
		return new ProfileData("Riverside Hospitals beside the partnership", PROFILE_SCALES,
				List.of(trust, partnership));
	}

	static final List<HeatmapData.Column> SUBDIMENSIONS = List.of(
			new HeatmapData.Column("T1", "Connected systems and information flows", "Technology"),
			new HeatmapData.Column("T2", "Standards, procurement and suppliers", "Technology"),
			new HeatmapData.Column("R1", "Shared purpose", "Relationships"),
			new HeatmapData.Column("R2", "Understanding each other", "Relationships"),
			new HeatmapData.Column("E1", "Information governance", "Enabling environment"),
			new HeatmapData.Column("E2", "Time and resources for joint work", "Enabling environment"));

	/** Three partners by six sub-dimensions; the hospice's shared purpose is withheld. */
	static HeatmapData partnersBySubdimension() {
		ChartSeries partnership = new ChartSeries("Whole partnership", true, scores(50, 45, 60, 55, 40, 52));
		ChartSeries trust = new ChartSeries("Riverside Hospitals NHS Trust", false, scores(70, 30, 62, 50, 40, 51));
		ChartSeries hospice = new ChartSeries("St Clare's Hospice", false,
				List.of(ChartScore.shown(30), ChartScore.shown(47), ChartScore.withheld(), ChartScore.shown(75),
						ChartScore.shown(20), ChartScore.missing()));
		ChartSeries council = new ChartSeries("Northshire County Council (adult social care)", false,
				scores(52, 44, 58, 56, 45, 48));
		return new HeatmapData("Sub-dimension scores by partner", "Partner", SUBDIMENSIONS, partnership,
				List.of(trust, hospice, council));
	}

	static DistributionData respondentsPerBand() {
		return new DistributionData("Respondents per maturity band",
				List.of(new DistributionData.Bar("Overall", List.of(4L, 22L, 61L, 45L, 8L)),
						new DistributionData.Bar("Technology", List.of(2L, 15L, 50L, 60L, 13L)),
						new DistributionData.Bar("Relationships", List.of(10L, 35L, 55L, 30L, 10L)),
						new DistributionData.Bar("Enabling environment", List.of(12L, 40L, 48L, 32L, 8L)),
						new DistributionData.Bar("Change readiness", List.of(0L, 0L, 0L, 0L, 0L))));
	}

	/** Three yearly assessments; relationships was withheld in the first. */
	static TrendData threeYearsOfAssessments() {
		List<String> assessments = List.of("Partnership assessment 2024", "Partnership assessment 2025",
				"Partnership assessment 2026");
		return new TrendData("Whole partnership over time", assessments, List.of(
				new ChartSeries("Overall", true,
						List.of(ChartScore.shown(48.2, 45.0, 51.4), ChartScore.shown(52.9, 50.1, 55.7),
								ChartScore.shown(55.1, 53.0, 57.2))),
				new ChartSeries("Technology", false,
						List.of(ChartScore.shown(55.0), ChartScore.shown(58.4), ChartScore.shown(61.8))),
				new ChartSeries("Relationships", false,
						List.of(ChartScore.withheld(), ChartScore.shown(44.0), ChartScore.shown(48.3))),
				new ChartSeries("Enabling environment", false,
						List.of(ChartScore.shown(41.0), ChartScore.shown(49.5), ChartScore.shown(55.2)))));
	}

	static List<ChartScore> scores(double... values) {
		return java.util.Arrays.stream(values).mapToObj(ChartScore::shown).toList();
	}

	/**
	 * Decodes the PNG, failing the test if it is not one, and keeps a copy to look at.
	 */
	static BufferedImage decode(ChartImage chart, String name) {
		try {
			Path folder = Path.of("target", "chart-samples");
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".png"), chart.png());
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
			if (image == null) {
				throw new AssertionError(name + " is not a readable PNG");
			}
			return image;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
