package org.threefold.scoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;

import org.threefold.chart.HeatmapChart;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;

/**
 * Groups by sub-dimension, as a picture and as a table with the same numbers, for one
 * grouping at a time. Every withheld cell says why in the table.
 */
final class HeatmapSection extends Card {

	private static final List<Grouping> GROUPINGS = List.of(Grouping.PARTNER, Grouping.SECTOR, Grouping.NHS_STATUS,
			Grouping.PROFESSION, Grouping.SENIORITY, Grouping.LEADERSHIP);

	private final AssessmentResults results;

	private final ResultFormat format;

	private final Div content = new Div();

	HeatmapSection(AssessmentResults results, ResultFormat format, boolean partnerLead) {
		super("Heatmap");
		this.results = results;
		this.format = format;
		Select<Grouping> grouping = new Select<>();
		grouping.setLabel("Group by");
		grouping.setItems(GROUPINGS);
		grouping.setItemLabelGenerator(Grouping::label);
		grouping.setValue(Grouping.PARTNER);
		grouping.addValueChangeListener((event) -> show(event.getValue()));
		addContent(
				new Paragraph("Each sub-dimension's score for each group, beside the whole partnership. "
						+ "Colours show how far a score is from the partnership's, not whether it is good or bad."
						+ (partnerLead ? " As a partner lead you see your own organisation's row; other partners' rows "
								+ "are shown only to ICS leaders, facilitators and board viewers." : "")),
				grouping, this.content);
		show(Grouping.PARTNER);
	}

	private void show(Grouping grouping) {
		this.content.removeAll();
		List<Scale> scales = this.results.scales(Scale.Kind.SUBDIMENSION);
		List<GroupResult> rows = this.results.groups(grouping);
		if (scales.isEmpty() || rows.isEmpty()) {
			this.content.add(new EmptyState("Nothing to show by " + grouping.label().toLowerCase(Locale.UK),
					"No group of this kind has sub-dimension results in this assessment."));
			return;
		}
		this.content.add(new ChartPicture(HeatmapChart.render(ResultCharts.heatmap(this.results, grouping)),
				"heatmap-" + grouping.name().toLowerCase(Locale.UK) + ".png", true));
		List<GroupResult> all = new ArrayList<>();
		all.add(this.results.ics());
		all.addAll(rows);
		Grid<GroupResult> table = ResultGrids.grid("Sub-dimension scores by " + grouping.label().toLowerCase(Locale.UK),
				all);
		table.addColumn(GroupResult::label)
			.setKey("group")
			.setHeader(grouping.label())
			.setFrozen(true)
			.setAutoWidth(true);
		for (Scale scale : scales) {
			// The code for the eye, the full name for screen readers (who do not read an
			// aria-label on a plain span), and the name as a tooltip.
			Span name = new Span(" " + scale.label());
			name.addClassName("tf-visually-hidden");
			Span header = new Span(new Span(ResultCharts.code(scale)), name);
			header.getElement().setAttribute("title", scale.label());
			table.addColumn((group) -> this.format.cellText(group.cell(scale)))
				.setKey(scale.id())
				.setHeader(header)
				.setWidth("7rem");
		}
		this.content.add(new Paragraph("The same scores as a table. Column headings are the sub-dimension codes; "
				+ "the key under the chart names them."), table);
	}

}
