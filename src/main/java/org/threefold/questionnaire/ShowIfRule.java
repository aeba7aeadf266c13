package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether an item is shown, from the canonical answers given so far
 * (docs/questionnaire-format.md, "Show-if conditions"). The respondent form, the check
 * that required items are answered, and scoring all call this class, so that an item is
 * hidden in exactly the same cases everywhere.
 * <p>
 * Answers are the canonical text stored per item: likert {@code 1}–{@code 5},
 * {@code not-applicable} or {@code dont-know}; a choice value; several choice values
 * joined with a line break; a plain decimal for numbers.
 */
public final class ShowIfRule {

	private static final String SEPARATOR = "\n";

	private ShowIfRule() {
	}

	/**
	 * Whether the item's own condition is met, looking only at the answer of the item it
	 * names (not at whether that item is itself shown — see
	 * {@link #visibleWithChain(QuestionnaireDefinition, Item, Map)}).
	 * <ul>
	 * <li>No {@code showIf}: always shown.</li>
	 * <li>The named item has no answer: hidden, because nothing has been said that makes
	 * the question relevant yet.</li>
	 * <li>{@code equals}/{@code in}: shown when the answer is one of the values, or, for
	 * a multiple-choice answer, when any one of the chosen values is.</li>
	 * <li>{@code atLeast}/{@code atMost}: the answer is compared as a number (a likert
	 * 1–5 or a number item). "Not applicable", "don't know" and anything that is not a
	 * number hide the item: they say nothing about the level the condition asks for.</li>
	 * </ul>
	 * The definition reader allows exactly one condition; should a hand-built
	 * {@link ShowIf} carry several, all must hold.
	 * @param item the item to show or hide
	 * @param answers canonical answers by item id
	 * @return true when the item is shown
	 * @throws IllegalArgumentException when the condition tests nothing (validation
	 * should have refused such a definition)
	 */
	public static boolean visible(Item item, Map<String, String> answers) {
		ShowIf showIf = item.showIf();
		if (showIf == null) {
			return true;
		}
		List<String> anyOf = (showIf.anyOf() != null) ? showIf.anyOf() : List.of();
		if (anyOf.isEmpty() && showIf.atLeast() == null && showIf.atMost() == null) {
			throw new IllegalArgumentException("Item \"" + item.id() + "\" (line " + item.line()
					+ "): its show-if condition on \"" + showIf.item() + "\" tests nothing");
		}
		String answer = answers.get(showIf.item());
		if (answer == null) {
			return false;
		}
		if (!anyOf.isEmpty() && !matchesAnyOf(answer, anyOf)) {
			return false;
		}
		if (showIf.atLeast() != null || showIf.atMost() != null) {
			BigDecimal number = number(answer);
			if (number == null) {
				return false;
			}
			if (showIf.atLeast() != null && number.compareTo(showIf.atLeast()) < 0) {
				return false;
			}
			if (showIf.atMost() != null && number.compareTo(showIf.atMost()) > 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether the item is shown once the whole chain of conditions is taken into account:
	 * the item's own condition must hold, and the item it depends on must itself be
	 * shown, and so on back to an item without a condition.
	 * <p>
	 * Why the chain matters: answers are saved as they are given, and changing an earlier
	 * answer can hide an item that had already been answered. That answer stays stored
	 * (the respondent may change their mind back), but it belongs to a question the
	 * respondent can no longer see. If {@link #visible(Item, Map)} alone were used, such
	 * a left-behind answer would keep revealing the items that depend on it, and those
	 * would then be required and scored although the form never showed them.
	 * @param definition the questionnaire the item belongs to, to look up the items
	 * conditions name
	 * @param item the item to show or hide
	 * @param answers canonical answers by item id
	 * @return true when the item and every item its condition depends on are shown
	 * @throws IllegalArgumentException when a condition names an item not in the
	 * questionnaire or the conditions form a cycle (validation should have refused both)
	 */
	public static boolean visibleWithChain(QuestionnaireDefinition definition, Item item, Map<String, String> answers) {
		Set<String> seen = new HashSet<>();
		Item current = item;
		while (current.showIf() != null) {
			if (!seen.add(current.id())) {
				throw new IllegalArgumentException("Item \"" + item.id() + "\" (line " + item.line()
						+ "): its show-if conditions form a cycle through \"" + current.id() + "\"");
			}
			if (!visible(current, answers)) {
				return false;
			}
			String target = current.showIf().item();
			Item dependent = current;
			current = definition.item(target)
				.orElseThrow(() -> new IllegalArgumentException(
						"Item \"" + dependent.id() + "\" (line " + dependent.line() + "): its show-if names \"" + target
								+ "\", which is not in questionnaire \"" + definition.id() + "\""));
		}
		return true;
	}

	private static boolean matchesAnyOf(String answer, List<String> anyOf) {
		if (anyOf.contains(answer)) {
			return true;
		}
		// A multiple-choice answer holds its chosen values one per line.
		for (String chosen : answer.split(SEPARATOR)) {
			if (anyOf.contains(chosen)) {
				return true;
			}
		}
		return false;
	}

	private static BigDecimal number(String answer) {
		try {
			return new BigDecimal(answer);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
