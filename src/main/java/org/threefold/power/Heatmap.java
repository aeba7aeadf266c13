package org.threefold.power;

import java.util.List;

/**
 * A generic heatmap: labelled rows by labelled columns, each cell a {@link HeatCell}.
 * Used for the influence, respect and data-trust matrices and the shares of cost, risk
 * and benefit here, and meant for the workshop voice heatmaps too, so it knows nothing
 * about partners or questions.
 *
 * @param title the heading, e.g. "Influence over shared decisions"
 * @param rowHeading what the rows are, e.g. "Rated by (partner)"
 * @param columnHeading what the columns are, e.g. "Partner rated"
 * @param rows row labels
 * @param columns column labels (short; the full names are in {@code columnKey})
 * @param columnKey full column names, listed under the picture, same order as columns
 * @param cells one list per row, one cell per column
 * @param scale how values are coloured
 * @param unit how a value is written, e.g. "" for scores or "%" for shares
 * @param reading one or two sentences on how to read it, shown above the grid
 */
public record Heatmap(String title, String rowHeading, String columnHeading, List<String> rows, List<String> columns,
		List<String> columnKey, List<List<HeatCell>> cells, Scale scale, String unit, String reading) {

	public Heatmap {
		rows = List.copyOf(rows);
		columns = List.copyOf(columns);
		columnKey = List.copyOf(columnKey);
		cells = cells.stream().map(List::copyOf).toList();
		if (cells.size() != rows.size()) {
			throw new IllegalArgumentException(cells.size() + " rows of cells for " + rows.size() + " row labels");
		}
		for (List<HeatCell> row : cells) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(row.size() + " cells for " + columns.size() + " columns");
			}
		}
		if (columnKey.size() != columns.size()) {
			throw new IllegalArgumentException("The column key needs one name per column");
		}
	}

	/** How cells are coloured. */
	public enum Scale {

		/**
		 * A 0–100 score in five classes, one per maturity band, from light to dark: the
		 * darker, the higher.
		 */
		SCORE,
		/**
		 * The difference between the value and what the cell compares it with, orange
		 * below and purple above, darker the further away.
		 */
		DIFFERENCE

	}

	public HeatCell cell(int row, int column) {
		return this.cells.get(row).get(column);
	}

	/** True when at least one cell is shown. */
	public boolean anyShown() {
		return this.cells.stream().flatMap(List::stream).anyMatch(HeatCell.Shown.class::isInstance);
	}

}
