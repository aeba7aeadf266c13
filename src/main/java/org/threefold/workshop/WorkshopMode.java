package org.threefold.workshop;

/** Where the people are: GD-02 says sessions may run virtually or in person. */
public enum WorkshopMode {

	IN_PERSON("In person"), ONLINE("Online"), MIXED("Mixed: some in the room, some online");

	private final String label;

	WorkshopMode(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
