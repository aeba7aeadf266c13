package org.threefold.partner;

/**
 * One thing wrong with an uploaded CSV file.
 *
 * @param line the line in the file (1 is the header), or 0 for the file as a whole
 */
public record CsvProblem(long line, String message) {

	@Override
	public String toString() {
		return (this.line > 0) ? "Line " + this.line + ": " + this.message : this.message;
	}

}
