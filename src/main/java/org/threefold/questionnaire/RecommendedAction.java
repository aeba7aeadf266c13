package org.threefold.questionnaire;

import java.util.Set;

/**
 * An action the library suggests for a sub-dimension at given maturity bands.
 *
 * @param national true when only national bodies can act, so the ICS escalates rather
 * than does
 */
public record RecommendedAction(String id, String subdimension, Set<Integer> bands, String title, String description,
		boolean national, String source) {
}
