package org.threefold.partner.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadHandler;

import org.threefold.partner.CsvProblem;
import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerImport;
import org.threefold.partner.internal.PartnerWriter;

/**
 * Loads a partnership's partner list from a spreadsheet saved as CSV. The import is
 * all-or-nothing, so the dialog either says how many partners arrived or lists every
 * problem and says plainly that nothing was imported. The file is handed to the importer
 * it is given; the dialog never sees a service.
 */
public class PartnerImportDialog extends Dialog {

	private final Div outcome = new Div();

	private final SerializableFunction<byte[], PartnerImport> importer;

	private final SerializableRunnable onImported;

	/**
	 * @param importer imports the file's bytes into {@code ics}, all or nothing
	 * @param onImported called after a successful import, e.g. to refresh partner counts
	 */
	public PartnerImportDialog(IcsView ics, SerializableFunction<byte[], PartnerImport> importer,
			SerializableRunnable onImported) {
		this.importer = importer;
		this.onImported = onImported;
		setHeaderTitle("Import partners into " + ics.name());
		setWidth("min(40rem, 100vw)");

		Paragraph columns = new Paragraph("Save your partner list from the spreadsheet as \"CSV UTF-8\" with a header "
				+ "row. Required columns: name, sector. Optional: ods_code, headcount, budget_band. Partners "
				+ "already in " + ics.name() + " stay as they are; a name or ODS code may not appear twice.");
		Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> imported(metadata.fileName(), bytes)));
		upload.setMaxFiles(1);
		upload.setMaxFileSize(PartnerWriter.MAX_FILE_BYTES);
		upload.setAcceptedFileTypes("text/csv", ".csv");
		upload.setUploadButton(new Button("Choose CSV file"));
		upload.setDropLabel(new Span("or drop one file here (.csv, at most 1 MB)"));
		upload.addFileRejectedListener(
				(rejected) -> showProblems("The file was not sent: only one .csv file of at most 1 MB can be imported ("
						+ rejected.getErrorMessage() + ").", null));
		this.outcome.getElement().setAttribute("aria-live", "polite");
		add(columns, upload, this.outcome);
		getFooter().add(new Button("Close", (click) -> close()));
	}

	/** Called inside UI.access by the in-memory handler, so it may touch components. */
	private void imported(String fileName, byte[] bytes) {
		if (fileName == null || !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			showProblems("Nothing was imported: only .csv files can be imported.", null);
			return;
		}
		PartnerImport result = this.importer.apply(bytes);
		if (result.succeeded()) {
			this.outcome.removeAll();
			Paragraph done = new Paragraph(
					result.imported() + ((result.imported() == 1) ? " partner" : " partners") + " imported.");
			done.addClassName("tf-done");
			this.outcome.add(done);
			this.onImported.run();
		}
		else {
			UnorderedList list = new UnorderedList();
			result.problems().stream().map(CsvProblem::toString).forEach((problem) -> list.add(new ListItem(problem)));
			showProblems("Nothing was imported. Fix these problems in the file and upload it again:", list);
		}
	}

	private void showProblems(String heading, UnorderedList list) {
		this.outcome.removeAll();
		Div problems = new Div(new Span(heading));
		problems.addClassName("tf-problems");
		problems.getElement().setAttribute("role", "alert");
		if (list != null) {
			problems.add(list);
		}
		this.outcome.add(problems);
	}

}
