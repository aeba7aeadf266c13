package org.threefold.power;

import org.threefold.scoring.Grouping;

/**
 * How raters are grouped into the rows of a matrix. Only these predefined groupings, so
 * that suppression can check every way one group could be worked out from another.
 */
public enum RaterGrouping {

	PARTNER("Rated by (partner)", Grouping.PARTNER), SECTOR("Rated by (sector)", Grouping.SECTOR),
	NHS_STATUS("Rated by (NHS or not)", Grouping.NHS_STATUS);

	private final String heading;

	private final Grouping grouping;

	RaterGrouping(String heading, Grouping grouping) {
		this.heading = heading;
		this.grouping = grouping;
	}

	public String heading() {
		return this.heading;
	}

	/** The scoring layer's grouping these rows are suppressed as. */
	public Grouping grouping() {
		return this.grouping;
	}

}
