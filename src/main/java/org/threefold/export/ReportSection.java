package org.threefold.export;

/**
 * A chapter of the board report. Declare one as a Spring bean and the report includes it,
 * in {@link #order()}: summary 100, figures 200, power heatmaps 300, action plan 400,
 * workshops 500, method and provenance 900 (always last, as it lists every figure).
 */
public interface ReportSection {

	int order();

	/** False leaves the chapter out, e.g. when there is nothing to say yet. */
	default boolean appliesTo(ExportData data) {
		return true;
	}

	void write(ReportDocument document, ExportData data);

}
