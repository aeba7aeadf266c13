package org.threefold.scoring.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import org.threefold.scoring.AssessmentResults;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;

/**
 * Whether each sub-dimension's questions hang together (Cronbach's alpha), so readers
 * know which scores to lean on.
 */
final class ReliabilitySection extends Card {

	ReliabilitySection(AssessmentResults results, ResultFormat format) {
		super("Reliability");
		addContent(new Paragraph("Cronbach's alpha shows whether a sub-dimension's questions measure one thing: "
				+ "0.7 or more is usually read as acceptable, 0.8 as good and 0.9 as excellent. It uses only people "
				+ "who answered every question of the sub-dimension."));
		if (results.reliability().isEmpty()) {
			addContent(new EmptyState("No reliability figures",
					"Alpha needs a sub-dimension with at least two questions in the same questionnaire."));
			return;
		}
		Grid<ResultFormat.ReliabilityRow> table = ResultGrids.grid("Reliability of each sub-dimension",
				results.reliability().stream().map(format::reliabilityRow).toList());
		table.addColumn(ResultFormat.ReliabilityRow::subdimension)
			.setKey("subdimension")
			.setHeader("Sub-dimension")
			.setFlexGrow(2);
		table.addColumn(ResultFormat.ReliabilityRow::questionnaire).setKey("questionnaire").setHeader("Questionnaire");
		table.addColumn(ResultFormat.ReliabilityRow::items).setKey("items").setHeader("Questions");
		table.addColumn(ResultFormat.ReliabilityRow::respondents)
			.setKey("respondents")
			.setHeader("People who answered all");
		table.addColumn(ResultFormat.ReliabilityRow::alpha).setKey("alpha").setHeader("Alpha").setFlexGrow(2);
		addContent(table);
	}

}
