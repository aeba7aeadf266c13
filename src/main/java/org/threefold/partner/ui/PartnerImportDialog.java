package org.threefold.partner.ui;

import java.io.ByteArrayInputStream;
import java.util.function.Function;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import org.threefold.partner.PartnerImport;
import org.threefold.partner.internal.PartnerWriter;

/**
 * Uploading a CSV of partners. The import is all-or-nothing, so the dialog either reports
 * the number imported or lists each bad line and says nothing was changed.
 */
public class PartnerImportDialog extends Dialog {

	private final Div outcome = new Div();

	public PartnerImportDialog(String title, Function<ByteArrayInputStream, PartnerImport> importer,
			Runnable afterSuccess) {
		setHeaderTitle(title);
		UI ui = UI.getCurrent();
		Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
			PartnerImport result = importer.apply(new ByteArrayInputStream(bytes));
			ui.access(() -> show(result, afterSuccess));
		}));
		upload.setAcceptedFileTypes(".csv", "text/csv");
		upload.setMaxFiles(1);
		upload.setMaxFileSize(PartnerWriter.MAX_FILE_BYTES);
		upload.addFileRejectedListener((rejected) -> show(rejected.getErrorMessage()));
		this.outcome.getElement().setAttribute("role", "status");
		add(new Paragraph("Save your spreadsheet as CSV (UTF-8) with a header row. Required columns: name and "
				+ "sector. Optional: ods_code, headcount, budget_band. For example:"),
				new Pre("name,sector,ods_code,headcount,budget_band\n"
						+ "Riverside Pharmacy,community-pharmacy,FA123,14,under-1m\n"
						+ "Vale Carers' Network,voluntary-community,,22,under-1m"),
				upload, this.outcome);
		getFooter().add(new Button("Close", (click) -> close()));
		setWidth("min(720px, 100vw)");
	}

	private void show(PartnerImport result, Runnable afterSuccess) {
		this.outcome.removeAll();
		if (result.succeeded()) {
			this.outcome.add(new Paragraph(result.imported() + " partners imported."));
			afterSuccess.run();
			return;
		}
		UnorderedList list = new UnorderedList();
		result.problems().forEach((problem) -> list.add(new ListItem(problem.toString())));
		this.outcome.add(new Paragraph("Nothing was imported. Fix these lines and upload the file again:"), list);
		this.outcome.addClassName("tf-problems");
	}

	private void show(String message) {
		this.outcome.removeAll();
		this.outcome.add(new Paragraph(message));
	}

}
