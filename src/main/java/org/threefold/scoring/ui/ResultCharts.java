package org.threefold.scoring.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.threefold.chart.ChartScore;
import org.threefold.chart.ChartSeries;
import org.threefold.chart.DistributionData;
import org.threefold.chart.HeatmapData;
import org.threefold.chart.ProfileData;
import org.threefold.chart.TrendData;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.Change;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;
import org.threefold.scoring.SeriesPoint;

/**
 * Turns suppressed results into the chart module's neutral records. A withheld cell
 * becomes {@link ChartScore#withheld()}, which has no number, so no picture can show more
 * than the scoring layer allowed.
 */
public final class ResultCharts {

	private ResultCharts() {
	}

	/**
	 * The partnership's overall and dimension scores, with one group beside it if given.
	 */
	public static ProfileData profile(AssessmentResults results, Optional<GroupResult> beside) {
		List<Scale> scales = ResultFormat.headlineScales(results);
		List<ChartSeries> series = new ArrayList<>();
		beside.ifPresent((group) -> series.add(series(group, scales, false)));
		series.add(series(results.ics(), scales, true));
		String title = beside.map((group) -> group.label() + " beside the partnership")
			.orElse("The partnership's scores");
		return new ProfileData(title, scales.stream().map(Scale::label).toList(), series);
	}

	/** Groups of one grouping by sub-dimension, against the whole partnership. */
	public static HeatmapData heatmap(AssessmentResults results, Grouping grouping) {
		List<Scale> scales = results.scales(Scale.Kind.SUBDIMENSION);
		List<HeatmapData.Column> columns = scales.stream()
			.map((scale) -> new HeatmapData.Column(code(scale), scale.label(),
					(scale.dimension() != null) ? scale.dimension().label() : ""))
			.toList();
		List<ChartSeries> rows = results.groups(grouping)
			.stream()
			.map((group) -> series(group, scales, false))
			.toList();
		return new HeatmapData("Sub-dimension scores by " + grouping.label().toLowerCase(Locale.UK), grouping.label(),
				columns, series(results.ics(), scales, true), rows);
	}

	/**
	 * Respondents per band for the overall score and each dimension that has a
	 * distribution.
	 */
	public static Optional<DistributionData> distribution(AssessmentResults results) {
		List<DistributionData.Bar> bars = new ArrayList<>();
		for (Scale scale : ResultFormat.headlineScales(results)) {
			long[] counts = results.distributions().get(scale.key());
			if (counts != null) {
				bars.add(new DistributionData.Bar(scale.label(), Arrays.stream(counts).boxed().toList()));
			}
		}
		return bars.isEmpty() ? Optional.empty()
				: Optional.of(new DistributionData("Respondents per maturity band", bars));
	}

	/** The previous and this assessment, for the overall score and each dimension. */
	public static Optional<TrendData> trend(AssessmentResults results) {
		if (results.previousTitle().isEmpty() || results.changes().isEmpty()) {
			return Optional.empty();
		}
		List<Scale> headline = ResultFormat.headlineScales(results);
		if (results.series().size() > 2) {
			// The whole series, oldest first, each point suppressed with its own
			// threshold.
			List<ChartSeries> series = headline.stream()
				.map((scale) -> new ChartSeries(scale.label(), scale.kind() == Scale.Kind.OVERALL,
						results.series().stream().map((point) -> score(point.cell(scale))).toList()))
				.toList();
			return Optional.of(new TrendData("Scores across the series",
					results.series().stream().map(SeriesPoint::title).toList(), series));
		}
		List<String> keys = headline.stream().map(Scale::key).toList();
		List<ChartSeries> series = results.changes()
			.stream()
			.filter((change) -> keys.contains(change.scale().key()))
			.map(ResultCharts::trendSeries)
			.toList();
		return Optional.of(new TrendData("Change since the previous assessment",
				List.of(results.previousTitle().get(), results.title()), series));
	}

	/**
	 * A column heading short enough for a heatmap cell: the framework's id when it is
	 * short ("T1", "R11"), otherwise its first part and the initials of the rest
	 * ("CR-commitment" becomes "CR-C").
	 */
	public static String code(Scale scale) {
		String id = scale.id();
		if (id.length() <= 4) {
			return id;
		}
		String[] parts = id.split("-");
		StringBuilder code = new StringBuilder(parts[0].substring(0, Math.min(3, parts[0].length())));
		for (int i = 1; i < parts.length; i++) {
			if (!parts[i].isEmpty()) {
				code.append((i == 1) ? "-" : "").append(Character.toUpperCase(parts[i].charAt(0)));
			}
		}
		return code.toString();
	}

	public static ChartScore score(Cell cell) {
		return switch (cell) {
			case Cell.Shown shown -> ChartScore.shown(clamp(shown.statistic().mean()),
					Math.min(clamp(shown.statistic().ciLow()), clamp(shown.statistic().mean())),
					Math.max(clamp(shown.statistic().ciHigh()), clamp(shown.statistic().mean())));
			case Cell.Withheld withheld -> ChartScore.withheld();
			case Cell.Empty empty -> ChartScore.missing();
		};
	}

	private static ChartSeries trendSeries(Change change) {
		return new ChartSeries(change.scale().label(), change.scale().kind() == Scale.Kind.OVERALL,
				List.of(score(change.previous()), score(change.current())));
	}

	private static ChartSeries series(GroupResult group, List<Scale> scales, boolean reference) {
		return new ChartSeries(group.label(), reference,
				scales.stream().map((scale) -> score(group.cell(scale))).toList());
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(100, value));
	}

}
