package org.threefold.chart;

import java.util.List;

/**
 * What a profile chart shows: scores on a few scales (the overall score and each
 * dimension) for one or more groups, e.g. a partner beside the whole partnership.
 *
 * @param scales the categories, top to bottom, e.g. "Overall", "Technology"
 * @param series one per group, each with one score per scale
 */
public record ProfileData(String title, List<String> scales, List<ChartSeries> series) {

	public ProfileData {
		scales = List.copyOf(scales);
		series = List.copyOf(series);
		if (scales.isEmpty() || series.isEmpty()) {
			throw new IllegalArgumentException("A profile needs at least one scale and one group");
		}
		for (ChartSeries row : series) {
			if (row.scores().size() != scales.size()) {
				throw new IllegalArgumentException("Group " + row.name() + " has " + row.scores().size()
						+ " scores for " + scales.size() + " scales");
			}
		}
	}

}
