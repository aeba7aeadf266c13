package org.threefold.scoring;

/**
 * The 97.5th percentile of Student's t, for 95% confidence intervals of small groups
 * (MEASUREMENT.md: "Student t, not 1.96, for small groups").
 */
public final class StudentT {

	/** Exact values for the smallest groups, where the series below converges poorly. */
	private static final double[] SMALL = { Double.NaN, 12.7062, 4.3027, 3.1824, 2.7764, 2.5706 };

	private static final double Z = 1.959963984540054;

	private StudentT() {
	}

	/**
	 * Uses the Cornish–Fisher expansion of t in powers of 1/df (Abramowitz and Stegun
	 * 26.7.5), accurate to better than 0.001 from 6 degrees of freedom.
	 */
	public static double quantile975(long degreesOfFreedom) {
		if (degreesOfFreedom < 1) {
			throw new IllegalArgumentException("Degrees of freedom must be at least 1");
		}
		if (degreesOfFreedom < SMALL.length) {
			return SMALL[(int) degreesOfFreedom];
		}
		double df = degreesOfFreedom;
		double z3 = Z * Z * Z;
		double z5 = z3 * Z * Z;
		double z7 = z5 * Z * Z;
		double z9 = z7 * Z * Z;
		return Z + (z3 + Z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * Z) / (96 * df * df)
				+ (3 * z7 + 19 * z5 + 17 * z3 - 15 * Z) / (384 * df * df * df)
				+ (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * Z) / (92160 * df * df * df * df);
	}

}
