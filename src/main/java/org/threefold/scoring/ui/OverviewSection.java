package org.threefold.scoring.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.threefold.chart.ProfileChart;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;
import org.threefold.ui.Card;
import org.threefold.ui.Figure;

/**
 * The headline: overall, each dimension and change readiness with their bands, the
 * weakest dimension named, both ways of weighting the partnership, the profile chart and
 * its table. A partner lead sees their own organisation beside the partnership; everyone
 * else may pick a partner to compare.
 */
final class OverviewSection extends Card {

	private final AssessmentResults results;

	private final ResultFormat format;

	private final Div picture = new Div();

	private final Grid<ResultFormat.ScoreRow> table = ResultGrids.grid("Scores and what they mean", List.of());

	private final Grid.Column<ResultFormat.ScoreRow> besideColumn;

	/**
	 * @param ownPartner the key of a partner lead's organisation; empty for everyone else
	 */
	OverviewSection(AssessmentResults results, ResultFormat format, Optional<String> ownPartner) {
		super(ownPartner.isPresent() ? "Your organisation beside the partnership" : "Overview");
		this.results = results;
		this.format = format;
		boolean partnerLead = ownPartner.isPresent();
		List<GroupResult> partners = results.groups(Grouping.PARTNER);
		Optional<GroupResult> own = partners.stream()
			.filter((group) -> ownPartner.orElse("").equals(group.key()))
			.findFirst();
		Paragraph weakest = new Paragraph("Across the partnership: " + format.weakestDimension(results, results.ics()));
		weakest.addClassName("tf-results-lead");
		addContent(weakest);
		own.ifPresent((group) -> addContent(
				new Paragraph("In " + group.label() + ": " + format.weakestDimension(results, group))));
		addContent(figures(), new Paragraph(weighting(partnerLead, partners)));
		if (!partnerLead && !partners.isEmpty()) {
			addContent(compareSelect(partners));
		}
		this.table.addColumn(ResultFormat.ScoreRow::scale).setKey("scale").setHeader("Score").setFlexGrow(1);
		this.table.addColumn(ResultFormat.ScoreRow::partnership)
			.setKey("partnership")
			.setHeader("Whole partnership (each respondent counts once)")
			.setFlexGrow(2);
		this.table.addColumn(ResultFormat.ScoreRow::partnerWeighted)
			.setKey("partnerWeighted")
			.setHeader("Partnership (each organisation counts once)")
			.setFlexGrow(1);
		this.besideColumn = this.table.addColumn(ResultFormat.ScoreRow::beside).setKey("beside").setFlexGrow(2);
		this.table.addColumn(ResultFormat.ScoreRow::agreement)
			.setKey("agreement")
			.setHeader("Agreement in the partnership");
		this.table.addColumn(ResultFormat.ScoreRow::reading)
			.setKey("reading")
			.setHeader("What the band means")
			.setFlexGrow(2);
		addContent(this.picture, this.table);
		show(own);
	}

	private void show(Optional<GroupResult> beside) {
		this.picture.removeAll();
		this.picture
			.add(new ChartPicture(ProfileChart.render(ResultCharts.profile(this.results, beside)), "profile.png"));
		this.table.setItems(this.format.overviewRows(this.results, beside));
		this.besideColumn.setVisible(beside.isPresent());
		beside.ifPresent((group) -> this.besideColumn.setHeader(group.label()));
	}

	private Div figures() {
		Div figures = new Div();
		figures.addClassName("tf-figures");
		for (Scale scale : ResultFormat.headlineScales(this.results)) {
			Cell cell = this.results.ics().cell(scale);
			if (cell instanceof Cell.Shown shown) {
				figures.add(new Figure(this.format.score(shown.statistic().mean()),
						scale.label() + ": " + shown.statistic().band().label()));
			}
			else {
				figures.add(new Figure("\u2014", scale.label() + ": " + this.format.cellText(cell)));
			}
		}
		return figures;
	}

	private String weighting(boolean partnerLead, List<GroupResult> partners) {
		Scale overall = this.results.scales(Scale.Kind.OVERALL).stream().findFirst().orElse(null);
		int leftOut = (overall == null) ? 0 : this.results.partnersLeftOut().getOrDefault(overall.key(), 0);
		String mix;
		if (partnerLead || overall == null) {
			mix = this.format.partnersLeftOut(leftOut);
		}
		else {
			long included = partners.stream().filter((group) -> group.cell(overall).shown()).count();
			mix = this.format.partnerMix(included, leftOut);
		}
		return "Based on " + this.format.count(this.results.respondents()) + " respondents. Counting each respondent "
				+ "once lets large organisations weigh more; counting each organisation once gives every partner "
				+ "the same say. " + mix;
	}

	private Select<GroupResult> compareSelect(List<GroupResult> partners) {
		Select<GroupResult> select = new Select<>();
		select.setLabel("Compare the partnership with a partner");
		select.setWidth("min(100%, 28rem)");
		select.setItems(partners);
		select.setItemLabelGenerator((group) -> (group == null) ? "No partner" : group.label());
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption("No partner");
		select.addValueChangeListener((event) -> show(Optional.ofNullable(event.getValue())));
		return select;
	}

}
