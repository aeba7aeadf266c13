package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.threefold.export.WorkbookDocument;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;

/**
 * The long table of scores shared by the workbook's Scores sheet and scores.csv: one row
 * per grouping, group and scale. A withheld row says "withheld" in every figure and why
 * in the note; it is never blank.
 */
public final class ScoreRows {

	public static final List<String> HEADINGS = List.of("Grouping", "Group", "Scale kind", "Dimension", "Scale id",
			"Scale", "n", "Mean (0-100)", "95% CI low", "95% CI high", "Agreement (rwg)", "Suppressed", "Note");

	public static final List<Integer> WIDTHS = List.of(20, 34, 12, 22, 16, 40, 8, 12, 11, 11, 14, 11, 60);

	/** The first of the figure columns (n), for number formats. */
	public static final int FIRST_FIGURE = 6;

	private ScoreRows() {
	}

	public static void forEach(AssessmentResults results, Consumer<List<Object>> each) {
		List<GroupResult> groups = new ArrayList<>();
		groups.add(results.ics());
		for (Grouping grouping : Grouping.values()) {
			groups.addAll(results.groups(grouping));
		}
		for (GroupResult group : groups) {
			for (Scale scale : results.scales()) {
				each.accept(row(group, scale));
			}
		}
	}

	static List<Object> row(GroupResult group, Scale scale) {
		List<Object> row = new ArrayList<>(
				List.of(group.grouping().label(), group.label(), scale.kind().name().toLowerCase(java.util.Locale.ROOT),
						(scale.dimension() != null) ? scale.dimension().label() : "", scale.id(), scale.label()));
		Cell cell = group.cell(scale);
		if (cell instanceof Cell.Shown shown) {
			var s = shown.statistic();
			row.add(s.n());
			row.add(s.mean());
			row.add(s.ciLow());
			row.add(s.ciHigh());
			row.add(Double.isNaN(s.agreement()) ? new WorkbookDocument.Withheld("n/a (one person)") : s.agreement());
			row.add("false");
			row.add("");
		}
		else {
			WorkbookDocument.Withheld withheld = new WorkbookDocument.Withheld(
					(cell instanceof Cell.Withheld) ? "withheld" : "no responses");
			for (int i = 0; i < 5; i++) {
				row.add(withheld);
			}
			row.add((cell instanceof Cell.Withheld) ? "true" : "false");
			row.add(ResultWords.explanation(cell));
		}
		return row;
	}

}
