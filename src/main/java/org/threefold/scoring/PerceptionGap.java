package org.threefold.scoring;

/**
 * Two groups' views of one scale side by side, e.g. leaders and frontline on
 * relationships. {@code clear} is true only when both are shown and their 95% intervals
 * do not overlap.
 */
public record PerceptionGap(String comparison, Scale scale, String firstLabel, Cell first, String secondLabel,
		Cell second, boolean clear) {

	public double difference() {
		if (this.first instanceof Cell.Shown a && this.second instanceof Cell.Shown b) {
			return a.statistic().mean() - b.statistic().mean();
		}
		return Double.NaN;
	}

}
