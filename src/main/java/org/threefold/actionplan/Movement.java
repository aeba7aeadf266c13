package org.threefold.actionplan;

/**
 * Whether an action's sub-dimension moved by the next assessment in the series, across
 * the whole partnership.
 *
 * @param laterAssessment title of the next closed assessment in the series
 * @param before the score in the assessment the action came from, NaN when not shown
 * @param after the score in the later one, NaN when not shown
 * @param clear both shown and their 95% intervals do not overlap
 */
public record Movement(String laterAssessment, double before, double after, boolean clear) {

	public boolean shown() {
		return !Double.isNaN(this.before) && !Double.isNaN(this.after);
	}

	/** In words, e.g. "Up 8 points by Partnership readiness 2027 (a clear change)". */
	public String words() {
		if (!shown()) {
			return "Not comparable in " + this.laterAssessment + " (a score is withheld or missing)";
		}
		long change = Math.round(this.after - this.before);
		String direction = (change == 0) ? "No change"
				: ((change > 0) ? "Up " : "Down ") + Math.abs(change) + " points";
		return direction + " by " + this.laterAssessment + ", " + Math.round(this.before) + " to "
				+ Math.round(this.after) + (this.clear ? " (a clear change)" : " (within the margin of error)");
	}

}
