package org.threefold.actionplan;

/** Where an action came from. */
public enum ActionOrigin {

	SUGGESTED("Suggested from results"), OWN("Added by a leader"), WORKSHOP("Agreed in a workshop");

	private final String label;

	ActionOrigin(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
