package org.threefold.export.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.threefold.export.ActionPlanExport;
import org.threefold.export.ExportFormat;
import org.threefold.export.ExportJob;
import org.threefold.export.ExportJobs;
import org.threefold.shared.AssessmentId;
import org.threefold.ui.FileDownload;

/**
 * Buttons to make each export of one assessment, and links to its action plan files, for
 * any screen about an assessment (the lead places it on the assessment and results
 * screens). A click starts a background job; a progress bar follows it through server
 * push, and a download link appears when the file is ready. The screen stays usable
 * meanwhile.
 */
@StyleSheet("styles/export.css")
public class ExportMenu extends Div {

	private final ExportJobs jobs;

	private final AssessmentId assessment;

	private final Div status = new Div();

	/**
	 * @param actionPlans the action plan files, offered as links that make the file when
	 * clicked (they take well under a second), or null to leave them out
	 */
	public ExportMenu(ExportJobs jobs, ActionPlanExport actionPlans, AssessmentId assessment) {
		this.jobs = jobs;
		this.assessment = assessment;
		addClassName("tf-export-menu");
		Div buttons = new Div();
		buttons.addClassName("tf-export-buttons");
		for (ExportFormat format : ExportFormat.values()) {
			Button button = new Button(format.label(), (click) -> start(format));
			button.addThemeVariants(
					(format == ExportFormat.BOARD_REPORT) ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
			button.getElement().setAttribute("aria-label", "Make the " + format.label().toLowerCase(Locale.UK));
			buttons.add(button);
		}
		if (actionPlans != null) {
			for (ActionPlanExport.Kind kind : ActionPlanExport.Kind.values()) {
				String label = "Action plan (" + ((kind == ActionPlanExport.Kind.XLSX) ? "Excel" : "Word") + ")";
				Anchor link = FileDownload.link(label, actionPlans.describe(assessment, kind).fileName(),
						kind.contentType(), (out) -> actionPlans.write(assessment, kind, out));
				link.addClassName("tf-export-link");
				buttons.add(link);
			}
		}
		this.status.addClassName("tf-export-status");
		this.status.getElement().setAttribute("aria-live", "polite");
		add(buttons, this.status);
	}

	private void start(ExportFormat format) {
		UI ui = UI.getCurrent();
		Div row = new Div();
		row.addClassName("tf-export-job");
		Span label = new Span(format.label() + ": starting");
		ProgressBar bar = new ProgressBar(0, 1, 0);
		bar.getElement().setAttribute("aria-label", format.label() + " progress");
		row.add(label, bar);
		this.status.addComponentAsFirst(row);
		ExportJob started = this.jobs.start(this.assessment, format,
				(job) -> ui.access(() -> show(row, label, bar, job)));
		show(row, label, bar, started);
	}

	private void show(Div row, Span label, ProgressBar bar, ExportJob job) {
		switch (job.status()) {
			case RUNNING -> {
				bar.setValue(job.progress());
				label.setText(job.format().label() + ": " + job.step());
			}
			case DONE -> {
				row.removeAll();
				Anchor download = new Anchor(
						DownloadHandler.fromInputStream((event) -> new DownloadResponse(this.jobs.open(job.id()),
								job.fileName(), job.format().contentType(), job.size())),
						"Download " + job.fileName() + " (" + size(job.size()) + ")");
				download.setTarget(AnchorTarget.BLANK);
				download.getElement().setAttribute("download", job.fileName());
				row.add(download);
			}
			case FAILED -> {
				row.removeAll();
				Span problem = new Span(job.format().label() + ": " + job.problem());
				problem.addClassName("tf-export-problem");
				row.add(problem);
			}
		}
	}

	static String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
	}

}
