package org.threefold.partner.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.ui.Card;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * One partner. The id in the address is checked by the service against the user's ICS
 * (and, for partner leads, their own organisation); anything else reads as "page not
 * found".
 */
@Route("partners")
@PageTitle("Partner | Threefold")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class PartnerDetailView extends Main implements HasUrlParameter<Long> {

	private final PartnerService partners;

	private final boolean canEdit;

	public PartnerDetailView(PartnerService partners, CurrentUser currentUser) {
		this.partners = partners;
		this.canEdit = currentUser.require().is(Role.ICS_LEADER);
		addClassName("tf-page");
	}

	@Override
	public void setParameter(BeforeEvent event, Long id) {
		if (id == null || id <= 0) {
			throw new NotFoundException("Partner");
		}
		show(this.partners.get(new PartnerId(id)));
	}

	private void show(PartnerView partner) {
		removeAll();
		ViewHeader header = new ViewHeader(partner.name(), partner.sector().label() + ", "
				+ (partner.nhs() ? "an NHS organisation" : "a non-NHS organisation") + ", in this partnership.");
		if (this.canEdit) {
			header.withActions(new Button("Edit", VaadinIcon.EDIT.create(), (click) -> edit(partner)));
		}
		add(header, new Card("About this organisation", new PartnerFacts(partner)),
				new Anchor("partners", "Back to all partners"));
	}

	private void edit(PartnerView partner) {
		new PartnerDialog("Edit " + partner.name(), partner.toDraft(), (draft) -> {
			try {
				PartnerView saved = this.partners.update(partner.id(), draft);
				Notifications.success(saved.name() + " saved");
				show(saved);
				return List.of();
			}
			catch (ValidationException ex) {
				return ex.problems();
			}
		}).open();
	}

}
