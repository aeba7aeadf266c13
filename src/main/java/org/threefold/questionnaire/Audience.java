package org.threefold.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/**
 * Who a questionnaire is written for: partner leads get the full assessment, staff the
 * pulse.
 */
public enum Audience {

	LEADS("leads", "Partner leads and senior staff"), STAFF("staff", "All staff"), ANY("any", "Anyone");

	private final String code;

	private final String label;

	Audience(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Audience> fromCode(String code) {
		return Arrays.stream(values()).filter((a) -> a.code.equals(code)).findFirst();
	}

}
