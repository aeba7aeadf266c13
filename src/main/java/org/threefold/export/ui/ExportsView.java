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
import org.threefold.export.ExportJobs;
import org.threefold.security.Role;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;
import org.threefold.ui.ViewHeader;

/**
 * Board packs and data files for every assessment that has opened: the Word board report,
 * the Excel workbook and the two CSV files, each made in the background.
 */
@Route("exports")
@PageTitle("Board packs and data | Threefold")
@Menu(title = "Board packs and data", order = 55, icon = "vaadin:download")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.BOARD_VIEWER_NAME })
public class ExportsView extends Main implements HasUrlParameter<Long> {

	private final AssessmentService assessments;

	private final ExportJobs jobs;

	public ExportsView(AssessmentService assessments, ExportJobs jobs) {
		this.assessments = assessments;
		this.jobs = jobs;
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
						+ "Each file takes a few seconds to make; you can keep working while it is made."));
		List<AssessmentSummary> opened = assessments.list()
			.stream()
			.filter((a) -> a.status() != AssessmentStatus.DRAFT)
			.filter((a) -> only == null || a.id().value() == only)
			.toList();
		if (opened.isEmpty()) {
			add(new EmptyState("No assessments to export yet",
					"Board packs can be made once an assessment has opened and people have responded."));
			return;
		}
		for (AssessmentSummary assessment : opened) {
			add(new Card(assessment.title(), new Paragraph(assessment.status().name().charAt(0)
					+ assessment.status().name().substring(1).toLowerCase(Locale.UK) + ", "
					+ assessment.opensOn().format(UkDates.LONG) + " to " + assessment.closesOn().format(UkDates.LONG)
					+ ". " + assessment.submitted() + " responses submitted."), new ExportMenu(jobs, assessment.id())));
		}
	}

}
