package org.threefold.export;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files an assessment can be exported as. The file names are part of the API's
 * addresses ({@code /api/v1/assessments/{id}/exports/{fileName}}), so they never change.
 */
public enum ExportFormat {

	BOARD_REPORT("board-report.docx", "Board report (Word)",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
	WORKBOOK("workbook.xlsx", "Workbook (Excel)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	SCORES_CSV("scores.csv", "Scores (CSV)", "text/csv; charset=UTF-8"),
	RESPONSES_CSV("responses.csv", "Anonymised responses (CSV)", "text/csv; charset=UTF-8");

	private final String fileName;

	private final String label;

	private final String contentType;

	ExportFormat(String fileName, String label, String contentType) {
		this.fileName = fileName;
		this.label = label;
		this.contentType = contentType;
	}

	public String fileName() {
		return this.fileName;
	}

	public String label() {
		return this.label;
	}

	public String contentType() {
		return this.contentType;
	}

	/** The audit action, e.g. {@code export.board-report}. */
	public String auditAction() {
		return "export." + this.fileName.substring(0, this.fileName.indexOf('.'));
	}

	public static Optional<ExportFormat> fromFileName(String fileName) {
		return Arrays.stream(values()).filter((format) -> format.fileName.equals(fileName)).findFirst();
	}

}
