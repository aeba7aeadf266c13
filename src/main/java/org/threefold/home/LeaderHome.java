package org.threefold.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;

import org.threefold.security.SignedInUser;
import org.threefold.ui.Card;
import org.threefold.ui.ViewHeader;

/** The ICS leader's home: the partnership at a glance and the next step to take. */
class LeaderHome extends Div {

	LeaderHome(SignedInUser user, HomeContent.Partnership partnership) {
		add(new ViewHeader(partnership.summary().ics().name(),
				"Welcome, " + user.displayName()
						+ ". You lead this partnership's assessment: set up its partners, choose what to ask, "
						+ "then read and act on the results together."));
		Div grid = new Div();
		grid.addClassName("tf-grid");
		grid.add(new Card("Your partnership", new PartnershipFigures(partnership.summary())),
				new Card("Getting started", nextSteps(partnership)),
				new Card("Partners by sector", new SectorMix(partnership.summary())), new InstrumentsCard(partnership),
				new ModelCard(partnership));
		add(grid);
	}

	private static OrderedList nextSteps(HomeContent.Partnership partnership) {
		OrderedList steps = new OrderedList();
		steps.addClassName("tf-steps");
		boolean hasPartners = partnership.summary().partnerCount() > 0;
		steps.add(step(hasPartners, new Anchor("partners", "Check your partner organisations"),
				hasPartners ? partnership.summary().partnerCount() + " partners so far"
						: "add them one by one or import a CSV file"));
		steps.add(step(partnership.summary().partnersWithoutHeadcount() == 0,
				new Anchor("partners", "Record each partner's headcount and budget band"),
				"needed to compare who carries cost and risk with their size"));
		steps.add(step(!partnership.questionnaires().isEmpty(), new Anchor("questionnaires", "Read the questionnaires"),
				"the full assessment for partner leads, the five-minute staff pulse, and the change-readiness scale"));
		steps.add(step(partnership.assessments() > 0, new Anchor("assessments", "Plan and open an assessment"),
				"choose partners and questionnaires, share each partner's link or QR code, watch responses arrive, "
						+ "then read the results"));
		return steps;
	}

	private static ListItem step(boolean done, Anchor link, String detail) {
		ListItem item = new ListItem(link, new Span(" – " + detail + " "));
		if (done) {
			Span doneTag = new Span("Done");
			doneTag.addClassName("tf-done");
			item.add(doneTag);
		}
		return item;
	}

}
