package org.threefold.scoring;

/**
 * The predefined ways results can be split. Only these, never free combinations, so that
 * suppression can check every way one group could be worked out from others
 * (MEASUREMENT.md, "Differencing of filters").
 */
public enum Grouping {

	ICS("Whole partnership"), PARTNER("Partner"), SECTOR("Sector"), NHS_STATUS("NHS or non-NHS"),
	PROFESSION("Profession"), SENIORITY("Seniority"), LEADERSHIP("Leaders or frontline");

	private final String label;

	Grouping(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
