package org.threefold.home;

import java.util.List;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

import org.threefold.security.SignedInUser;
import org.threefold.ui.Card;
import org.threefold.ui.ViewHeader;

/**
 * The facilitator's home: who is in the partnership (so a room can be mixed) and the
 * generative-dialogue method in brief. Wording is ours; the method is 001 §6 and App B.
 */
class FacilitatorHome extends Div {

	private static final List<String[]> STAGES = List.of(
			new String[] { "Check-in", "Everyone in turn says who they are, how they are and what is on their mind." },
			new String[] { "Individual thoughts",
					"Each person writes privately around a few prompt questions before anything is shared." },
			new String[] { "Time-to-think rounds",
					"Three to five questions; you set the order; each person speaks or passes, and you return to "
							+ "those who passed." },
			new String[] { "Groups", "Groups work without you, for example ranking themes in about 15 minutes." },
			new String[] { "Final thoughts and agreement",
					"\"What strikes you now?\" and \"What has not been said?\", then actions with owners and dates." });

	private static final List<String[]> PRINCIPLES = List.of(
			new String[] { "Attention", "listen with interest and without interrupting" },
			new String[] { "Equality", "everyone is a thinking peer and gets an equal turn" },
			new String[] { "Ease", "slow down; nobody is hurried" },
			new String[] { "Appreciation", "notice what is good in others' thinking" },
			new String[] { "Encouragement", "help people go further than they thought they could" },
			new String[] { "Feelings", "let emotion be expressed" },
			new String[] { "Information", "bring the facts to the table" },
			new String[] { "Difference", "welcome different identities and different views" },
			new String[] { "Incisive questions", "uncover assumptions that limit thinking" },
			new String[] { "Place", "make the setting say \"you matter\"" });

	FacilitatorHome(SignedInUser user, HomeContent.Partnership partnership) {
		add(new ViewHeader("Facilitating in " + partnership.summary().ics().name(), "Welcome, " + user.displayName()
				+ ". You run the structured conversations that build relationships across partners: time, space "
				+ "and a structure that takes power dynamics out of the room."));
		Div grid = new Div();
		grid.addClassName("tf-grid");
		OrderedList stages = new OrderedList();
		stages.addClassName("tf-steps");
		STAGES.forEach((stage) -> stages.add(new ListItem(stage[0] + ": " + stage[1])));
		DescriptionList principles = new DescriptionList();
		principles.addClassName("tf-definition-list");
		PRINCIPLES.forEach((principle) -> principles.add(new DescriptionList.Term(principle[0]),
				new DescriptionList.Description(principle[1])));
		grid.add(
				new ChecklistCard(GettingStarted.forFacilitator(partnership.summary(), partnership.assessments(),
						WorkshopsScreen.address()), user.username()),
				new Card("Who is in the partnership", new PartnershipFigures(partnership.summary()),
						new Paragraph("Mix sectors and seniority in every group so no one voice dominates."),
						new SectorMix(partnership.summary())),
				new Card("The five stages", stages), new Card("Ten principles of a thinking environment", principles));
		add(grid);
	}

}
