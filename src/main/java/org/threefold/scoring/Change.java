package org.threefold.scoring;

/**
 * A whole-partnership score now and in the previous assessment of the series. Shown only
 * when both are shown; {@code clear} when their intervals do not overlap.
 */
public record Change(Scale scale, Cell previous, Cell current, boolean clear) {

	public double difference() {
		if (this.previous instanceof Cell.Shown a && this.current instanceof Cell.Shown b) {
			return b.statistic().mean() - a.statistic().mean();
		}
		return Double.NaN;
	}

}
