package org.threefold.partner;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a partner list exported from a spreadsheet. Pure parsing: it checks each row on
 * its own and against the other rows, and leaves checks against the database to
 * {@code internal.PartnerWriter}. The caller imports nothing unless
 * {@link Result#problems()} is empty.
 * <p>
 * Columns (header row required, any order, case-insensitive): {@code name},
 * {@code sector} (required) and {@code ods_code}, {@code headcount}, {@code budget_band}
 * (optional).
 */
public final class PartnerCsvParser {

	public static final int MAX_ROWS = 2_000;

	static final Set<String> REQUIRED_COLUMNS = Set.of("name", "sector");

	static final Set<String> KNOWN_COLUMNS = Set.of("name", "sector", "ods_code", "headcount", "budget_band");

	/** Rows that parsed, with their line numbers, and every problem found. */
	public record Result(List<Row> rows, List<CsvProblem> problems) {

		public boolean ok() {
			return this.problems.isEmpty();
		}

	}

	public record Row(long line, PartnerDraft draft) {
	}

	public Result parse(Reader reader) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		List<Row> rows = new ArrayList<>();
		List<CsvProblem> problems = new ArrayList<>();
		try (CSVParser parser = format.parse(reader)) {
			Map<String, String> columns = headerColumns(parser.getHeaderNames(), problems);
			if (!problems.isEmpty()) {
				return new Result(List.of(), problems);
			}
			Map<String, Long> firstLineByName = new HashMap<>();
			Map<String, Long> firstLineByOds = new HashMap<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (rows.size() + problems.size() >= MAX_ROWS) {
					problems.add(new CsvProblem(0,
							"The file has more than " + MAX_ROWS + " partners; split it into smaller files"));
					break;
				}
				readRow(record, line, columns, problems).ifPresent((draft) -> {
					checkUnique(firstLineByName, draft.name().toLowerCase(Locale.ROOT), line,
							"name \"" + draft.name() + "\"", problems);
					if (draft.odsCode() != null) {
						checkUnique(firstLineByOds, draft.odsCode(), line, "ODS code " + draft.odsCode(), problems);
					}
					rows.add(new Row(line, draft));
				});
			}
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			// Commons CSV reports broken quoting and duplicate headers this way.
			problems.add(new CsvProblem(0, "The file is not valid CSV: " + rootMessage(ex)));
		}
		catch (IOException ex) {
			problems.add(new CsvProblem(0, "The file could not be read: " + ex.getMessage()));
		}
		if (problems.isEmpty() && rows.isEmpty()) {
			problems.add(new CsvProblem(0, "The file has a header but no partners"));
		}
		return new Result(problems.isEmpty() ? List.copyOf(rows) : List.of(), List.copyOf(problems));
	}

	private static Map<String, String> headerColumns(List<String> header, List<CsvProblem> problems) {
		Map<String, String> columns = new HashMap<>();
		if (header.isEmpty()) {
			problems.add(new CsvProblem(1, "The file is empty; the first line must name the columns: name,sector,"
					+ "ods_code,headcount,budget_band"));
			return columns;
		}
		for (String raw : header) {
			String normalised = raw.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			if (!KNOWN_COLUMNS.contains(normalised)) {
				problems.add(new CsvProblem(1, "Unknown column \"" + raw + "\"; expected " + String.join(", ",
						new LinkedHashSet<>(List.of("name", "sector", "ods_code", "headcount", "budget_band")))));
			}
			columns.put(normalised, raw);
		}
		for (String required : REQUIRED_COLUMNS) {
			if (!columns.containsKey(required)) {
				problems.add(new CsvProblem(1, "Missing required column \"" + required + "\""));
			}
		}
		return columns;
	}

	private static Optional<PartnerDraft> readRow(CSVRecord record, long line, Map<String, String> columns,
			List<CsvProblem> problems) {
		if (!record.isConsistent()) {
			problems.add(new CsvProblem(line,
					"has " + record.size() + " values but the header has " + columns.size() + " columns"));
			return Optional.empty();
		}
		List<String> rowProblems = new ArrayList<>();
		String sectorText = value(record, columns, "sector");
		Sector sector = Sector.parse(sectorText).orElse(null);
		if (sector == null && !sectorText.isEmpty()) {
			rowProblems.add("unknown sector \"" + sectorText + "\" (use one of: " + Sector.codes() + ")");
		}
		Integer headcount = null;
		String headcountText = value(record, columns, "headcount").replace(",", "");
		if (!headcountText.isEmpty()) {
			try {
				headcount = Integer.valueOf(headcountText);
			}
			catch (NumberFormatException ex) {
				rowProblems.add("headcount \"" + headcountText + "\" is not a whole number");
			}
		}
		String bandText = value(record, columns, "budget_band");
		BudgetBand band = BudgetBand.parse(bandText).orElse(null);
		if (band == null && !bandText.isEmpty()) {
			rowProblems.add("unknown budget band \"" + bandText + "\" (use one of: " + BudgetBand.codes() + ")");
		}
		PartnerDraft draft = new PartnerDraft(value(record, columns, "name"), sector,
				value(record, columns, "ods_code"), headcount, band);
		draft.problems()
			.stream()
			// An unknown sector was already explained more precisely above.
			.filter((problem) -> !(sector == null && !sectorText.isEmpty() && problem.startsWith("Sector")))
			.map((problem) -> Character.toLowerCase(problem.charAt(0)) + problem.substring(1))
			.forEach(rowProblems::add);
		rowProblems.forEach((problem) -> problems.add(new CsvProblem(line, problem)));
		return rowProblems.isEmpty() ? Optional.of(draft) : Optional.empty();
	}

	private static void checkUnique(Map<String, Long> firstLines, String key, long line, String what,
			List<CsvProblem> problems) {
		Long first = firstLines.putIfAbsent(key, line);
		if (first != null) {
			problems.add(new CsvProblem(line, what + " appears twice (first on line " + first + ")"));
		}
	}

	private static String value(CSVRecord record, Map<String, String> columns, String column) {
		String header = columns.get(column);
		return (header == null || !record.isSet(header)) ? "" : record.get(header).strip();
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getMessage();
	}

}
