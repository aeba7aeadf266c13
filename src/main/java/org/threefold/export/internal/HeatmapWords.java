package org.threefold.export.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.threefold.export.ReportDocument;
import org.threefold.export.WorkbookDocument;
import org.threefold.power.HeatCell;
import org.threefold.power.Heatmap;

/**
 * A power or voice heatmap in words and cells, for the exports that carry one: what is
 * withheld and why (so a hatched cell is never left unexplained), its caption facts, and
 * its cells for a workbook sheet.
 */
final class HeatmapWords {

	/** The note every file with power or voice heatmaps carries. */
	static final String NOT_A_VERDICT = "Colours are not verdicts: they show where to look and start a "
			+ "conversation, not who is right or wrong. Every cell also carries its figure and the number of people "
			+ "it rests on (n), so nothing depends on colour.";

	private HeatmapWords() {
	}

	/** "Sector" to "sector", but "NHS or non-NHS" stays as it is. */
	static String lowerFirst(String label) {
		if (label.length() > 1 && Character.isUpperCase(label.charAt(1))) {
			return label;
		}
		return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

	/** "Withheld: fewer than …", without saying "withheld" twice. */
	static String withheldNote(String reason) {
		return reason.startsWith("Withheld") ? reason : "Withheld: " + reason;
	}

	static int withheld(Heatmap heatmap) {
		return (int) heatmap.cells().stream().flatMap(List::stream).filter(HeatCell.Withheld.class::isInstance).count();
	}

	/**
	 * Caption facts: the title, how many people, the threshold and the withheld count.
	 */
	static ReportDocument.FigureFacts facts(Heatmap heatmap, long people, int threshold) {
		return new ReportDocument.FigureFacts(heatmap.title(), people, threshold, withheld(heatmap));
	}

	/**
	 * Why cells are withheld or empty, one sentence per reason with how many cells it
	 * covers; "Every cell is shown." when none is.
	 */
	static List<String> explained(Heatmap heatmap) {
		Map<String, Integer> reasons = new LinkedHashMap<>();
		int empty = 0;
		int cells = 0;
		for (List<HeatCell> row : heatmap.cells()) {
			for (HeatCell cell : row) {
				cells++;
				if (cell instanceof HeatCell.Withheld withheld) {
					reasons.merge(withheld.reason(), 1, Integer::sum);
				}
				else if (cell instanceof HeatCell.Empty) {
					empty++;
				}
			}
		}
		List<String> lines = new ArrayList<>();
		if (reasons.isEmpty() && empty == 0) {
			lines.add("Every one of the " + cells + " cells is shown.");
			return lines;
		}
		int withheld = reasons.values().stream().mapToInt(Integer::intValue).sum();
		if (withheld > 0) {
			lines.add(withheld + " of the " + cells + " cells are withheld to protect respondents: they are hatched, "
					+ "show a dash and carry no figure.");
		}
		reasons.forEach((reason, count) -> lines.add(reason + ": " + count + ((count == 1) ? " cell." : " cells.")));
		if (empty > 0) {
			lines.add(empty + ((empty == 1) ? " cell has" : " cells have")
					+ " no answers (\"none\"): nobody rated or shared anything there.");
		}
		return lines;
	}

	/**
	 * One row of a workbook sheet: the row label, then each cell as a number, or as its
	 * explanation when withheld or empty.
	 */
	static List<Object> sheetRow(Heatmap heatmap, int row) {
		List<Object> values = new ArrayList<>();
		values.add(heatmap.rows().get(row));
		for (HeatCell cell : heatmap.cells().get(row)) {
			values.add(switch (cell) {
				case HeatCell.Shown shown -> shown.value();
				case HeatCell.Reference reference -> reference.value();
				case HeatCell.Withheld withheld -> new WorkbookDocument.Withheld(withheldNote(withheld.reason()));
				case HeatCell.Empty empty -> new WorkbookDocument.Withheld("No answers");
			});
		}
		return values;
	}

}
