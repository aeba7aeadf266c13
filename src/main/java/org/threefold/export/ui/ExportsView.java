package org.threefold.export.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.assessment.UkDates;
import org.threefold.export.ActionPlanExport;
import org.threefold.export.ExportJobs;
import org.threefold.export.WorkshopReportExport;
import org.threefold.security.Role;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;
import org.threefold.ui.FileDownload;
import org.threefold.ui.ViewHeader;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopStatus;
import org.threefold.workshop.WorkshopSummary;

/**
 * Board packs and data files for every assessment that has opened: the Word board report,
 * the Excel workbook and the two CSV files, each made in the background, and the action
 * plan (Excel and Word); and the Word report of every finished workshop.
 */
@Route("exports")
@PageTitle("Board packs and data | Threefold")
@Menu(title = "Board packs and data", order = 55, icon = "vaadin:download")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.BOARD_VIEWER_NAME })
public class ExportsView extends Main implements HasUrlParameter<Long> {

	private final AssessmentService assessments;

	private final ExportJobs jobs;

	private final ActionPlanExport actionPlans;

	private final WorkshopService workshops;

	private final WorkshopReportExport workshopReports;

	public ExportsView(AssessmentService assessments, ExportJobs jobs, ActionPlanExport actionPlans,
			WorkshopService workshops, WorkshopReportExport workshopReports) {
		this.assessments = assessments;
		this.jobs = jobs;
		this.actionPlans = actionPlans;
		this.workshops = workshops;
		this.workshopReports = workshopReports;
	}

	/**
	 * {@code /exports} lists every assessment that has opened; {@code /exports/<id>} only
	 * that one, so the assessment and results screens can link here by address without
	 * importing this module (which would make a cycle: exports read their results).
	 */
	@Override
	public void setParameter(BeforeEvent event, @OptionalParameter Long only) {
		removeAll();
		show(only);
	}

	private void show(Long only) {
		AssessmentService assessments = this.assessments;
		ExportJobs jobs = this.jobs;
		addClassName("tf-page");
		add(new ViewHeader("Board packs and data",
				"Download an assessment's results for a board meeting or for analysis. The board report (Word) "
						+ "explains where the partnership stands in plain English, with charts. The workbook (Excel) "
						+ "and the CSV files hold every score with its number of people and 95% interval. Small groups "
						+ "are protected as on screen: a result from fewer people than the assessment's threshold says "
						+ "\"withheld\", and anonymised responses leave out small groups and keep dates to the month. "
						+ "Each file takes a few seconds to make; you can keep working while it is made. The action "
						+ "plan files and the reports of finished workshops are made when you click them."));
		List<AssessmentSummary> opened = assessments.list()
			.stream()
			.filter((a) -> a.status() != AssessmentStatus.DRAFT)
			.filter((a) -> only == null || a.id().value() == only)
			.toList();
		if (opened.isEmpty()) {
			add(new EmptyState("No assessments to export yet",
					"Board packs can be made once an assessment has opened and people have responded."));
		}
		for (AssessmentSummary assessment : opened) {
			add(new Card(assessment.title(), new Paragraph(assessment.status().name().charAt(0)
					+ assessment.status().name().substring(1).toLowerCase(Locale.UK) + ", "
					+ assessment.opensOn().format(UkDates.LONG) + " to " + assessment.closesOn().format(UkDates.LONG)
					+ ". " + assessment.submitted() + " responses submitted."),
					new ExportMenu(jobs, this.actionPlans, assessment.id())));
		}
		if (only == null) {
			workshops();
		}
	}

	/** The Word report of each finished workshop. */
	private void workshops() {
		List<WorkshopSummary> finished = this.workshops.list()
			.stream()
			.filter((w) -> w.status() == WorkshopStatus.FINISHED)
			.toList();
		for (WorkshopSummary workshop : finished) {
			add(new Card("Workshop: " + workshop.title(),
					new Paragraph("Finished; " + workshop.participants() + " people took part. The report gives who "
							+ "took part, what each stage produced, the agreed actions and who was heard, with "
							+ "nobody named."),
					FileDownload.link("Workshop report (Word)", this.workshopReports.describe(workshop.id()).fileName(),
							WorkshopReportExport.CONTENT_TYPE,
							(out) -> this.workshopReports.write(workshop.id(), out))));
		}
	}

}
