package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.threefold.chart.ChartScore;
import org.threefold.chart.ChartSeries;
import org.threefold.chart.HeatmapData;
import org.threefold.chart.ProfileData;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;

/**
 * Suppressed results in words and chart records, for every export. A withheld cell
 * becomes its explanation or {@link ChartScore#withheld()}; it has no number to show.
 */
public final class ResultWords {

	private ResultWords() {
	}

	/** The overall score and each dimension. */
	public static List<Scale> headline(AssessmentResults results) {
		List<Scale> scales = new ArrayList<>(results.scales(Scale.Kind.OVERALL));
		scales.addAll(results.scales(Scale.Kind.DIMENSION));
		return scales;
	}

	/** "62", "withheld: fewer than 5 responses" or "no responses". */
	public static String score(Cell cell) {
		return switch (cell) {
			case Cell.Shown shown -> whole(shown.statistic().mean());
			case Cell.Withheld withheld -> "withheld: " + lowerFirst(withheld.explanation());
			case Cell.Empty empty -> "no responses";
		};
	}

	/** Why a cell has no number, never blank. */
	public static String explanation(Cell cell) {
		return switch (cell) {
			case Cell.Shown shown -> "";
			case Cell.Withheld withheld -> "Withheld: " + lowerFirst(withheld.explanation());
			case Cell.Empty empty -> "No responses in this group";
		};
	}

	/** "62 (band 4 of 5, 95% interval 59 to 65, 903 people)". */
	public static String described(Cell cell) {
		if (cell instanceof Cell.Shown shown) {
			var s = shown.statistic();
			return whole(s.mean()) + " out of 100 (" + s.band().label().toLowerCase(Locale.UK) + ", 95% interval "
					+ whole(s.ciLow()) + " to " + whole(s.ciHigh()) + ", " + count(s.n()) + " people)";
		}
		return score(cell);
	}

	public static String whole(double value) {
		return Long.toString(Math.round(value));
	}

	public static String count(long value) {
		return java.text.NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	public static ChartScore chartScore(Cell cell) {
		return switch (cell) {
			case Cell.Shown shown -> ChartScore.shown(clamp(shown.statistic().mean()),
					Math.min(clamp(shown.statistic().ciLow()), clamp(shown.statistic().mean())),
					Math.max(clamp(shown.statistic().ciHigh()), clamp(shown.statistic().mean())));
			case Cell.Withheld withheld -> ChartScore.withheld();
			case Cell.Empty empty -> ChartScore.missing();
		};
	}

	public static ProfileData profile(AssessmentResults results) {
		List<Scale> scales = headline(results);
		return new ProfileData("The partnership's scores", scales.stream().map(Scale::label).toList(),
				List.of(series(results.ics(), scales, true)));
	}

	public static HeatmapData heatmap(AssessmentResults results, Grouping grouping) {
		List<Scale> scales = results.scales(Scale.Kind.SUBDIMENSION);
		List<HeatmapData.Column> columns = scales.stream()
			.map((scale) -> new HeatmapData.Column(code(scale), scale.label(),
					(scale.dimension() != null) ? scale.dimension().label() : ""))
			.toList();
		return new HeatmapData("Sub-dimension scores by " + grouping.label().toLowerCase(Locale.UK), grouping.label(),
				columns, series(results.ics(), scales, true),
				results.groups(grouping).stream().map((group) -> series(group, scales, false)).toList());
	}

	/** Withheld cells among these groups' cells on these scales. */
	public static int withheld(List<GroupResult> groups, List<Scale> scales) {
		int count = 0;
		for (GroupResult group : groups) {
			for (Scale scale : scales) {
				if (group.cell(scale) instanceof Cell.Withheld) {
					count++;
				}
			}
		}
		return count;
	}

	/** A short column heading: "T1", or "CR-C" for "CR-commitment". */
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

	private static ChartSeries series(GroupResult group, List<Scale> scales, boolean reference) {
		return new ChartSeries(group.label(), reference,
				scales.stream().map((scale) -> chartScore(group.cell(scale))).toList());
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(100, value));
	}

	private static String lowerFirst(String text) {
		return (text == null || text.isEmpty()) ? "to protect respondents"
				: Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

}
