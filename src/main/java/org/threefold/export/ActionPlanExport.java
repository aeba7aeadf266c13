package org.threefold.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import org.threefold.actionplan.ActionPlan;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.ActionStatus;
import org.threefold.actionplan.PlanAction;
import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.AssessmentService;
import org.threefold.export.internal.DocxReport;
import org.threefold.export.internal.XlsxWorkbook;
import org.threefold.partner.PartnerService;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.AuditEvent;

/**
 * The action plan of the signed-in user's ICS as a workbook ({@code action-plan.xlsx}) or
 * a Word document ({@code action-plan.docx}): the actions that came from one assessment,
 * then the rest of the plan. Every text cell is neutralised with {@link SafeText}; each
 * export is recorded as an {@link AuditEvent}.
 */
@Service
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.BOARD_VIEWER_NAME })
public class ActionPlanExport {

	/** The file types offered. */
	public enum Kind {

		XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
		DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		private final String extension;

		private final String contentType;

		Kind(String extension, String contentType) {
			this.extension = extension;
			this.contentType = contentType;
		}

		public String fileName() {
			return "action-plan." + this.extension;
		}

		public String contentType() {
			return this.contentType;
		}

		/** {@code action-plan.xlsx} or {@code action-plan.docx}. */
		public static java.util.Optional<Kind> fromFileName(String name) {
			return Arrays.stream(values()).filter((k) -> k.fileName().equals(name)).findFirst();
		}

	}

	/** The columns of every file that lists actions. */
	public static final List<String> HEADINGS = List.of("Title", "Sub-dimension", "Owner", "Due", "Status", "Source",
			"Evidence", "Progress note", "Movement");

	/** Column widths in characters, one per heading. */
	public static final List<Integer> WIDTHS = List.of(50, 30, 30, 14, 14, 30, 50, 40, 40);

	private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private final ActionPlanService plans;

	private final AssessmentService assessments;

	private final PartnerService partners;

	private final ApplicationEventPublisher events;

	private final CurrentUser currentUser;

	private final Clock clock;

	ActionPlanExport(ActionPlanService plans, AssessmentService assessments, PartnerService partners,
			ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
		this.plans = plans;
		this.assessments = assessments;
		this.partners = partners;
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The file's name, after checking the assessment is yours. */
	public ExportFile describe(AssessmentId id, Kind kind) {
		AssessmentDetail assessment = this.assessments.get(id);
		return new ExportFile(ExportService.fileName(assessment.title(), ExportFormat.WORKBOOK)
			.replace("workbook.xlsx", kind.fileName()), kind.contentType(), null);
	}

	/**
	 * Writes the plan to {@code out}, which the caller closes.
	 * @throws org.threefold.shared.NotFoundException for an assessment of another ICS
	 */
	public ExportFile write(AssessmentId id, Kind kind, OutputStream out) throws IOException {
		AssessmentDetail assessment = this.assessments.get(id);
		ActionPlan plan = this.plans.plan();
		List<List<PlanAction>> parts = split(plan, id);
		List<PlanAction> fromThis = parts.get(0);
		List<PlanAction> others = parts.get(1);
		String ics = this.partners.currentIcs().name();
		if (kind == Kind.XLSX) {
			try (XlsxWorkbook workbook = new XlsxWorkbook()) {
				sheet(workbook, "From this assessment", fromThis);
				sheet(workbook, "Rest of the plan", others);
				workbook.write(out);
			}
		}
		else {
			DocxReport report = new DocxReport();
			report.cover("Action plan", ics + ", from " + assessment.title(),
					List.of("Generated " + UK_DATE.format(this.clock.instant().atZone(ZoneId.of("Europe/London"))),
							progress(plan)));
			chapters(report, 1, assessment.title(), fromThis, others);
			report.heading(1, "How to read this");
			report.paragraph(HOW_TO_READ);
			report.write(out);
		}
		out.flush();
		this.events.publishEvent(new AuditEvent(this.currentUser.requireIcs(), "EXPORT_ACTION_PLAN",
				assessment.title() + " (" + kind.fileName() + ", " + plan.actions().size() + " actions)"));
		return describe(id, kind);
	}

	/** Suggested, accepted, in progress and done, in one sentence. */
	public static String progress(ActionPlan plan) {
		return plan.percentDone() + "% of the actions in the plan are done (" + plan.count(ActionStatus.DONE)
				+ " done, " + plan.count(ActionStatus.IN_PROGRESS) + " in progress, "
				+ plan.count(ActionStatus.ACCEPTED) + " accepted).";
	}

	/** Where the plan's actions come from, for readers of any file that lists them. */
	public static final String HOW_TO_READ = "Suggested actions come from the assessment's results: the evidence "
			+ "names the score that triggered them and how many people it rests on. Scores withheld to protect small "
			+ "groups never trigger a suggestion. Workshop actions were agreed by the room in stage five.";

	/**
	 * The actions of the plan that came from {@code id}, then the rest, in plan order.
	 */
	public static List<List<PlanAction>> split(ActionPlan plan, AssessmentId id) {
		List<PlanAction> fromThis = new ArrayList<>();
		List<PlanAction> others = new ArrayList<>();
		for (PlanAction action : plan.actions()) {
			(id.equals(action.assessment()) ? fromThis : others).add(action);
		}
		return List.of(fromThis, others);
	}

	/**
	 * The two chapters of the Word file, which the board report's action-plan chapter
	 * writes too (one level down).
	 * @param level 1 for chapters, 2 for sections of a chapter
	 */
	public static void chapters(ReportDocument report, int level, String assessmentTitle, List<PlanAction> fromThis,
			List<PlanAction> others) {
		report.heading(level, "Actions from " + assessmentTitle);
		table(report, "Actions from " + assessmentTitle, fromThis);
		report.heading(level, "The rest of the plan");
		table(report, "Other actions of the ICS action plan", others);
	}

	private static void sheet(WorkbookDocument workbook, String name, List<PlanAction> actions) {
		WorkbookDocument.Sheet sheet = workbook.sheet(name, HEADINGS, WIDTHS);
		if (actions.isEmpty()) {
			sheet.row(List.of("No actions", "", "", "", "", "", "", "", ""));
		}
		actions.forEach((action) -> sheet.row(List.copyOf(row(action))));
	}

	private static void table(ReportDocument report, String caption, List<PlanAction> actions) {
		if (actions.isEmpty()) {
			report.paragraph("No actions.");
			return;
		}
		report.table(caption, HEADINGS, actions.stream().map(ActionPlanExport::row).toList());
	}

	/**
	 * One action as text cells, each neutralised so no spreadsheet runs it as a formula.
	 */
	public static List<String> row(PlanAction action) {
		String subdimension = (action.subdimension() == null) ? "Not linked"
				: action.subdimension() + ((action.subdimensionName() == null) ? "" : " " + action.subdimensionName());
		String source = action.origin().label() + ((action.source() == null) ? "" : ": " + action.source());
		String evidence = (action.evidence() == null) ? "" : action.evidence();
		return List.of(SafeText.cell(action.title()), SafeText.cell(subdimension),
				SafeText.cell((action.ownerName() == null) ? "No owner yet" : action.ownerName()),
				(action.due() == null) ? "No date" : UK_DATE.format(action.due()), action.status().label(),
				SafeText.cell(source), SafeText.cell(evidence),
				SafeText.cell((action.progressNote() == null) ? "" : action.progressNote()),
				action.movement().map((m) -> SafeText.cell(m.words())).orElse(""));
	}

}
