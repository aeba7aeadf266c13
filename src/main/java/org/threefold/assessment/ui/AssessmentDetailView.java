package org.threefold.assessment.ui;

import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.AssessmentStatus;
import org.threefold.partner.PartnerService;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.ValidationException;
import org.threefold.ui.Card;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * One assessment: its plan, and what can be done at its stage. Leaders change and open a
 * draft, then close it or send reminders; leaders and partner leads share its links and
 * invite by email; everyone in the ICS watches the responses arrive. The id in the
 * address is checked by the service against the user's ICS, and anything else reads as
 * "page not found".
 */
@Route("assessments")
@PageTitle("Assessment | Threefold")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class AssessmentDetailView extends Main implements HasUrlParameter<Long> {

	private final AssessmentService assessments;

	private final PartnerService partners;

	private final QuestionnaireCatalog catalog;

	private final boolean leader;

	private final boolean canShare;

	public AssessmentDetailView(AssessmentService assessments, PartnerService partners, QuestionnaireCatalog catalog,
			CurrentUser currentUser) {
		this.assessments = assessments;
		this.partners = partners;
		this.catalog = catalog;
		this.leader = currentUser.require().is(Role.ICS_LEADER);
		this.canShare = this.leader || currentUser.require().is(Role.PARTNER_LEAD);
		addClassName("tf-page");
	}

	@Override
	public void setParameter(BeforeEvent event, Long id) {
		if (id == null || id <= 0) {
			throw new NotFoundException("Assessment");
		}
		show(this.assessments.get(new AssessmentId(id)));
	}

	private void show(AssessmentDetail detail) {
		removeAll();
		AssessmentStatus status = detail.status();
		add(new ViewHeader(detail.title(), help(status)).withActions(actions(detail)));
		if (status != AssessmentStatus.DRAFT) {
			// Linked by address, not class: the results live in the scoring module, which
			// depends
			// on this one and not the other way round.
			Anchor results = new Anchor("results/" + detail.id(), "See the results");
			results.addClassName("tf-primary-link");
			add(new Paragraph(results,
					new Span(status == AssessmentStatus.OPEN
							? " – results so far; groups under the threshold of " + detail.scoreThreshold()
									+ " stay hidden."
							: " – by dimension, partner, sector and group, with gaps and change over time.")));
		}
		add(new Card("The plan", new PlanFacts(detail)));
		if (status == AssessmentStatus.OPEN && this.canShare) {
			add(new Card("Invitation links", new LinksPanel(this.assessments.links(detail.id()))));
		}
		if (status != AssessmentStatus.DRAFT) {
			add(new Card("Responses", new MonitorPanel(() -> this.assessments.monitor(detail.id()),
					status == AssessmentStatus.OPEN, detail.askProfession(), detail.askSeniority())));
		}
		add(new Anchor("assessments", "Back to all assessments"));
	}

	private static String help(AssessmentStatus status) {
		return switch (status) {
			case DRAFT -> "A draft: its plan can still change. When it is right, open it to create the links to share.";
			case OPEN -> "Open for responses until its closing date. Share each partner's links or invite people by "
					+ "email, and watch the responses arrive.";
			case CLOSED -> "Closed: no more responses are accepted, and the counts below are final.";
		};
	}

	private Component[] actions(AssessmentDetail detail) {
		AssessmentId id = detail.id();
		StageActions.Handlers handlers = new StageActions.Handlers(() -> edit(detail),
				() -> act(() -> this.assessments.open(id), "Assessment opened: share the links below",
						"The assessment was not opened"),
				() -> invite(id), () -> remind(id),
				() -> act(() -> this.assessments.close(id), "Assessment closed", "The assessment was not closed"));
		return StageActions.buttons(detail.status(), this.leader, this.canShare, handlers);
	}

	private void edit(AssessmentDetail detail) {
		AssessmentPlanForm form = new AssessmentPlanForm(this.partners.list(), this.catalog.questionnaires());
		form.show(detail.toPlan());
		new AssessmentPlanDialog("Edit the plan", "Save changes", form, (plan) -> {
			show(this.assessments.updateDraft(detail.id(), plan));
			Notifications.success("Plan saved");
		}).open();
	}

	private void invite(AssessmentId id) {
		new InviteDialog(this.assessments.links(id),
				(request) -> this.assessments.invite(id, request.partner(), request.audience(), request.emails()))
			.open();
	}

	private void remind(AssessmentId id) {
		try {
			int reminded = this.assessments.remind(id);
			Notifications.success((reminded == 0) ? "Nobody to remind: every emailed invitation has been used"
					: reminded + ((reminded == 1) ? " person" : " people") + " reminded");
		}
		catch (ValidationException ex) {
			Notifications.problems("No reminders were sent", ex.problems());
		}
	}

	private void act(Supplier<AssessmentDetail> action, String done, String refused) {
		try {
			show(action.get());
			Notifications.success(done);
		}
		catch (ValidationException ex) {
			Notifications.problems(refused, ex.problems());
		}
	}

}
