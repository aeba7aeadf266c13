package org.threefold.home;

import com.vaadin.flow.component.html.Div;

import org.threefold.security.SignedInUser;
import org.threefold.ui.Card;
import org.threefold.ui.ViewHeader;

/** The board viewer's home: read-only, the partnership and what its measures mean. */
class BoardHome extends Div {

	BoardHome(SignedInUser user, HomeContent.Partnership partnership) {
		add(new ViewHeader(partnership.summary().ics().name(),
				"Welcome, " + user.displayName()
						+ ". This is a read-only view for board members: the partnership, what is measured and, once "
						+ "assessments close, the reports your ICS leader shares."));
		Div grid = new Div();
		grid.addClassName("tf-grid");
		grid.add(new Card("The partnership", new PartnershipFigures(partnership.summary())),
				new Card("Partners by sector", new SectorMix(partnership.summary())), new ModelCard(partnership),
				new InstrumentsCard(partnership));
		add(grid);
	}

}
