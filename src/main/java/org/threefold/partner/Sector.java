package org.threefold.partner;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of partner organisation named in the seeds (seed-digest §6.1, from 001 App A,
 * 003 §3 and 004). {@link #nhs()} drives the "NHS vs non-NHS" grouping that 001 §3
 * ("Power dynamics") singles out: NHS-commissioned primary care (GP, pharmacy, optometry,
 * dentistry) counts as NHS; councils, social care, hospices and the voluntary sector do
 * not.
 */
public enum Sector {

	INTEGRATED_CARE_BOARD("Integrated care board", true), ACUTE_TRUST("Acute hospital trust", true),
	MENTAL_HEALTH_TRUST("Mental health trust", true), COMMUNITY_HEALTH("Community health services", true),
	AMBULANCE_SERVICE("Ambulance service", true), GENERAL_PRACTICE("GP practice", true),
	PRIMARY_CARE_NETWORK("Primary care network", true), COMMUNITY_PHARMACY("Community pharmacy", true),
	OPTOMETRY("Optometry", true), DENTISTRY("Dentistry", true), LOCAL_AUTHORITY("Local authority", false),
	ADULT_SOCIAL_CARE("Adult social care provider", false), HOSPICE("Hospice", false),
	VOLUNTARY_COMMUNITY("Voluntary and community sector", false), OTHER("Other", false);

	private final String label;

	private final boolean nhs;

	Sector(String label, boolean nhs) {
		this.label = label;
		this.nhs = nhs;
	}

	public String label() {
		return this.label;
	}

	public boolean nhs() {
		return this.nhs;
	}

	/** The code used in CSV files: lower case with hyphens, e.g. {@code acute-trust}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Accepts the code, the enum name or the label, ignoring case and surrounding spaces.
	 */
	public static Optional<Sector> parse(String text) {
		return ReferenceLists.parse(values(), text, Sector::code, Sector::label);
	}

	/** "acute-trust, ambulance-service, …" for error messages. */
	public static String codes() {
		return ReferenceLists.codes(values(), Sector::code);
	}

}
