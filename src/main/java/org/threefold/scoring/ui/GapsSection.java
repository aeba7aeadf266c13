package org.threefold.scoring.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.PerceptionGap;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;

/**
 * How differently two groups see each dimension: leaders and frontline, NHS and non-NHS
 * organisations. A gap is called clear only when the two 95% intervals do not overlap
 * (MEASUREMENT.md), and the screen says so in words.
 */
final class GapsSection extends Card {

	GapsSection(AssessmentResults results, ResultFormat format) {
		super("Perception gaps");
		addContent(new Paragraph("A gap counts as a clear difference when the two groups' 95% intervals do not "
				+ "overlap. Where they overlap, the difference may be down to who happened to answer."));
		if (results.gaps().isEmpty()) {
			addContent(new EmptyState("No gaps to show",
					"Gaps compare leaders with frontline staff, and NHS with non-NHS organisations. They appear when "
							+ "the questionnaire asks people's seniority and organisations of both kinds take part."));
			return;
		}
		Map<String, List<ResultFormat.GapRow>> byComparison = new LinkedHashMap<>();
		for (PerceptionGap gap : results.gaps()) {
			byComparison.computeIfAbsent(gap.comparison(), (key) -> new ArrayList<>()).add(format.gapRow(gap));
		}
		byComparison.forEach((comparison, rows) -> {
			Grid<ResultFormat.GapRow> table = ResultGrids.grid(comparison, rows);
			table.addColumn(ResultFormat.GapRow::scale).setKey("scale").setHeader("Score");
			table.addColumn(ResultFormat.GapRow::first)
				.setKey("first")
				.setHeader(rows.get(0).firstLabel())
				.setFlexGrow(2);
			table.addColumn(ResultFormat.GapRow::second)
				.setKey("second")
				.setHeader(rows.get(0).secondLabel())
				.setFlexGrow(2);
			table.addColumn(ResultFormat.GapRow::verdict).setKey("verdict").setHeader("Difference").setFlexGrow(2);
			table.setPartNameGenerator((row) -> row.clear() ? "tf-clear" : null);
			addContent(new H3(comparison), table);
		});
	}

}
