package org.threefold.export.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import org.threefold.actionplan.ActionPlan;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.PlanAction;
import org.threefold.export.ActionPlanExport;
import org.threefold.export.ExportData;
import org.threefold.export.ReportDocument;
import org.threefold.export.ReportSection;

/**
 * The ICS action plan: the actions this assessment's results suggested or that were
 * linked to it, then the rest of the plan, with the same rows as {@code action-plan.docx}
 * ({@link ActionPlanExport}). Left out while the plan is empty.
 */
@Component
class ActionPlanSection implements ReportSection {

	static final String MEMO = "action-plan";

	private final ActionPlanService plans;

	ActionPlanSection(ActionPlanService plans) {
		this.plans = plans;
	}

	static ActionPlan plan(ExportData data, ActionPlanService plans) {
		return data.once(MEMO, plans::plan);
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public boolean appliesTo(ExportData data) {
		return !plan(data, this.plans).actions().isEmpty();
	}

	@Override
	public void write(ReportDocument document, ExportData data) {
		ActionPlan plan = plan(data, this.plans);
		List<List<PlanAction>> parts = ActionPlanExport.split(plan, data.assessment().id());
		document.heading(1, "Action plan");
		document
			.paragraph("The partnership's action plan has " + plan.actions().size() + " actions; " + parts.get(0).size()
					+ " of them came from or are linked to this assessment. " + ActionPlanExport.progress(plan));
		document.paragraph(ActionPlanExport.HOW_TO_READ);
		ActionPlanExport.chapters(document, 2, data.assessment().title(), parts.get(0), parts.get(1));
	}

}
