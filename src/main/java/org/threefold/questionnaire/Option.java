package org.threefold.questionnaire;

/** One choice of a choice, ranking or allocation item. */
public record Option(String value, String label) {
}
