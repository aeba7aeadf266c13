package org.threefold.partner;

import java.util.Optional;

/**
 * Professional groups respondents and workshop participants choose from, merged from the
 * staff roles the seeds name (seed-digest §6.2: clinical, social care, digital, data,
 * information governance, management and voluntary-sector roles in 001 and 003).
 */
public enum Profession {

	DOCTOR("Doctor (GP or hospital)"), NURSE("Nurse or midwife"), ALLIED_HEALTH("Allied health professional"),
	PHARMACY("Pharmacy"), MENTAL_HEALTH("Mental health or psychology"), PARAMEDIC("Paramedic or ambulance staff"),
	DENTAL_OPTICAL("Dental or optical"), SOCIAL_WORK("Social worker"), CARE_AND_SUPPORT("Care and support worker"),
	MANAGEMENT_ADMINISTRATION("Management or administration"), DIGITAL_DATA("Digital, data or IT"),
	INFORMATION_GOVERNANCE("Information governance"), VOLUNTARY_SECTOR("Voluntary sector staff or volunteer"),
	OTHER("Other");

	private final String label;

	Profession(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public String code() {
		return ReferenceLists.code(this);
	}

	public static Optional<Profession> parse(String text) {
		return ReferenceLists.parse(values(), text, Profession::code, Profession::label);
	}

}
