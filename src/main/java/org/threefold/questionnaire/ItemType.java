package org.threefold.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of question a questionnaire file may contain (docs/questionnaire-format.md).
 */
public enum ItemType {

	LIKERT("likert"), SINGLE_CHOICE("single-choice"), MULTIPLE_CHOICE("multiple-choice"), FREE_TEXT("free-text"),
	NUMBER("number"), RANKING("ranking"), PARTNER_MATRIX("partner-matrix"), ALLOCATION("allocation");

	private final String code;

	ItemType(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public static Optional<ItemType> fromCode(String code) {
		return Arrays.stream(values()).filter((t) -> t.code.equals(code)).findFirst();
	}

	static String codes() {
		return String.join(", ", Arrays.stream(values()).map(ItemType::code).toList());
	}

}
