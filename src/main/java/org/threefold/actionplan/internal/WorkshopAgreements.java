package org.threefold.actionplan.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.threefold.actionplan.ActionOrigin;
import org.threefold.actionplan.ActionStatus;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.shared.WorkshopActionAgreed;

/**
 * Takes actions agreed in workshops into the plan of the workshop's ICS, in the
 * transaction that records the agreement, so the two are kept or lost together. A
 * repeated event (same ICS, workshop and agreement) adds nothing. The action joins the
 * plan as accepted: the partnership agreed it in the room.
 */
@Component
class WorkshopAgreements {

	private static final Logger log = LoggerFactory.getLogger(WorkshopAgreements.class);

	private final PlanActionRepository repository;

	private final Clock clock;

	WorkshopAgreements(PlanActionRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void agreed(WorkshopActionAgreed event) {
		long ics = event.ics().value();
		long workshop = event.workshop().value();
		if (this.repository.existsByIcsIdAndWorkshopIdAndAgreementId(ics, workshop, event.agreementId())) {
			return;
		}
		String title = ActionPlanService.clip(event.title(), ActionPlanService.MAX_TITLE);
		if (title == null) {
			log.warn("Workshop {} agreement {} has no title; not added to the plan", workshop, event.agreementId());
			return;
		}
		Instant now = (event.agreedAt() != null) ? event.agreedAt() : Instant.now(this.clock);
		PlanActionEntity action = new PlanActionEntity(ics, ActionOrigin.WORKSHOP, ActionStatus.ACCEPTED, title, now);
		action.workshop(workshop, event.agreementId(),
				ActionPlanService.clip("Workshop: " + event.workshopTitle(), ActionPlanService.MAX_SOURCE),
				(event.assessment() == null) ? null : event.assessment().value());
		action.setSubdimension(ActionPlanService.clip(event.subDimension(), 64));
		action.setOwnerPartnerId((event.owner() == null) ? null : event.owner().value());
		action.setDueOn(event.due());
		this.repository.save(action);
	}

}
