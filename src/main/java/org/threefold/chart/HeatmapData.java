package org.threefold.chart;

import java.util.List;
import java.util.stream.Stream;

/**
 * What a heatmap shows: groups (rows) by scales (columns), each cell coloured by its
 * distance from the whole partnership's score on the same scale.
 *
 * @param rowHeading what the rows are, e.g. "Partner" or "Profession"
 * @param reference the whole partnership, drawn as the first row and used as each
 * column's average
 * @param rows the groups, each with one score per column
 */
public record HeatmapData(String title, String rowHeading, List<Column> columns, ChartSeries reference,
		List<ChartSeries> rows) {

	public HeatmapData {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("A heatmap needs at least one column");
		}
		for (ChartSeries row : concat(reference, rows)) {
			if (row.scores().size() != columns.size()) {
				throw new IllegalArgumentException("Row " + row.name() + " has " + row.scores().size() + " cells for "
						+ columns.size() + " columns");
			}
		}
	}

	/**
	 * @param code short heading drawn above the column, e.g. "T1"
	 * @param name full name, listed in the key under the grid
	 * @param group what the column belongs to, e.g. its dimension; neighbouring columns
	 * of the same group share a heading
	 */
	public record Column(String code, String name, String group) {
	}

	/** The reference row's score on a column, or NaN when it is not shown. */
	public double average(int column) {
		return (this.reference.score(column) instanceof ChartScore.Shown shown) ? shown.value() : Double.NaN;
	}

	private static List<ChartSeries> concat(ChartSeries first, List<ChartSeries> rest) {
		return Stream.concat(Stream.of(first), rest.stream()).toList();
	}

}
