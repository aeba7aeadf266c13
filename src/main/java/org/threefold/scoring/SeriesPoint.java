package org.threefold.scoring;

import org.threefold.shared.AssessmentId;

/**
 * One assessment of a series as the trend shows it: its whole-partnership results, each
 * cell suppressed with that assessment's own threshold.
 *
 * @param id the assessment
 * @param title its title
 * @param partnership the whole partnership, respondent-weighted
 */
public record SeriesPoint(AssessmentId id, String title, GroupResult partnership) {

	public Cell cell(Scale scale) {
		return this.partnership.cell(scale);
	}

}
