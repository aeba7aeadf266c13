package org.threefold.partner;

import java.util.List;

/**
 * The outcome of a CSV import: either every row was imported, or none was and the
 * problems say why, line by line.
 */
public record PartnerImport(int imported, List<CsvProblem> problems) {

	public boolean succeeded() {
		return this.problems.isEmpty();
	}

	public static PartnerImport rejected(List<CsvProblem> problems) {
		return new PartnerImport(0, List.copyOf(problems));
	}

}
