package org.threefold.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import org.threefold.assessment.UkDates;
import org.threefold.export.ExportData;
import org.threefold.export.Progress;
import org.threefold.export.ReportSection;

/**
 * Writes the board report: cover, contents, then every {@link ReportSection} bean in
 * order, so another module adds a chapter by declaring one.
 */
@Component
public class BoardReportWriter {

	private final List<ReportSection> sections;

	public BoardReportWriter(List<ReportSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
	}

	public void write(ExportData data, OutputStream out, Progress progress) throws IOException {
		DocxReport report = new DocxReport();
		report.cover("Board report", data.assessment().title(),
				List.of(data.icsName(),
						"Open " + data.assessment().opensOn().format(UkDates.LONG) + " to "
								+ data.assessment().closesOn().format(UkDates.LONG),
						ResultWords.count(data.results().respondents()) + " people responded",
						"Generated " + MethodSection.GENERATED.format(data.generatedAt()),
						"Small groups are protected: no result rests on fewer than " + data.results().threshold()
								+ " people. See \"Method and provenance\"."));
		report.tableOfContents();
		List<ReportSection> applicable = this.sections.stream().filter((s) -> s.appliesTo(data)).toList();
		for (int i = 0; i < applicable.size(); i++) {
			progress.report((double) i / (applicable.size() + 1),
					"Writing section " + (i + 1) + " of " + applicable.size());
			report.pageBreak();
			applicable.get(i).write(report, data);
		}
		progress.report(applicable.size() / (applicable.size() + 1.0), "Saving the report");
		report.write(out);
		progress.report(1, "Done");
	}

}
