package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns what a respondent sent into the one canonical text stored for it, or refuses it
 * with a message. Everything a browser sends passes through here on the server, so a
 * crafted request cannot store a 7 on a five-point scale or a choice the question does
 * not offer.
 * <p>
 * Canonical forms: likert {@code 1}–{@code 5}, {@code not-applicable}, {@code dont-know};
 * single choice the option value; multiple choice and ranking the option values joined
 * with a line break (multiple choice in the item's option order, ranking in rank order);
 * free text as typed (trimmed); number as a plain decimal; partner matrix one likert
 * answer per partner ({@code subKey} = partner id); allocation one whole number per
 * partner or option.
 */
public final class AnswerRules {

	public static final String NOT_APPLICABLE = "not-applicable";

	public static final String DONT_KNOW = "dont-know";

	/** Answers with a sub-key are per partner or per option; all others use this one. */
	public static final String NO_SUB_KEY = "";

	private AnswerRules() {
	}

	/**
	 * @param subKey partner id for matrix and allocation over partners, option value for
	 * allocation over options, {@link #NO_SUB_KEY} otherwise
	 * @param partnerKeys the ids (as text) of the partners taking part, for matrix and
	 * allocation items
	 */
	public static String canonical(Item item, String subKey, String raw, Set<String> partnerKeys) {
		String value = (raw == null) ? "" : raw.strip();
		if (value.isEmpty()) {
			throw new InvalidAnswerException("An empty answer cannot be saved; clear the answer instead");
		}
		checkSubKey(item, subKey, partnerKeys);
		return switch (item.spec()) {
			case ItemSpec.Likert likert -> likert(likert, value);
			case ItemSpec.Choice choice ->
				choice.multiple() ? multiple(choice, value) : single(choice.options(), value);
			case ItemSpec.FreeText text -> freeText(text, raw.strip());
			case ItemSpec.NumberInput number -> number(number, value);
			case ItemSpec.Ranking ranking -> ranking(ranking, value);
			case ItemSpec.PartnerMatrix matrix -> likertValue(value, true, true);
			case ItemSpec.Allocation allocation -> points(allocation.total(), value);
		};
	}

	/**
	 * Checks that allocation answers add up to the item's total; the form calls this
	 * before a section can be left, because each partner's points are saved one at a
	 * time.
	 */
	public static void checkAllocationTotal(Item item, List<String> values) {
		if (item.spec() instanceof ItemSpec.Allocation allocation && !values.isEmpty()) {
			int sum = values.stream().mapToInt(Integer::parseInt).sum();
			if (sum != allocation.total()) {
				throw new InvalidAnswerException("The points for \"" + item.text() + "\" add up to " + sum
						+ "; they must add up to exactly " + allocation.total());
			}
		}
	}

	public static List<String> split(String canonical) {
		return List.of(canonical.split("\n"));
	}

	private static void checkSubKey(Item item, String subKey, Set<String> partnerKeys) {
		String key = (subKey == null) ? NO_SUB_KEY : subKey;
		boolean perPartner = item.spec() instanceof ItemSpec.PartnerMatrix
				|| (item.spec() instanceof ItemSpec.Allocation allocation && allocation.overPartners());
		if (perPartner) {
			if (!partnerKeys.contains(key)) {
				throw new InvalidAnswerException("That partner is not part of this assessment");
			}
		}
		else if (item.spec() instanceof ItemSpec.Allocation allocation) {
			if (allocation.options().stream().noneMatch((option) -> option.value().equals(key))) {
				throw new InvalidAnswerException("\"" + key + "\" is not one of the choices of this question");
			}
		}
		else if (!key.equals(NO_SUB_KEY)) {
			throw new InvalidAnswerException("This question takes a single answer");
		}
	}

	private static String likert(ItemSpec.Likert likert, String value) {
		return likertValue(value, likert.notApplicable(), likert.dontKnow());
	}

	private static String likertValue(String value, boolean notApplicable, boolean dontKnow) {
		if (value.equals(NOT_APPLICABLE) && notApplicable) {
			return value;
		}
		if (value.equals(DONT_KNOW) && dontKnow) {
			return value;
		}
		if (value.length() == 1 && value.charAt(0) >= '1' && value.charAt(0) <= '5') {
			return value;
		}
		throw new InvalidAnswerException("Choose one of the five answers"
				+ (notApplicable ? ", or \"not applicable\"" : "") + (dontKnow ? ", or \"don't know\"" : ""));
	}

	private static String single(List<Option> options, String value) {
		if (options.stream().anyMatch((option) -> option.value().equals(value))) {
			return value;
		}
		throw new InvalidAnswerException("Choose one of the answers offered");
	}

	private static String multiple(ItemSpec.Choice choice, String value) {
		Set<String> chosen = new HashSet<>(split(value));
		List<String> ordered = new ArrayList<>();
		for (Option option : choice.options()) {
			if (chosen.remove(option.value())) {
				ordered.add(option.value());
			}
		}
		if (!chosen.isEmpty()) {
			throw new InvalidAnswerException("Choose only from the answers offered");
		}
		if (choice.maxChoices() != null && ordered.size() > choice.maxChoices()) {
			throw new InvalidAnswerException("Choose at most " + choice.maxChoices());
		}
		return String.join("\n", ordered);
	}

	private static String freeText(ItemSpec.FreeText text, String value) {
		if (value.length() > text.maxLength()) {
			throw new InvalidAnswerException("Please shorten your answer to " + text.maxLength()
					+ " characters (it has " + value.length() + ")");
		}
		if (value.chars().anyMatch((c) -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
			throw new InvalidAnswerException("The answer contains characters that cannot be stored");
		}
		return value;
	}

	private static String number(ItemSpec.NumberInput spec, String value) {
		BigDecimal number;
		try {
			number = new BigDecimal(value.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			throw new InvalidAnswerException("Enter a number, for example 12");
		}
		if (spec.integer() && number.stripTrailingZeros().scale() > 0) {
			throw new InvalidAnswerException("Enter a whole number");
		}
		if (number.compareTo(spec.min()) < 0 || number.compareTo(spec.max()) > 0) {
			throw new InvalidAnswerException(
					"Enter a number from " + spec.min().toPlainString() + " to " + spec.max().toPlainString());
		}
		return number.stripTrailingZeros().toPlainString();
	}

	private static String ranking(ItemSpec.Ranking ranking, String value) {
		List<String> order = split(value);
		Set<String> offered = new LinkedHashSet<>(ranking.options().stream().map(Option::value).toList());
		if (!offered.containsAll(order) || new HashSet<>(order).size() != order.size()) {
			throw new InvalidAnswerException("Rank each choice once, using only the choices offered");
		}
		int needed = (ranking.rankTop() == null) ? offered.size() : ranking.rankTop();
		if (order.size() != needed) {
			throw new InvalidAnswerException(
					"Rank " + ((ranking.rankTop() == null) ? "all " + needed + " choices" : "your top " + needed));
		}
		return String.join("\n", order);
	}

	private static String points(int total, String value) {
		try {
			int points = Integer.parseInt(value);
			if (points < 0 || points > total) {
				throw new InvalidAnswerException("Give between 0 and " + total + " points");
			}
			return Integer.toString(points);
		}
		catch (NumberFormatException ex) {
			throw new InvalidAnswerException("Give a whole number of points");
		}
	}

}
