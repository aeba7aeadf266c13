package org.threefold.home;

import com.vaadin.flow.component.html.Div;

import org.threefold.security.SignedInUser;
import org.threefold.ui.Card;
import org.threefold.ui.ViewHeader;

/** The ICS leader's home: the partnership at a glance and the next step to take. */
class LeaderHome extends Div {

	LeaderHome(SignedInUser user, HomeContent.Partnership partnership) {
		add(new ViewHeader(partnership.summary().ics().name(),
				"Welcome, " + user.displayName()
						+ ". You lead this partnership's assessment: set up its partners, choose what to ask, "
						+ "then read and act on the results together. The checklist shows what to do next."));
		Div grid = new Div();
		grid.addClassName("tf-grid");
		grid.add(
				new ChecklistCard(GettingStarted.forLeader(partnership.summary(), partnership.assessments(),
						WorkshopsScreen.address()), user.username()),
				new Card("Your partnership", new PartnershipFigures(partnership.summary())),
				new Card("Partners by sector", new SectorMix(partnership.summary())), new InstrumentsCard(partnership),
				new ModelCard(partnership));
		add(grid);
	}

}
