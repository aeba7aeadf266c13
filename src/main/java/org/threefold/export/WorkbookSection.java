package org.threefold.export;

/**
 * Sheets of the workbook. Declare one as a Spring bean and the workbook includes it, in
 * {@link #order()}: about 100, scores 200, heatmaps 300, power heatmaps 400, action plan
 * 500, anonymised responses 900.
 */
public interface WorkbookSection {

	int order();

	default boolean appliesTo(ExportData data) {
		return true;
	}

	void write(WorkbookDocument workbook, ExportData data);

}
