package org.threefold.scoring;

import org.threefold.questionnaire.MaturityBand;

/**
 * A group's score on a 0–100 scale with what a reader needs to trust it.
 *
 * @param ciLow lower end of the 95% confidence interval (mean − t × sd / √n), clipped to
 * 0
 * @param ciHigh upper end, clipped to 100
 * @param agreement within-group agreement r<sub>wg</sub>: 1 when everyone gave the same
 * score, 0 when answers are as spread as random ones (MEASUREMENT.md); ≥ 0.7 reads as
 * agreement
 */
public record Statistic(long n, double mean, double sd, double ciLow, double ciHigh, double agreement) {

	/**
	 * Variance of scores spread evenly over the five answer points of a 0–100 scale (0,
	 * 25, 50, 75, 100): σ²<sub>EU</sub> = (A² − 1) / 12 × 25² = 1250 for A = 5.
	 */
	public static final double UNIFORM_VARIANCE = (5 * 5 - 1) / 12.0 * 25 * 25;

	/** The view of the scores behind {@code moments}; n must be at least 1. */
	public static Statistic of(Moments moments) {
		if (moments.n() < 1) {
			throw new IllegalArgumentException("No scores to describe");
		}
		double mean = moments.mean();
		double sd = moments.standardDeviation();
		double halfWidth = (moments.n() < 2) ? Double.NaN
				: StudentT.quantile975(moments.n() - 1) * sd / Math.sqrt(moments.n());
		double low = Double.isNaN(halfWidth) ? 0 : Math.max(0, mean - halfWidth);
		double high = Double.isNaN(halfWidth) ? 100 : Math.min(100, mean + halfWidth);
		double agreement = (moments.n() < 2) ? Double.NaN : Math.max(0, 1 - moments.variance() / UNIFORM_VARIANCE);
		return new Statistic(moments.n(), mean, sd, low, high, agreement);
	}

	public MaturityBand band() {
		return MaturityBand.of(Math.max(0, Math.min(100, this.mean)));
	}

	/**
	 * Intervals that do not overlap are what we call a clear difference (MEASUREMENT.md).
	 */
	public boolean clearlyDifferentFrom(Statistic other) {
		return this.ciHigh < other.ciLow || other.ciHigh < this.ciLow;
	}

}
