package org.threefold.workshop;

import java.util.List;

/**
 * Questions and themes suggested from an assessment's results: its weakest sub-dimensions
 * (lowest partnership mean) and its most disputed (least agreement between respondents),
 * only from cells the scoring layer shows.
 *
 * @param weakest sub-dimensions with the lowest scores, weakest first
 * @param disputed sub-dimensions with the least agreement, most disputed first
 * @param questions suggested stage-two questions
 * @param themes suggested stage-four themes
 */
public record AssessmentSeeds(List<SubDimensionScore> weakest, List<SubDimensionScore> disputed, List<String> questions,
		List<String> themes) {

	/**
	 * A sub-dimension's partnership-wide figures.
	 *
	 * @param code for example R5
	 * @param label its name
	 * @param mean the mean score, 0 to 100
	 * @param agreement 0 (no agreement) to 1 (everyone gave the same answer)
	 */
	public record SubDimensionScore(String code, String label, double mean, double agreement) {
	}

}
