package org.threefold.workshop;

/**
 * A workshop is scheduled, running or finished; a finished one's code no longer works.
 */
public enum WorkshopStatus {

	SCHEDULED("Scheduled"), RUNNING("Running"), FINISHED("Finished");

	private final String label;

	WorkshopStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
