package org.threefold.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

import org.threefold.partner.PartnerView;
import org.threefold.partner.ui.PartnerFacts;
import org.threefold.security.SignedInUser;
import org.threefold.ui.Card;
import org.threefold.ui.ViewHeader;

/**
 * A partner lead's home: their own organisation first, then the partnership it belongs
 * to.
 */
class PartnerLeadHome extends Div {

	PartnerLeadHome(SignedInUser user, HomeContent.Partnership partnership, PartnerView own) {
		add(new ViewHeader(own.name(), "Welcome, " + user.displayName() + ". You speak for " + own.name() + " in "
				+ partnership.summary().ics().name() + ": you invite your staff to answer, follow your response "
				+ "rate, and read your organisation's results beside the partnership's."));
		Div grid = new Div();
		grid.addClassName("tf-grid");
		grid.add(
				new ChecklistCard(
						GettingStarted.forPartnerLead(own, partnership.assessments(), WorkshopsScreen.address()),
						user.username()),
				new Card("Your organisation", new PartnerFacts(own),
						new Anchor("partners/" + own.id(), "View details")),
				new Card(partnership.summary().ics().name(), new PartnershipFigures(partnership.summary())),
				new InstrumentsCard(partnership), new ModelCard(partnership));
		add(grid);
	}

}
