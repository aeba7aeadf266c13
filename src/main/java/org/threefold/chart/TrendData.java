package org.threefold.chart;

import java.util.List;

/**
 * Scores across the assessments of a series, oldest first.
 *
 * @param assessments titles, oldest first
 * @param series one per scale (e.g. overall and each dimension), one score per assessment
 */
public record TrendData(String title, List<String> assessments, List<ChartSeries> series) {

	public TrendData {
		assessments = List.copyOf(assessments);
		series = List.copyOf(series);
		if (assessments.isEmpty() || series.isEmpty()) {
			throw new IllegalArgumentException("A trend needs at least one assessment and one scale");
		}
		for (ChartSeries row : series) {
			if (row.scores().size() != assessments.size()) {
				throw new IllegalArgumentException(row.name() + " has " + row.scores().size() + " scores for "
						+ assessments.size() + " assessments");
			}
		}
	}

}
