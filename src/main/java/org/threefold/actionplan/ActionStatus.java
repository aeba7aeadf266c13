package org.threefold.actionplan;

/** Where an action stands. */
public enum ActionStatus {

	SUGGESTED("Suggested"), ACCEPTED("Accepted"), IN_PROGRESS("In progress"), DONE("Done"), DISMISSED("Dismissed");

	private final String label;

	ActionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Accepted, in progress or done: part of the plan the partnership has taken on. */
	public boolean inPlan() {
		return this == ACCEPTED || this == IN_PROGRESS || this == DONE;
	}

}
