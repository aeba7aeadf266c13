package org.threefold.questionnaire.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.threefold.questionnaire.LoadProblem;
import org.threefold.questionnaire.LoadReport;
import org.threefold.ui.Card;

/** The administrator's view of the last read of the questionnaire files. */
class LoadReportPanel extends Card {

	private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	LoadReportPanel(LoadReport report) {
		super("Questionnaire files");
		Span status = new Span(report.clean() ? "All files loaded" : report.problems().size() + " problems");
		status.addClassNames("tf-tag", report.clean() ? "tf-tag-ok" : "tf-tag-problem");
		addContent(status, new Paragraph("Read " + report.files().size() + " files from " + report.directory() + " on "
				+ UK_TIME.format(report.readAt()) + ": " + String.join(", ", report.files()) + "."));
		if (report.clean()) {
			return;
		}
		addContent(new Paragraph("A file with a problem is not used at all; the others are. Fix each line below, "
				+ "then choose \"Read files again\"."));
		Grid<LoadProblem> problems = new Grid<>();
		problems.addColumn(LoadProblem::file).setHeader("File").setAutoWidth(true);
		problems.addColumn((p) -> (p.line() > 0) ? String.valueOf(p.line()) : "").setHeader("Line").setAutoWidth(true);
		problems.addColumn(LoadProblem::field).setHeader("Field").setAutoWidth(true);
		problems.addColumn(LoadProblem::message).setHeader("What is wrong").setFlexGrow(1);
		problems.setItems(report.problems());
		problems.setAllRowsVisible(true);
		problems.setAriaLabel("Problems in questionnaire files");
		addContent(problems);
	}

}
