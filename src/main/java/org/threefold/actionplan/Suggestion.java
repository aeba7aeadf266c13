package org.threefold.actionplan;

import org.threefold.questionnaire.RecommendedAction;

/**
 * An action from the library suggested for a weak sub-dimension, with the evidence that
 * triggered it.
 *
 * @param score the score behind the trigger (whole partnership, or the lowest partner for
 * a gap)
 * @param band its maturity band, 1 to 5, which chose the action
 * @param n how many respondents the score rests on
 * @param evidence the trigger in words, e.g. "Whole partnership 34 (band 2 of 5, n 842)"
 */
public record Suggestion(RecommendedAction action, Trigger trigger, String subdimension, String subdimensionName,
		double score, int band, long n, String evidence) {
}
