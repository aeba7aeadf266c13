package org.threefold.export;

import java.util.Map;

/**
 * One response as it may leave the application: organisation, audience, profession,
 * seniority and month, each either shown or replaced by {@link #NOT_SHOWN}, and the
 * respondent's scale scores. Rows whose profile describes fewer people than the threshold
 * are never made (docs/exports.md).
 *
 * @param month the month submitted, e.g. "2026-03", or {@link #NOT_SHOWN}
 * @param scores by scale key, e.g. {@code DIMENSION:technology}
 */
public record AnonymisedResponse(String partner, String sector, String audience, String profession, String seniority,
		String month, Map<String, Double> scores) {

	/** What a withheld detail reads as, so that no cell is left blank. */
	public static final String NOT_SHOWN = "Not shown (small group)";

}
