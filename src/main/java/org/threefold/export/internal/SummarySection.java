package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import org.threefold.export.ExportData;
import org.threefold.export.ReportDocument;
import org.threefold.export.ReportSection;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.PerceptionGap;
import org.threefold.scoring.Scale;

/**
 * The summary in plain English: where the partnership stands on each dimension, its
 * weakest areas and its widest gaps, from shown cells only.
 */
@Component
class SummarySection implements ReportSection {

	static final int WEAKEST = 3;

	@Override
	public int order() {
		return 100;
	}

	@Override
	public void write(ReportDocument document, ExportData data) {
		AssessmentResults results = data.results();
		document.heading(1, "Summary");
		if (!results.ics().cell(results.scales().get(0)).shown()) {
			document.paragraph("Too few people have responded for the partnership's scores to be shown: fewer than "
					+ results.threshold() + ". Nothing in this report is drawn from individual answers.");
			return;
		}
		document.paragraph(ResultWords.count(results.respondents()) + " people from "
				+ data.assessment().partners().size() + " partner organisations took part. Scores run from 0 to 100; "
				+ "each has a 95% interval, the range the partnership's true score is likely to lie in.");
		document.heading(2, "Where the partnership stands");
		List<String> standing = new ArrayList<>();
		for (Scale scale : ResultWords.headline(results)) {
			standing.add(scale.label() + ": " + ResultWords.described(results.ics().cell(scale)) + ".");
		}
		document.bullets(standing);

		document.heading(2, "Weakest areas");
		List<Scale> weakest = results.scales(Scale.Kind.SUBDIMENSION)
			.stream()
			.filter((scale) -> results.ics().cell(scale).shown())
			.sorted(Comparator.comparingDouble((Scale scale) -> mean(results.ics().cell(scale))))
			.limit(WEAKEST)
			.toList();
		if (weakest.isEmpty()) {
			document.paragraph("No sub-dimension has enough responses to be shown.");
		}
		else {
			document.paragraph("The sub-dimensions with the lowest scores across the partnership:");
			document.bullets(weakest.stream()
				.map((scale) -> scale.label() + " (" + dimension(scale) + "): "
						+ ResultWords.described(results.ics().cell(scale)) + ".")
				.toList());
		}

		document.heading(2, "Widest gaps");
		List<String> gaps = new ArrayList<>();
		results.gaps()
			.stream()
			.filter((gap) -> !Double.isNaN(gap.difference()))
			.sorted(Comparator.comparingDouble((PerceptionGap gap) -> -Math.abs(gap.difference())))
			.limit(WEAKEST)
			.forEach((gap) -> gaps.add(gap.scale().label() + ": " + gap.firstLabel() + " "
					+ ResultWords.score(gap.first()) + ", " + gap.secondLabel() + " " + ResultWords.score(gap.second())
					+ " (" + Math.round(Math.abs(gap.difference())) + " points; "
					+ (gap.clear() ? "a clear difference" : "within the margin of error") + ")."));
		for (Scale scale : ResultWords.headline(results)) {
			List<GroupResult> shown = results.groups(Grouping.PARTNER)
				.stream()
				.filter((group) -> group.cell(scale).shown())
				.sorted(Comparator.comparingDouble((GroupResult group) -> mean(group.cell(scale))))
				.toList();
			if (shown.size() >= 2 && scale.kind() == Scale.Kind.DIMENSION) {
				GroupResult low = shown.get(0);
				GroupResult high = shown.get(shown.size() - 1);
				gaps.add(scale.label() + " between partners: from " + ResultWords.score(low.cell(scale)) + " ("
						+ low.label() + ") to " + ResultWords.score(high.cell(scale)) + " (" + high.label() + ").");
			}
		}
		if (gaps.isEmpty()) {
			document.paragraph("No gaps can be shown: the groups compared are too small.");
		}
		else {
			document.bullets(gaps);
		}
		int leftOut = results.partnersLeftOut().getOrDefault(results.scales().get(0).key(), 0);
		if (leftOut > 0) {
			document.paragraph(leftOut + " of the " + data.assessment().partners().size()
					+ " partner organisations are not shown separately on the overall score, to protect "
					+ "respondents; their responses still count in the partnership's scores.");
		}
	}

	private static String dimension(Scale scale) {
		return (scale.dimension() != null) ? scale.dimension().label() : "overall";
	}

	private static double mean(Cell cell) {
		return ((Cell.Shown) cell).statistic().mean();
	}

}
