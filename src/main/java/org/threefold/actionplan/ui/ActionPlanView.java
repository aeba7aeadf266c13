package org.threefold.actionplan.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.actionplan.ActionEdit;
import org.threefold.actionplan.ActionPlan;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.ActionStatus;
import org.threefold.actionplan.PlanAction;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.assessment.UkDates;
import org.threefold.partner.PartnerService;
import org.threefold.questionnaire.Framework;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.ValidationException;
import org.threefold.ui.EmptyState;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * The ICS's action plan at {@code actions}: progress, then suggested actions to accept,
 * edit or dismiss, the actions taken on, and those dismissed. Leaders change it; every
 * other ICS role reads it. All text from people is shown as text.
 */
@Route("actions")
@PageTitle("Action plan | Threefold")
@StyleSheet("styles/power.css")
@Menu(title = "Action plan", order = 18, icon = "vaadin:tasks")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class ActionPlanView extends Main {

	private static final String HELP = "Actions that turn the results into change. Threefold suggests actions from "
			+ "the action library for the weakest sub-dimensions of a closed assessment, each with the evidence "
			+ "behind it; a leader accepts, edits or dismisses them, names an owner and a due date, and adds their "
			+ "own. Actions agreed in workshops join here too. Once the next assessment in the series closes, "
			+ "each action shows whether its sub-dimension moved.";

	private final ActionPlanService service;

	private final AssessmentService assessments;

	private final PartnerService partners;

	private final QuestionnaireCatalog catalog;

	private final boolean leader;

	public ActionPlanView(ActionPlanService service, AssessmentService assessments, PartnerService partners,
			QuestionnaireCatalog catalog, CurrentUser currentUser) {
		this.service = service;
		this.assessments = assessments;
		this.partners = partners;
		this.catalog = catalog;
		this.leader = currentUser.require().is(Role.ICS_LEADER);
		addClassName("tf-page");
		addClassName("tf-actions");
		refresh();
	}

	private void refresh() {
		removeAll();
		ActionPlan plan = this.service.plan();
		ViewHeader header = new ViewHeader("Action plan", HELP);
		if (this.leader) {
			Button add = new Button("Add your own action", (e) -> edit(null));
			header.withActions(add);
		}
		add(header);
		Paragraph progress = new Paragraph(String.format(Locale.UK,
				"%d suggested, %d accepted, %d in progress, %d done, %d dismissed. %d%% of the actions taken on are done.",
				plan.count(ActionStatus.SUGGESTED), plan.count(ActionStatus.ACCEPTED),
				plan.count(ActionStatus.IN_PROGRESS), plan.count(ActionStatus.DONE), plan.count(ActionStatus.DISMISSED),
				plan.percentDone()));
		progress.addClassName("tf-progress");
		add(progress);
		if (this.leader) {
			add(suggestControls());
		}
		else {
			add(readerLinks());
		}
		if (plan.actions().isEmpty()) {
			add(new EmptyState("No actions yet",
					this.leader ? "Choose a closed assessment above and ask for suggested actions, or add your own."
							: "An ICS leader builds the plan from the results of a closed assessment."));
			return;
		}
		section("Suggested, waiting for a decision",
				plan.actions().stream().filter((a) -> a.status() == ActionStatus.SUGGESTED).toList());
		section("In the plan",
				plan.actions()
					.stream()
					.filter((a) -> a.status().inPlan())
					.sorted(Comparator.comparing(PlanAction::status))
					.toList());
		section("Dismissed", plan.actions().stream().filter((a) -> a.status() == ActionStatus.DISMISSED).toList());
	}

	/**
	 * For those who read the plan: where its evidence is. Also gives a keyboard user a
	 * way into a long page that otherwise has nothing to focus (axe's
	 * scrollable-region-focusable).
	 */
	private Paragraph readerLinks() {
		Paragraph links = new Paragraph("Only an ICS leader changes the plan. The evidence behind it: ");
		this.assessments.list()
			.stream()
			.filter((a) -> a.status() == AssessmentStatus.CLOSED)
			.reduce((first, second) -> second)
			.ifPresentOrElse(
					(latest) -> links.add(new Anchor("results/" + latest.id().value(), "results of " + latest.title()),
							new com.vaadin.flow.component.Text(" and "),
							new Anchor("power/" + latest.id().value(), "its power maps"),
							new com.vaadin.flow.component.Text(".")),
					() -> links.add(new Anchor("assessments", "the assessments")));
		return links;
	}

	private Div suggestControls() {
		List<AssessmentSummary> closed = this.assessments.list()
			.stream()
			.filter((a) -> a.status() == AssessmentStatus.CLOSED)
			.toList();
		Div controls = new Div();
		controls.addClassName("tf-power-controls");
		controls.setWidthFull();
		if (closed.isEmpty()) {
			return controls;
		}
		Select<AssessmentSummary> assessment = new Select<>();
		assessment.setLabel("Suggest actions from");
		assessment.setItems(closed);
		assessment.setItemLabelGenerator(AssessmentSummary::title);
		assessment.setValue(closed.get(closed.size() - 1));
		Button suggest = new Button("Suggest actions", (e) -> {
			try {
				int added = this.service.suggest(assessment.getValue().id());
				Notifications.success((added == 0) ? "No new suggestions: they are all in the plan already"
						: added + " suggested actions added");
				refresh();
			}
			catch (ValidationException ex) {
				Notifications.problems("No suggestions", ex.problems());
			}
		});
		Anchor power = new Anchor("power/" + assessment.getValue().id().value(), "Power maps of this assessment");
		assessment.addValueChangeListener((e) -> power.setHref("power/" + e.getValue().id().value()));
		controls.add(assessment, suggest, power);
		return controls;
	}

	private void section(String heading, List<PlanAction> actions) {
		if (actions.isEmpty()) {
			return;
		}
		add(new H2(heading + " (" + actions.size() + ")"));
		actions.forEach((action) -> add(card(action)));
	}

	private Div card(PlanAction action) {
		Div card = new Div();
		card.addClassName("tf-action");
		card.getElement().setAttribute("data-status", action.status().name());
		Paragraph title = new Paragraph(action.title());
		title.addClassName("tf-action-title");
		card.add(title);
		StringBuilder meta = new StringBuilder(action.status().label() + " · " + action.origin().label());
		if (action.subdimension() != null) {
			meta.append(" · ")
				.append(action.subdimension())
				.append((action.subdimensionName() == null) ? "" : " " + action.subdimensionName());
		}
		meta.append(" · Owner: ").append((action.ownerName() == null) ? "not named yet" : action.ownerName());
		if (action.due() != null) {
			meta.append(" · Due ").append(action.due().format(UkDates.LONG));
		}
		if (action.national()) {
			meta.append(" · National: escalate or influence, not a local task");
		}
		Paragraph metaLine = new Paragraph(meta.toString());
		metaLine.addClassName("tf-action-meta");
		card.add(metaLine);
		if (action.detail() != null) {
			card.add(new Paragraph(action.detail()));
		}
		if (action.evidence() != null) {
			Paragraph evidence = new Paragraph("Why: " + action.trigger().label().toLowerCase(Locale.UK) + ". "
					+ action.evidence() + ((action.assessmentTitle() == null) ? "" : ", " + action.assessmentTitle())
					+ ((action.source() == null) ? "" : ". Source: " + action.source()));
			evidence.addClassName("tf-action-evidence");
			card.add(evidence);
		}
		else if (action.source() != null) {
			card.add(new Paragraph("Source: " + action.source()));
		}
		if (action.progressNote() != null) {
			card.add(new Paragraph("Progress: " + action.progressNote()));
		}
		action.movement().ifPresent((m) -> card.add(new Paragraph("Since then: " + m.words())));
		if (this.leader) {
			Div buttons = new Div();
			buttons.addClassName("tf-action-buttons");
			if (!action.status().inPlan()) {
				Button accept = new Button("Accept into the plan", (e) -> {
					this.service.accept(action.id());
					Notifications.success("Accepted: " + action.title());
					refresh();
				});
				accept.addThemeVariants(ButtonVariant.PRIMARY);
				buttons.add(accept);
			}
			buttons.add(new Button("Edit", (e) -> edit(action)));
			if (action.status() != ActionStatus.DISMISSED) {
				buttons.add(new Button("Dismiss", (e) -> {
					this.service.dismiss(action.id());
					refresh();
				}));
			}
			card.add(buttons);
		}
		return card;
	}

	private void edit(PlanAction action) {
		ActionEdit initial = (action == null) ? new ActionEdit("", "", null, null, null, ActionStatus.ACCEPTED, null)
				: action.toEdit();
		new ActionDialog((action == null) ? "Add your own action" : "Edit the action", initial, this.partners.list(),
				this.catalog.framework().map(Framework::subdimensions).orElse(List.of()), (edit) -> {
					if (action == null) {
						this.service.add(edit);
					}
					else {
						this.service.update(action.id(), edit);
					}
					Notifications.success("Saved");
					refresh();
				})
			.open();
	}

}
