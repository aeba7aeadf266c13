package org.threefold.chart;

/**
 * One value on a chart: a 0–100 score with its 95% interval, a value withheld to protect
 * respondents, or no value because nobody in the group answered. Withheld carries no
 * number at all, so a chart can only say that it is withheld, never draw it.
 */
public sealed interface ChartScore {

	static ChartScore shown(double value, double low, double high) {
		return new Shown(value, low, high);
	}

	/**
	 * A score without an interval, e.g. a single respondent's or a partner-weighted mean.
	 */
	static ChartScore shown(double value) {
		return new Shown(value, Double.NaN, Double.NaN);
	}

	static ChartScore withheld() {
		return new Withheld();
	}

	static ChartScore missing() {
		return new Missing();
	}

	/**
	 * @param low lower end of the 95% interval, NaN when there is none
	 * @param high upper end of the 95% interval, NaN when there is none
	 */
	record Shown(double value, double low, double high) implements ChartScore {

		public Shown {
			if (Double.isNaN(value) || value < 0 || value > 100) {
				throw new IllegalArgumentException("A chart shows scores from 0 to 100, not " + value);
			}
			if (Double.isNaN(low) != Double.isNaN(high)) {
				throw new IllegalArgumentException("An interval needs both ends or neither");
			}
			if (!Double.isNaN(low) && (low > value || high < value)) {
				throw new IllegalArgumentException(
						"The interval " + low + "–" + high + " does not contain the score " + value);
			}
		}

		public boolean hasInterval() {
			return !Double.isNaN(this.low);
		}

	}

	/**
	 * Suppressed by the scoring layer: too few responses, or it would reveal another
	 * group.
	 */
	record Withheld() implements ChartScore {
	}

	/** Nobody in the group has a score on this scale. */
	record Missing() implements ChartScore {
	}

}
