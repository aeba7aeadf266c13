package org.threefold.export;

import java.util.List;

/**
 * The workbook as sections see it: named sheets with a frozen, filtered heading row,
 * column widths and number formats set for them.
 */
public interface WorkbookDocument {

	/**
	 * A new sheet.
	 * @param widths column widths in characters, one per heading
	 */
	Sheet sheet(String name, List<String> headings, List<Integer> widths);

	/** A sheet being written, row by row (streamed, so rows cannot be revisited). */
	interface Sheet {

		/**
		 * Appends a row. Values: {@link String} (neutralised with {@link SafeText}),
		 * {@link Number} (a decimal gets one decimal place, a whole number none),
		 * {@link Withheld} (explained, greyed), or null for a blank cell (only where a
		 * value is not applicable, never for a withheld one).
		 */
		void row(List<?> values);

		/** Colours numbers in these columns of every row red to green (0 to 100). */
		void colourScale(int firstColumn, int lastColumn);

	}

	/** A withheld value: what the cell says instead of a number. */
	record Withheld(String explanation) {
	}

}
