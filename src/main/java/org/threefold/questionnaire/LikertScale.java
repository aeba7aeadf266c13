package org.threefold.questionnaire;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Five-point answer scales and their labels, 1 to 5. */
public enum LikertScale {

	AGREEMENT("agreement",
			List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")),
	FREQUENCY("frequency", List.of("Never", "Rarely", "Sometimes", "Often", "Always")),
	EXTENT("extent", List.of("Not at all", "To a small extent", "To some extent", "To a large extent", "Completely"));

	private final String code;

	private final List<String> labels;

	LikertScale(String code, List<String> labels) {
		this.code = code;
		this.labels = labels;
	}

	public String code() {
		return this.code;
	}

	/** Label for an answer 1–5. */
	public String label(int value) {
		return this.labels.get(value - 1);
	}

	public List<String> labels() {
		return this.labels;
	}

	public static Optional<LikertScale> fromCode(String code) {
		return Arrays.stream(values()).filter((s) -> s.code.equals(code)).findFirst();
	}

}
