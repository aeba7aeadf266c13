package org.threefold.workshop;

/** How a voice record is broken down. */
public enum VoiceGrouping {

	PARTICIPANT("Participant"), PARTNER("Partner"), SECTOR("Sector"), NHS_STATUS("NHS or non-NHS"),
	PROFESSION("Profession"), SENIORITY("Seniority");

	private final String label;

	VoiceGrouping(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
