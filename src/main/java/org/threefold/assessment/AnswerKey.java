package org.threefold.assessment;

import org.threefold.questionnaire.AnswerRules;

/**
 * Which answer: an item, and for partner matrices and allocations the partner (or option)
 * the value is for.
 */
public record AnswerKey(String itemId, String subKey) {

	public AnswerKey {
		subKey = (subKey == null) ? AnswerRules.NO_SUB_KEY : subKey;
	}

	public static AnswerKey of(String itemId) {
		return new AnswerKey(itemId, AnswerRules.NO_SUB_KEY);
	}

}
