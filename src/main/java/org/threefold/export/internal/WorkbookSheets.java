package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.threefold.assessment.UkDates;
import org.threefold.export.AnonymisedResponses;
import org.threefold.export.ExportData;
import org.threefold.export.WorkbookDocument;
import org.threefold.export.WorkbookSection;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;

/** The workbook's own sheets: about, scores, heatmaps and anonymised responses. */
final class WorkbookSheets {

	private WorkbookSheets() {
	}

	/** What the workbook is, where it came from, and how to read it. */
	@Component
	static class About implements WorkbookSection {

		@Override
		public int order() {
			return 100;
		}

		@Override
		public void write(WorkbookDocument workbook, ExportData data) {
			WorkbookDocument.Sheet sheet = workbook.sheet("About", List.of("Item", "Value"), List.of(34, 110));
			sheet.row(List.of("Assessment", data.assessment().title()));
			sheet.row(List.of("Partnership", data.icsName()));
			sheet.row(List.of("Open", data.assessment().opensOn().format(UkDates.LONG) + " to "
					+ data.assessment().closesOn().format(UkDates.LONG)));
			sheet.row(List.of("People responding (n)", data.results().respondents()));
			sheet.row(List.of("Smallest group shown", data.results().threshold()));
			for (QuestionnaireDefinition q : data.questionnaires()) {
				sheet.row(List.of("Questionnaire",
						q.title() + ", version " + q.versionLabel() + " (" + q.shortHash() + ")"));
			}
			sheet.row(List.of("Generated", MethodSection.GENERATED.format(data.generatedAt())));
			sheet.row(List.of("SHA-256 of the data", data.dataHash()));
			sheet
				.row(List.of("Suppression", "A group's result is shown only when at least " + data.results().threshold()
						+ " people in it responded, and is withheld when it would let a withheld group be worked out "
						+ "from other figures. Withheld cells say \"withheld\" and the Note column says why."));
			sheet.row(List.of("Heatmaps", "Means out of 100, coloured red (0) to yellow (50) to green (100)."));
			data.responses()
				.ifPresent((responses) -> sheet.row(List.of("Anonymised responses",
						ResultWords.count(responses.released()) + " rows; " + ResultWords.count(responses.leftOut())
								+ " responses left out because their organisation and audience together had fewer than "
								+ data.results().threshold() + " respondents. Dates are months only.")));
			sheet.row(List.of("Text cells", "Any text starting with = + - @ or a tab is prefixed with ' so it is "
					+ "never run as a formula."));
		}

	}

	/** Every grouping's scores in one long, filterable table. */
	@Component
	static class Scores implements WorkbookSection {

		@Override
		public int order() {
			return 200;
		}

		@Override
		public void write(WorkbookDocument workbook, ExportData data) {
			WorkbookDocument.Sheet sheet = workbook.sheet("Scores", ScoreRows.HEADINGS, ScoreRows.WIDTHS);
			ScoreRows.forEach(data.results(), sheet::row);
			sheet.colourScale(7, 7);
		}

	}

	/** One colour-scaled grid per grouping: groups by scale. */
	@Component
	static class Heatmaps implements WorkbookSection {

		@Override
		public int order() {
			return 300;
		}

		@Override
		public void write(WorkbookDocument workbook, ExportData data) {
			AssessmentResults results = data.results();
			for (Grouping grouping : List.of(Grouping.PARTNER, Grouping.SECTOR, Grouping.PROFESSION, Grouping.SENIORITY,
					Grouping.LEADERSHIP, Grouping.NHS_STATUS)) {
				List<GroupResult> groups = results.groups(grouping);
				if (groups.isEmpty()) {
					continue;
				}
				List<String> headings = new ArrayList<>(List.of(grouping.label()));
				List<Integer> widths = new ArrayList<>(List.of(34));
				for (Scale scale : results.scales()) {
					headings.add((scale.kind() == Scale.Kind.SUBDIMENSION)
							? ResultWords.code(scale) + " " + scale.label() : scale.label());
					widths.add(14);
				}
				WorkbookDocument.Sheet sheet = workbook
					.sheet("Heatmap " + grouping.label().toLowerCase(Locale.UK).replace(" or ", "-"), headings, widths);
				List<GroupResult> rows = new ArrayList<>();
				rows.add(results.ics());
				rows.addAll(groups);
				for (GroupResult group : rows) {
					List<Object> row = new ArrayList<>(List.of(group.label()));
					for (Scale scale : results.scales()) {
						Cell cell = group.cell(scale);
						row.add((cell instanceof Cell.Shown shown) ? (Object) shown.statistic().mean()
								: new WorkbookDocument.Withheld(ResultWords.explanation(cell)));
					}
					sheet.row(row);
				}
				sheet.colourScale(1, results.scales().size());
			}
		}

	}

	/** Anonymised responses, streamed. */
	@Component
	static class Responses implements WorkbookSection {

		@Override
		public int order() {
			return 900;
		}

		@Override
		public boolean appliesTo(ExportData data) {
			return data.responses().isPresent();
		}

		@Override
		public void write(WorkbookDocument workbook, ExportData data) {
			AnonymisedResponses responses = data.responses().orElseThrow();
			List<Scale> scales = data.results().scales();
			WorkbookDocument.Sheet sheet = workbook.sheet("Responses", ResponseRows.headings(scales),
					ResponseRows.widths(scales));
			responses.forEach((response) -> sheet.row(ResponseRows.row(response, scales)));
			if (responses.released() == 0) {
				sheet.row(List.of("No responses can be released: every organisation and audience has fewer than "
						+ data.results().threshold() + " respondents."));
			}
			sheet.colourScale(ResponseRows.FIRST_SCORE, ResponseRows.FIRST_SCORE + scales.size() - 1);
		}

	}

}
