package org.threefold.chart;

import java.awt.Color;
import java.util.List;

/**
 * Colours for a difference from an average: ColorBrewer's PuOr scale with 9 classes
 * (Cynthia Brewer, colorbrewer2.org), one class per 5 points. Orange is below the
 * average, purple above, near-white at it.
 * <p>
 * Why this scale: it is one of ColorBrewer's diverging schemes marked safe for
 * colour-blind readers, it avoids red and green (which read as a verdict, and which the
 * commonest colour deficiencies confuse), and its lightness falls steadily from the
 * middle to both ends, so a greyscale print still shows how far a cell is from the
 * average. The sign is written in each cell, so colour never carries it alone.
 * <p>
 * Classes rather than a smooth blend, as ColorBrewer intends: a reader can match a cell
 * to the legend, and every class has a text colour with at least 4.5:1 contrast. For that
 * the second-darkest purple is a little darker than Brewer's #8073AC, which has 4.5:1
 * with neither white nor dark text.
 */
public final class DivergingScale {

	/** Points per class. */
	public static final double STEP = 5;

	/**
	 * Classes each side of the middle; a difference of 20 points or more is the darkest.
	 */
	public static final int CLASSES_EACH_SIDE = 4;

	/**
	 * From the orange end (far below) through the middle to the purple end (far above).
	 */
	private static final List<Color> CLASSES = List.of(new Color(0xB35806), new Color(0xE08214), new Color(0xFDB863),
			new Color(0xFEE0B6), new Color(0xF7F7F7), new Color(0xD8DAEB), new Color(0xB2ABD2), new Color(0x7A6AA8),
			new Color(0x542788));

	private DivergingScale() {
	}

	/**
	 * The class of a difference in points: 0 within 2.5 points of the average, ±1 for
	 * about 5 points, … ±4 for 17.5 points or more; NaN (nothing to compare with) is 0.
	 */
	public static int classOf(double difference) {
		if (Double.isNaN(difference)) {
			return 0;
		}
		int steps = (int) Math.floor(Math.abs(difference) / STEP + 0.5);
		return (int) Math.signum(difference) * Math.min(CLASSES_EACH_SIDE, steps);
	}

	public static Color colour(double difference) {
		return CLASSES.get(classOf(difference) + CLASSES_EACH_SIDE);
	}

}
