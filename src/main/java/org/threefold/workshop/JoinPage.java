package org.threefold.workshop;

import java.time.LocalDateTime;
import java.util.List;

import org.threefold.shared.PartnerId;
import org.threefold.shared.WorkshopId;

/**
 * What a person sees before joining: the workshop and the partners to choose from.
 *
 * @param workshop the workshop
 * @param title its title
 * @param mode in person, online or mixed
 * @param status scheduled or running (a finished workshop's code is refused)
 * @param startsAt the planned start, UK time, or null
 * @param partners the organisations to choose from
 */
public record JoinPage(WorkshopId workshop, String title, WorkshopMode mode, WorkshopStatus status,
		LocalDateTime startsAt, List<PartnerOption> partners) {

	/** How a participant's contributions are used, shown before they join. */
	public static final String NOTICE = "What you share here stays in this workshop. Others in the room see your"
			+ " display name, your organisation and what you say in your turns. Post-its are private until the"
			+ " facilitator reveals them, and are then shown without your name. The facilitator sees everything."
			+ " Threefold also counts turns, speaking time, passes and post-its, to show how evenly the room was"
			+ " heard; those figures are reported by organisation, sector, profession and seniority, not to"
			+ " other participants. You do not need an account, and you may pass at any time.";

	/**
	 * A partner organisation a participant may choose.
	 *
	 * @param id the partner
	 * @param name its name
	 */
	public record PartnerOption(PartnerId id, String name) {
	}

}
