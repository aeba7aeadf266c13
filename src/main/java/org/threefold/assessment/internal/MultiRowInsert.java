package org.threefold.assessment.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows with multi-row {@code VALUES} statements of a hundred rows each, sent
 * in JDBC batches. The database then parses and executes one statement per hundred rows
 * instead of one per row: on H2 that makes bulk recording of responses (tens of thousands
 * of answer and score rows for the demo alone) about twice as fast, and on PostgreSQL it
 * saves the per-row round trips that a plain JDBC batch costs unless the driver is told
 * to rewrite batches.
 */
final class MultiRowInsert {

	private static final int ROWS_PER_STATEMENT = 100;

	private static final int STATEMENTS_PER_BATCH = 10;

	private MultiRowInsert() {
	}

	/**
	 * @param insert the statement up to and including {@code values}, e.g.
	 * {@code insert into answer (a, b) values}
	 * @param rows the rows, each with one value per column
	 */
	static void insert(JdbcTemplate jdbc, String insert, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		int columns = rows.get(0).length;
		String row = "(" + String.join(", ", Collections.nCopies(columns, "?")) + ")";
		int whole = rows.size() - rows.size() % ROWS_PER_STATEMENT;
		List<Object[]> statements = new ArrayList<>();
		for (int from = 0; from < whole; from += ROWS_PER_STATEMENT) {
			statements.add(flatten(rows.subList(from, from + ROWS_PER_STATEMENT), columns));
		}
		String full = insert + " " + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, row));
		for (int from = 0; from < statements.size(); from += STATEMENTS_PER_BATCH) {
			jdbc.batchUpdate(full, statements.subList(from, Math.min(statements.size(), from + STATEMENTS_PER_BATCH)));
		}
		if (whole < rows.size()) {
			jdbc.update(insert + " " + String.join(", ", Collections.nCopies(rows.size() - whole, row)),
					flatten(rows.subList(whole, rows.size()), columns));
		}
	}

	private static Object[] flatten(List<Object[]> rows, int columns) {
		Object[] values = new Object[rows.size() * columns];
		for (int i = 0; i < rows.size(); i++) {
			System.arraycopy(rows.get(i), 0, values, i * columns, columns);
		}
		return values;
	}

}
