package org.threefold.scoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import org.threefold.chart.DistributionChart;
import org.threefold.chart.DistributionData;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Scale;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;

/**
 * How respondents spread over the five bands: a mean of 50 can hide a split partnership.
 */
final class DistributionSection extends Card {

	DistributionSection(AssessmentResults results, ResultFormat format) {
		super("Distribution");
		Optional<DistributionData> data = ResultCharts.distribution(results);
		if (data.isEmpty()) {
			addContent(new EmptyState("No distribution to show",
					"The spread of respondents over the bands appears when the whole partnership's scores can be "
							+ "shown, that is when at least " + results.threshold() + " people have responded."));
			return;
		}
		List<ResultFormat.DistributionRow> rows = new ArrayList<>();
		for (Scale scale : ResultFormat.headlineScales(results)) {
			long[] counts = results.distributions().get(scale.key());
			if (counts != null) {
				rows.add(format.distributionRow(scale, counts));
			}
		}
		Grid<ResultFormat.DistributionRow> table = ResultGrids.grid("Respondents per maturity band", rows);
		table.addColumn(ResultFormat.DistributionRow::scale).setKey("scale").setHeader("Score");
		for (int band = 0; band < 5; band++) {
			int index = band;
			table.addColumn((row) -> row.bands().get(index))
				.setKey("band" + (band + 1))
				.setHeader("Band " + (band + 1));
		}
		table.addColumn(ResultFormat.DistributionRow::total).setKey("total").setHeader("Respondents");
		addContent(
				new Paragraph("How many respondents fall in each band. Two partnerships with the same average "
						+ "can differ: one where most people sit in the middle, one split between the ends."),
				new ChartPicture(DistributionChart.render(data.get()), "distribution.png"), table);
	}

}
