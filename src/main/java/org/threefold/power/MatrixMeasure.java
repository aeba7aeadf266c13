package org.threefold.power;

import java.util.Optional;

/** What a partner-matrix question asks about each partner. */
public enum MatrixMeasure {

	INFLUENCE("influence", "Influence over shared decisions", "Influence"),
	RESPECT("respect", "Treated as a professional equal", "Respect"),
	DATA_TRUST("data-trust", "Trusted to handle shared data", "Data trust");

	private final String code;

	private final String title;

	private final String shortLabel;

	MatrixMeasure(String code, String title, String shortLabel) {
		this.code = code;
		this.title = title;
		this.shortLabel = shortLabel;
	}

	/** As written in questionnaire files ({@code measure: data-trust}). */
	public String code() {
		return this.code;
	}

	public String title() {
		return this.title;
	}

	public String shortLabel() {
		return this.shortLabel;
	}

	public static Optional<MatrixMeasure> of(String code) {
		for (MatrixMeasure measure : values()) {
			if (measure.code.equals(code)) {
				return Optional.of(measure);
			}
		}
		return Optional.empty();
	}

}
