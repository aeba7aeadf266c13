package org.threefold.chart;

import java.util.List;
import java.util.Objects;

/**
 * A named row of values, e.g. one partner's scores on the overall and each dimension.
 *
 * @param reference true for the whole partnership, which every chart draws in NHS Blue so
 * that readers find the benchmark in the same colour everywhere
 * @param scores one per category of the chart, in the chart's order
 */
public record ChartSeries(String name, boolean reference, List<ChartScore> scores) {

	public ChartSeries {
		Objects.requireNonNull(name, "name");
		scores = List.copyOf(scores);
	}

	public ChartScore score(int index) {
		return this.scores.get(index);
	}

}
