package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import org.threefold.actionplan.ActionPlan;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.PlanAction;
import org.threefold.assessment.UkDates;
import org.threefold.export.ActionPlanExport;
import org.threefold.export.AnonymisedResponses;
import org.threefold.export.ExportData;
import org.threefold.export.WorkbookDocument;
import org.threefold.export.WorkbookSection;
import org.threefold.power.Heatmap;
import org.threefold.power.PowerMaps;
import org.threefold.power.PowerService;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;

/**
 * The workbook's sheets: about, scores, heatmaps, power heatmaps, the action plan and
 * anonymised responses.
 */
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
				List<String> columns = new ArrayList<>();
				for (Scale scale : results.scales()) {
					columns.add((scale.kind() == Scale.Kind.SUBDIMENSION)
							? ResultWords.code(scale) + " " + scale.label() : scale.label());
				}
				List<GroupResult> groupRows = new ArrayList<>();
				groupRows.add(results.ics());
				groupRows.addAll(groups);
				List<List<Object>> rows = new ArrayList<>();
				for (GroupResult group : groupRows) {
					List<Object> row = new ArrayList<>(List.of(group.label()));
					for (Scale scale : results.scales()) {
						Cell cell = group.cell(scale);
						row.add((cell instanceof Cell.Shown shown) ? (Object) shown.statistic().mean()
								: new WorkbookDocument.Withheld(ResultWords.explanation(cell)));
					}
					rows.add(row);
				}
				grid(workbook, "Heatmap " + grouping.label().toLowerCase(Locale.UK).replace(" or ", "-"),
						grouping.label(), columns, rows, true);
			}
		}

	}

	/**
	 * A heatmap as a sheet: a label column, then one column per heading, numbers coloured
	 * red (0) to yellow (50) to green (100) when {@code colour}, withheld cells
	 * explained.
	 */
	static WorkbookDocument.Sheet grid(WorkbookDocument workbook, String name, String rowHeading, List<String> columns,
			List<List<Object>> rows, boolean colour) {
		List<String> headings = new ArrayList<>(List.of(rowHeading));
		List<Integer> widths = new ArrayList<>(List.of(34));
		for (String column : columns) {
			headings.add(column);
			widths.add(14);
		}
		WorkbookDocument.Sheet sheet = workbook.sheet(name, headings, widths);
		rows.forEach(sheet::row);
		if (colour) {
			sheet.colourScale(1, columns.size());
		}
		return sheet;
	}

	/**
	 * The power heatmaps, one sheet each, coloured like the score heatmaps; the shares of
	 * cost, risk and benefit (points out of 100, compared with an equal share) are not
	 * coloured, as a red-to-green scale would read them as good or bad.
	 */
	@Component
	static class PowerHeatmaps implements WorkbookSection {

		private final PowerService power;

		PowerHeatmaps(PowerService power) {
			this.power = power;
		}

		@Override
		public int order() {
			return 400;
		}

		@Override
		public boolean appliesTo(ExportData data) {
			PowerMaps maps = PowerSection.maps(data, this.power);
			return !maps.matrices().isEmpty() || maps.shares() != null;
		}

		@Override
		public void write(WorkbookDocument workbook, ExportData data) {
			PowerMaps maps = PowerSection.maps(data, this.power);
			for (PowerMaps.Matrix matrix : maps.matrices()) {
				sheet(workbook, "Power " + matrix.measure().shortLabel().toLowerCase(Locale.UK), matrix.heatmap(),
						true);
			}
			if (maps.shares() != null) {
				sheet(workbook, "Power cost-risk-benefit", maps.shares().heatmap(), false);
			}
		}

		private static void sheet(WorkbookDocument workbook, String name, Heatmap heatmap, boolean colour) {
			List<List<Object>> rows = new ArrayList<>();
			for (int row = 0; row < heatmap.rows().size(); row++) {
				rows.add(HeatmapWords.sheetRow(heatmap, row));
			}
			WorkbookDocument.Sheet sheet = grid(workbook, name, heatmap.rowHeading(), heatmap.columnKey(), rows,
					colour);
			sheet.row(List.of("About this sheet: " + heatmap.title() + ". " + heatmap.reading() + " "
					+ HeatmapWords.NOT_A_VERDICT));
		}

	}

	/**
	 * The ICS action plan in one filterable sheet: the actions from this assessment
	 * first, then the rest, with the same columns as {@code action-plan.xlsx}.
	 */
	@Component
	static class ActionPlanSheet implements WorkbookSection {

		private final ActionPlanService plans;

		ActionPlanSheet(ActionPlanService plans) {
			this.plans = plans;
		}

		@Override
		public int order() {
			return 500;
		}

		@Override
		public void write(WorkbookDocument workbook, ExportData data) {
			ActionPlan plan = ActionPlanSection.plan(data, this.plans);
			List<String> headings = new ArrayList<>(List.of("Part of the plan"));
			headings.addAll(ActionPlanExport.HEADINGS);
			List<Integer> widths = new ArrayList<>(List.of(26));
			widths.addAll(ActionPlanExport.WIDTHS);
			WorkbookDocument.Sheet sheet = workbook.sheet("Action plan", headings, widths);
			List<List<PlanAction>> parts = ActionPlanExport.split(plan, data.assessment().id());
			for (int part = 0; part < 2; part++) {
				String label = (part == 0) ? "From this assessment" : "Rest of the plan";
				for (PlanAction action : parts.get(part)) {
					List<Object> row = new ArrayList<>(List.of(label));
					row.addAll(ActionPlanExport.row(action));
					sheet.row(row);
				}
			}
			if (plan.actions().isEmpty()) {
				sheet.row(List.of("No actions yet", "The action plan is empty."));
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
