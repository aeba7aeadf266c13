package org.threefold.assessment;

/** A campaign's life: questions can change only while it is a draft. */
public enum AssessmentStatus {

	DRAFT("Draft"), OPEN("Open"), CLOSED("Closed");

	private final String label;

	AssessmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
