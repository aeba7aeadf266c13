package org.threefold.power;

/**
 * One cell of a {@link Heatmap}. A withheld cell carries no number at all, not even its
 * n, so that no screen or picture can show one.
 */
public sealed interface HeatCell {

	/**
	 * A value from people, with how many people it rests on.
	 *
	 * @param value the figure shown, on the heatmap's scale
	 * @param n how many respondents (or observations) it rests on
	 * @param compareWith what the colour compares it with on a diverging heatmap (for
	 * example an equal share, or the whole room's share), NaN when there is nothing to
	 * compare with
	 */
	record Shown(double value, long n, double compareWith) implements HeatCell {

		public Shown {
			if (Double.isNaN(value)) {
				throw new IllegalArgumentException("A shown cell needs a value");
			}
			if (n < 1) {
				throw new IllegalArgumentException("A shown cell rests on at least one person, not " + n);
			}
		}

		/** Value minus what it is compared with; NaN without a comparison. */
		public double difference() {
			return this.value - this.compareWith;
		}

	}

	/**
	 * A reference figure that does not come from people, such as an equal share; drawn
	 * without colour.
	 */
	record Reference(double value) implements HeatCell {
	}

	/** Withheld by disclosure control, with the reason in words. */
	record Withheld(String reason) implements HeatCell {
	}

	/** Nobody answered for this cell. */
	record Empty() implements HeatCell {
	}

}
