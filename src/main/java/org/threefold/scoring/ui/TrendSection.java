package org.threefold.scoring.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import org.threefold.chart.TrendChart;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Scale;
import org.threefold.scoring.SeriesPoint;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;

/**
 * Change since the previous assessment of the same series and, for longer series, every
 * assessment of it; or how a series works.
 */
final class TrendSection extends Card {

	TrendSection(AssessmentResults results, ResultFormat format) {
		super("Change over time");
		if (results.previousTitle().isEmpty()) {
			addContent(new EmptyState("No earlier assessment to compare with",
					"Assessments with the same series name form a series, and each is compared with the one "
							+ "before it that closed before it opened. This assessment is the first of its series; "
							+ "when the next one closes, its results show the change in every score."));
			return;
		}
		addContent(new Paragraph("Compared with " + results.previousTitle().get() + ". A change counts as clear when "
				+ "the two 95% intervals do not overlap."));
		ResultCharts.trend(results)
			.ifPresent((data) -> addContent(new ChartPicture(TrendChart.render(data), "change.png")));
		Grid<ResultFormat.ChangeRow> table = ResultGrids.grid("Change since the previous assessment",
				results.changes().stream().map(format::changeRow).toList());
		table.addColumn(ResultFormat.ChangeRow::scale).setKey("scale").setHeader("Score");
		table.addColumn(ResultFormat.ChangeRow::previous)
			.setKey("previous")
			.setHeader(results.previousTitle().get())
			.setFlexGrow(2);
		table.addColumn(ResultFormat.ChangeRow::current).setKey("current").setHeader(results.title()).setFlexGrow(2);
		table.addColumn(ResultFormat.ChangeRow::verdict).setKey("verdict").setHeader("Change").setFlexGrow(2);
		table.setPartNameGenerator((row) -> row.clear() ? "tf-clear" : null);
		addContent(table);
		if (results.series().size() > 2) {
			addContent(new Paragraph("The whole series, oldest first. Each assessment's scores are withheld by its "
					+ "own threshold."));
			List<Scale> headline = ResultFormat.headlineScales(results);
			Grid<SeriesPoint> rounds = ResultGrids.grid("Scores across the series", results.series());
			rounds.addColumn(SeriesPoint::title).setKey("assessment").setHeader("Assessment").setFlexGrow(2);
			for (Scale scale : headline) {
				rounds.addColumn((point) -> format.cellText(point.cell(scale)))
					.setKey("series-" + scale.key())
					.setHeader(scale.label());
			}
			addContent(rounds);
		}
	}

}
