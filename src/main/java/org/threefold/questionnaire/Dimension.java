package org.threefold.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three equally important aspects of interoperability (001 Key messages, §2) and
 * change readiness, which 003 §4 shows decides whether digital change lands. Only the
 * first three make up the overall score; change readiness is reported beside them.
 */
public enum Dimension {

	TECHNOLOGY("technology", "Technology", true), RELATIONSHIPS("relationships", "Relationships", true),
	ENABLING_ENVIRONMENT("enabling-environment", "Enabling environment", true),
	CHANGE_READINESS("change-readiness", "Change readiness", false);

	private final String code;

	private final String label;

	private final boolean inOverall;

	Dimension(String code, String label, boolean inOverall) {
		this.code = code;
		this.label = label;
		this.inOverall = inOverall;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** True for the three dimensions weighted equally in the overall score. */
	public boolean inOverall() {
		return this.inOverall;
	}

	public static Optional<Dimension> fromCode(String code) {
		return Arrays.stream(values()).filter((d) -> d.code.equals(code)).findFirst();
	}

	static String codes() {
		return String.join(", ", Arrays.stream(values()).map(Dimension::code).toList());
	}

}
