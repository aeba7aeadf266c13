package org.threefold.scoring;

import java.util.List;

/**
 * Cronbach's alpha: α = k / (k − 1) × (1 − Σ var(item) / var(total)), over respondents
 * who answered all k items (MEASUREMENT.md). Needs only sums and sums of squares, which
 * the database provides.
 */
public final class CronbachAlpha {

	private CronbachAlpha() {
	}

	/** NaN when undefined: fewer than two items, or no spread in the totals. */
	public static double of(List<Moments> items, Moments totals) {
		int k = items.size();
		double totalVariance = totals.variance();
		if (k < 2 || totalVariance == 0) {
			return Double.NaN;
		}
		double itemVariances = items.stream().mapToDouble(Moments::variance).sum();
		return k / (k - 1.0) * (1 - itemVariances / totalVariance);
	}

}
