package org.threefold.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;

import org.threefold.partner.PartnerView;
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
				new Card("Your organisation", PartnerFacts.of(own), new Anchor("partners/" + own.id(), "View details")),
				new Card(partnership.summary().ics().name(), new PartnershipFigures(partnership.summary())),
				new InstrumentsCard(partnership), new ModelCard(partnership));
		add(grid);
	}

	/** Label–value pairs of a partner, shared with other home panels. */
	static final class PartnerFacts {

		private PartnerFacts() {
		}

		static DescriptionList of(PartnerView partner) {
			DescriptionList facts = new DescriptionList();
			facts.addClassName("tf-definition-list");
			fact(facts, "Sector", partner.sector().label() + (partner.nhs() ? " (NHS)" : " (non-NHS)"));
			fact(facts, "ODS code", (partner.odsCode() == null) ? "None recorded" : partner.odsCode());
			fact(facts, "Staff headcount",
					(partner.headcount() == null) ? "Not recorded" : String.format("%,d", partner.headcount()));
			fact(facts, "Budget band", (partner.budgetBand() == null) ? "Not recorded" : partner.budgetBand().label());
			return facts;
		}

		private static void fact(DescriptionList list, String term, String value) {
			list.add(new DescriptionList.Term(term), new DescriptionList.Description(value));
		}

	}

}
