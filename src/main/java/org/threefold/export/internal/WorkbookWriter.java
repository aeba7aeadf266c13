package org.threefold.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import org.threefold.export.ExportData;
import org.threefold.export.Progress;
import org.threefold.export.WorkbookSection;

/**
 * Writes the workbook from every {@link WorkbookSection} bean in order, so another module
 * adds sheets by declaring one.
 */
@Component
public class WorkbookWriter {

	private final List<WorkbookSection> sections;

	public WorkbookWriter(List<WorkbookSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(WorkbookSection::order)).toList();
	}

	public void write(ExportData data, OutputStream out, Progress progress) throws IOException {
		try (XlsxWorkbook workbook = new XlsxWorkbook()) {
			List<WorkbookSection> applicable = this.sections.stream().filter((s) -> s.appliesTo(data)).toList();
			for (int i = 0; i < applicable.size(); i++) {
				progress.report((double) i / (applicable.size() + 1),
						"Writing part " + (i + 1) + " of " + applicable.size());
				applicable.get(i).write(workbook, data);
			}
			progress.report(applicable.size() / (applicable.size() + 1.0), "Saving the workbook");
			workbook.write(out);
		}
		progress.report(1, "Done");
	}

}
