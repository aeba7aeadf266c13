package org.threefold.assessment;

import java.time.LocalDate;
import java.util.Map;

import org.threefold.questionnaire.Audience;
import org.threefold.shared.PartnerId;

/**
 * One submitted response as stored scores, for anonymised exports. It carries no response
 * id, receipt or secret, and no date finer than the week of submission; callers coarsen
 * the rest (see docs/exports.md).
 *
 * @param profession the profession code, or null when not asked or not given
 * @param seniority the seniority code, or null when not asked or not given
 * @param scores 0–100 scores by scale key, e.g. {@code DIMENSION:technology}, for the
 * overall score, dimensions and sub-dimensions the respondent has a score on
 */
public record SubmittedResponse(PartnerId partner, Audience audience, String profession, String seniority,
		LocalDate submittedWeek, Map<String, Double> scores) {

	/** The answers that could pick a person out, without the scores. */
	public ResponseProfile profile() {
		return new ResponseProfile(this.partner, this.audience, this.profession, this.seniority, this.submittedWeek);
	}

}
