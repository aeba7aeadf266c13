package org.threefold.scoring;

import java.util.List;

/**
 * Drill-down from a sub-dimension to its questions, with their wording, for the whole
 * partnership and by partner, suppressed like everything else.
 */
public record ItemResults(Scale subdimension, List<ItemRow> items) {

	/**
	 * One question's results.
	 *
	 * @param questionnaireTitle the questionnaire the wording comes from
	 */
	public record ItemRow(Scale item, String questionnaireTitle, boolean reverse, GroupResult ics,
			List<GroupResult> partners) {
	}

}
