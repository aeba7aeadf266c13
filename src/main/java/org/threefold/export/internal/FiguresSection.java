package org.threefold.export.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.threefold.export.ExportData;
import org.threefold.export.ReportDocument;
import org.threefold.export.ReportSection;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;

/**
 * Charts and heatmaps from the chart module, each with its caption and alt text, and a
 * table of dimension scores by sector.
 */
@Component
class FiguresSection implements ReportSection {

	private final RenderedCharts charts;

	FiguresSection(RenderedCharts charts) {
		this.charts = charts;
	}

	static final List<Grouping> HEATMAPS = List.of(Grouping.PARTNER, Grouping.SECTOR, Grouping.PROFESSION,
			Grouping.SENIORITY);

	@Override
	public int order() {
		return 200;
	}

	@Override
	public boolean appliesTo(ExportData data) {
		return data.results().ics().cell(data.results().scales().get(0)).shown();
	}

	@Override
	public void write(ReportDocument document, ExportData data) {
		AssessmentResults results = data.results();
		document.heading(1, "Scores in charts");
		document.paragraph("Each bar shows the partnership's score with its 95% interval. In the heatmaps, "
				+ "each cell is a group's score on a sub-dimension, coloured by how far it lies from the "
				+ "partnership's score; a withheld cell is hatched and has no number.");
		document.heading(2, "The partnership's profile");
		List<Scale> headline = ResultWords.headline(results);
		document.figure(this.charts.profile(ResultWords.profile(results)),
				new ReportDocument.FigureFacts("The partnership's overall and dimension scores", results.respondents(),
						results.threshold(), ResultWords.withheld(List.of(results.ics()), headline)));
		for (Grouping grouping : HEATMAPS) {
			List<GroupResult> groups = results.groups(grouping);
			if (groups.isEmpty() || results.scales(Scale.Kind.SUBDIMENSION).isEmpty()) {
				continue;
			}
			document.heading(2, "By " + grouping.label().toLowerCase(Locale.UK));
			document.figure(this.charts.heatmap(ResultWords.heatmap(results, grouping)),
					new ReportDocument.FigureFacts("Sub-dimension scores by " + grouping.label().toLowerCase(Locale.UK),
							results.respondents(), results.threshold(),
							ResultWords.withheld(groups, results.scales(Scale.Kind.SUBDIMENSION))));
		}
		List<GroupResult> sectors = results.groups(Grouping.SECTOR);
		if (!sectors.isEmpty()) {
			document.heading(2, "Dimension scores by sector");
			List<String> headings = new java.util.ArrayList<>(List.of("Sector"));
			headline.forEach((scale) -> headings.add(scale.label()));
			List<List<String>> rows = new java.util.ArrayList<>();
			rows.add(row(results.ics(), headline));
			sectors.forEach((group) -> rows.add(row(group, headline)));
			document.table("Scores out of 100 by sector; withheld cells say why", headings, rows);
		}
	}

	private static List<String> row(GroupResult group, List<Scale> scales) {
		List<String> row = new java.util.ArrayList<>(List.of(group.label()));
		scales.forEach((scale) -> row.add(ResultWords.score(group.cell(scale))));
		return row;
	}

}
