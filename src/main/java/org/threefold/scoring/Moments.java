package org.threefold.scoring;

/**
 * Count, sum and sum of squares of scores: all that the statistics need, and additive, so
 * the database reduces millions of rows to a few of these and groups roll up by adding.
 */
public record Moments(long n, double sum, double sumOfSquares) {

	public static final Moments EMPTY = new Moments(0, 0, 0);

	public Moments plus(Moments other) {
		return new Moments(this.n + other.n, this.sum + other.sum, this.sumOfSquares + other.sumOfSquares);
	}

	public Moments minus(Moments other) {
		return new Moments(this.n - other.n, this.sum - other.sum, this.sumOfSquares - other.sumOfSquares);
	}

	public double mean() {
		return this.sum / this.n;
	}

	/**
	 * Sample variance (n − 1); zero for a single score. Never negative despite rounding.
	 */
	public double variance() {
		if (this.n < 2) {
			return 0;
		}
		double variance = (this.sumOfSquares - this.sum * this.sum / this.n) / (this.n - 1);
		return Math.max(0, variance);
	}

	public double standardDeviation() {
		return Math.sqrt(variance());
	}

}
