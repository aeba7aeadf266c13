package org.threefold.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.threefold.shared.AssessmentId;

/**
 * Everything the results screens, exports and API show for an assessment, already
 * suppressed. There is no way to get a withheld number out of this record.
 *
 * @param scales overall, dimensions and sub-dimensions, in framework order
 * @param ics the whole partnership, respondent-weighted
 * @param partnerWeighted mean of the shown partner means per scale key: each organisation
 * counts once; withheld partners are left out (and counted in {@code partnersLeftOut}) so
 * their means cannot be worked back from the average
 * @param groups rows per grouping other than {@link Grouping#ICS}
 * @param previousTitle title of the previous assessment in the series, if any
 * @param distributions whole-partnership respondents per maturity band (index 0 = band 1)
 * for the overall score and each dimension, when the partnership total is shown
 * @param series the assessments of this series that closed before this one, oldest first
 * (at most {@link #SERIES_LENGTH} in all), then this one: the trend
 */
public record AssessmentResults(AssessmentId id, String title, int threshold, long respondents, List<Scale> scales,
		GroupResult ics, Map<String, Double> partnerWeighted, Map<String, Integer> partnersLeftOut,
		Map<Grouping, List<GroupResult>> groups, List<PerceptionGap> gaps, Optional<String> previousTitle,
		List<Change> changes, List<Reliability> reliability, Map<String, long[]> distributions,
		List<SeriesPoint> series) {

	/** How many assessments of a series the trend shows at most, this one included. */
	public static final int SERIES_LENGTH = 10;

	public AssessmentResults {
		series = List.copyOf(series);
	}

	/** Results without a series beyond the previous assessment (its change is enough). */
	public AssessmentResults(AssessmentId id, String title, int threshold, long respondents, List<Scale> scales,
			GroupResult ics, Map<String, Double> partnerWeighted, Map<String, Integer> partnersLeftOut,
			Map<Grouping, List<GroupResult>> groups, List<PerceptionGap> gaps, Optional<String> previousTitle,
			List<Change> changes, List<Reliability> reliability, Map<String, long[]> distributions) {
		this(id, title, threshold, respondents, scales, ics, partnerWeighted, partnersLeftOut, groups, gaps,
				previousTitle, changes, reliability, distributions, List.of());
	}

	public List<GroupResult> groups(Grouping grouping) {
		return this.groups.getOrDefault(grouping, List.of());
	}

	public List<Scale> scales(Scale.Kind kind) {
		return this.scales.stream().filter((scale) -> scale.kind() == kind).toList();
	}

}
