package org.threefold.power;

import java.util.Optional;

/** What an allocation question shares out over the partners. */
public enum ShareMeasure {

	COST("cost", "Cost"), RISK("risk", "Risk"), BENEFIT("benefit", "Benefit");

	private final String code;

	private final String label;

	ShareMeasure(String code, String label) {
		this.code = code;
		this.label = label;
	}

	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	public static Optional<ShareMeasure> of(String code) {
		for (ShareMeasure measure : values()) {
			if (measure.code.equals(code)) {
				return Optional.of(measure);
			}
		}
		return Optional.empty();
	}

}
