package org.threefold.actionplan;

/** The rule that made a sub-dimension weak enough to suggest actions for. */
public enum Trigger {

	LOWEST_BAND("Lowest band"), WIDEST_GAP("Widest gap between partners"), MOST_DISPUTED("Most disputed");

	private final String label;

	Trigger(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
