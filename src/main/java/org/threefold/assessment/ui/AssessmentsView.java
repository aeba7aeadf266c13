package org.threefold.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.assessment.UkDates;
import org.threefold.assessment.internal.UkCalendar;
import org.threefold.partner.PartnerService;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.ui.EmptyState;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * The assessment campaigns of the user's ICS, newest first. ICS leaders plan new ones
 * here; everyone else follows them.
 */
@Route("assessments")
@PageTitle("Assessments | Threefold")
@Menu(title = "Assessments", order = 15, icon = "vaadin:chart-3d")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class AssessmentsView extends Main {

	private final AssessmentService assessments;

	private final PartnerService partners;

	private final QuestionnaireCatalog catalog;

	private final UkCalendar calendar;

	private final boolean canPlan;

	private final Grid<AssessmentSummary> grid = new Grid<>();

	private final Div content = new Div();

	public AssessmentsView(AssessmentService assessments, PartnerService partners, QuestionnaireCatalog catalog,
			CurrentUser currentUser, UkCalendar calendar) {
		this.assessments = assessments;
		this.partners = partners;
		this.catalog = catalog;
		this.calendar = calendar;
		this.canPlan = currentUser.require().is(Role.ICS_LEADER);
		addClassName("tf-page");
		ViewHeader header = new ViewHeader("Assessments", "An assessment asks people in the partner organisations "
				+ "how well the partnership works together, through a questionnaire that is open between two dates. "
				+ (this.canPlan ? "Plan one, open it, share its links, then watch the responses arrive."
						: "Open one to see who is taking part and how many people have answered."));
		if (this.canPlan) {
			header.withActions(planButton());
		}
		add(header, this.content);
		configureGrid();
		refresh();
	}

	private void configureGrid() {
		this.grid.addComponentColumn((a) -> new Anchor("assessments/" + a.id(), a.title()))
			.setHeader("Assessment")
			.setKey("title")
			.setFlexGrow(3)
			.setComparator(AssessmentSummary::title);
		this.grid.addColumn((a) -> a.status().label()).setHeader("Status").setKey("status").setSortable(true);
		this.grid.addColumn((a) -> a.opensOn().format(UkDates.LONG))
			.setHeader("Opens")
			.setKey("opens")
			.setComparator(AssessmentSummary::opensOn);
		this.grid.addColumn((a) -> a.closesOn().format(UkDates.LONG))
			.setHeader("Closes")
			.setKey("closes")
			.setComparator(AssessmentSummary::closesOn);
		this.grid.addColumn(AssessmentSummary::partnerCount).setHeader("Partners").setKey("partners");
		this.grid.addColumn(AssessmentSummary::submitted).setHeader("Submitted").setKey("submitted");
		this.grid.addColumn(AssessmentSummary::inProgress).setHeader("In progress").setKey("inProgress");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel("Assessments");
	}

	private void refresh() {
		List<AssessmentSummary> all = this.assessments.list();
		this.grid.setItems(all);
		this.content.removeAll();
		if (!all.isEmpty()) {
			this.content.add(this.grid);
		}
		else if (this.canPlan) {
			OrderedList steps = new OrderedList(
					new ListItem(
							"Plan: choose the partners, the dates, the questionnaires and the anonymity threshold."),
					new ListItem("Open: the questions are fixed and each partner gets its own links."),
					new ListItem("Share the links (or their QR codes) with each partner, or invite people by email."),
					new ListItem("Watch the responses arrive, partner by partner, and send reminders if needed."));
			steps.addClassName("tf-steps");
			this.content.add(new EmptyState("No assessments yet", "Running an assessment takes four steps:", steps));
		}
		else {
			this.content.add(new EmptyState("No assessments yet", "Your ICS leader has not planned an assessment yet. "
					+ "When one opens, its links and response counts appear here."));
		}
	}

	private Button planButton() {
		Button plan = new Button("Plan an assessment", VaadinIcon.PLUS.create(), (click) -> openPlan());
		plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return plan;
	}

	private void openPlan() {
		AssessmentPlanForm form = new AssessmentPlanForm(this.partners.list(), this.catalog.questionnaires());
		form.suggestDates(this.calendar.today());
		new AssessmentPlanDialog("Plan an assessment", "Save draft", form, (plan) -> {
			AssessmentDetail draft = this.assessments.createDraft(plan);
			Notifications.success("Draft saved: " + draft.title() + ". Check it, then open it when you are ready.");
			UI.getCurrent().navigate(AssessmentDetailView.class, draft.id().value());
		}).open();
	}

}
