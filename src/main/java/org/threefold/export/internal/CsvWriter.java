package org.threefold.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.threefold.export.AnonymisedResponses;
import org.threefold.export.ExportData;
import org.threefold.export.Progress;
import org.threefold.export.SafeText;
import org.threefold.export.WorkbookDocument;
import org.threefold.scoring.Scale;

/**
 * scores.csv and responses.csv: UTF-8 with a byte-order mark (so Excel reads the
 * characters right), RFC 4180 quoting, numbers with a full stop and two decimal places,
 * text neutralised with {@link SafeText}, withheld figures spelt out.
 */
public final class CsvWriter {

	private CsvWriter() {
	}

	public static void scores(ExportData data, OutputStream out, Progress progress) throws IOException {
		try (CSVPrinter csv = printer(out)) {
			csv.printRecord(ScoreRows.HEADINGS);
			ScoreRows.forEach(data.results(), (row) -> print(csv, row));
		}
		progress.report(1, "Done");
	}

	public static void responses(ExportData data, OutputStream out, Progress progress) throws IOException {
		AnonymisedResponses responses = data.responses().orElseThrow();
		List<Scale> scales = data.results().scales();
		long total = Math.max(1, responses.released());
		long[] written = { 0 };
		try (CSVPrinter csv = printer(out)) {
			csv.printRecord(ResponseRows.headings(scales).stream().map(SafeText::cell).toList());
			responses.forEach((response) -> {
				print(csv, ResponseRows.row(response, scales));
				if (++written[0] % 10_000 == 0) {
					progress.report((double) written[0] / total,
							ResultWords.count(written[0]) + " of " + ResultWords.count(total) + " rows");
				}
			});
		}
		progress.report(1, "Done");
	}

	private static CSVPrinter printer(OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		return new CSVPrinter(new java.io.BufferedWriter(writer, 1 << 16), CSVFormat.RFC4180);
	}

	private static void print(CSVPrinter csv, List<Object> row) {
		List<String> values = new ArrayList<>(row.size());
		for (Object value : row) {
			values.add(switch (value) {
				case null -> "";
				case Double d when Double.isNaN(d) -> "n/a";
				case Double d -> Double.toString(Math.round(d * 100) / 100.0);
				case Number n -> n.toString();
				case WorkbookDocument.Withheld w -> SafeText.cell(w.explanation());
				default -> SafeText.cell(value.toString());
			});
		}
		try {
			csv.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
