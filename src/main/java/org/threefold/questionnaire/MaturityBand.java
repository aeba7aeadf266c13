package org.threefold.questionnaire;

/**
 * Where a 0–100 score sits on a five-step maturity scale, used to pick the framework's
 * band descriptors (band 1 is a sub-dimension's {@code low}, band 5 its {@code high}) and
 * the action library's actions for each band.
 * <p>
 * The bands are five equal widths of 20 points, as MEASUREMENT.md suggests because they
 * are simple to explain to a board:
 * <ul>
 * <li>band 1: 0 ≤ score &lt; 20</li>
 * <li>band 2: 20 ≤ score &lt; 40</li>
 * <li>band 3: 40 ≤ score &lt; 60</li>
 * <li>band 4: 60 ≤ score &lt; 80</li>
 * <li>band 5: 80 ≤ score ≤ 100</li>
 * </ul>
 * The lower bound is inclusive, so a score exactly on a boundary moves up, and 100 is in
 * band 5 because there is no band above it. With these boundaries a respondent who gives
 * the same answer v (1–5) to every item of a scale lands in band v: answers of 1, 2, 3, 4
 * and 5 score 0, 25, 50, 75 and 100, one in each band.
 * <p>
 * A score must be unrounded when it is banded: a score shown as "60" on screen may be
 * 59.6 and in band 3. The scorer computes means exactly, so that a score that is exactly
 * on a boundary is not pushed below it by floating-point error.
 */
public enum MaturityBand {

	BAND_1(1), BAND_2(2), BAND_3(3), BAND_4(4), BAND_5(5);

	/** The width of each band in points. */
	public static final double WIDTH = 20;

	private final int number;

	MaturityBand(int number) {
		this.number = number;
	}

	/**
	 * The band of a score.
	 * @param score a 0–100 score
	 * @return its band
	 * @throws IllegalArgumentException when the score is not a number or is outside
	 * 0–100, which means a bug upstream rather than a low or high score
	 */
	public static MaturityBand of(double score) {
		if (Double.isNaN(score) || score < 0 || score > 100) {
			throw new IllegalArgumentException("A maturity band needs a score from 0 to 100, not " + score);
		}
		// Compared with the bounds, not divided by the width: a rounded division could
		// move a score just below a boundary up into the next band.
		MaturityBand band = BAND_1;
		for (MaturityBand candidate : values()) {
			if (score >= candidate.lowerBound()) {
				band = candidate;
			}
		}
		return band;
	}

	/**
	 * The band with a number, as the action library writes it.
	 * @param number 1–5
	 * @return the band
	 * @throws IllegalArgumentException when the number is outside 1–5
	 */
	public static MaturityBand ofNumber(int number) {
		if (number < 1 || number > 5) {
			throw new IllegalArgumentException("A maturity band is numbered 1 to 5, not " + number);
		}
		return values()[number - 1];
	}

	/** 1 to 5, as used in the action library's {@code bands}. */
	public int number() {
		return this.number;
	}

	/** The lowest score in the band (inclusive). */
	public double lowerBound() {
		return (this.number - 1) * WIDTH;
	}

	/**
	 * The score where the band ends: exclusive for bands 1–4 (it is the next band's lower
	 * bound), inclusive for band 5 (100).
	 */
	public double upperBound() {
		return this.number * WIDTH;
	}

	/** For people: "Band 3 of 5". */
	public String label() {
		return "Band " + this.number + " of 5";
	}

}
