package org.threefold.home;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.threefold.security.SignedInUser;
import org.threefold.ui.Card;
import org.threefold.ui.Figure;
import org.threefold.ui.ViewHeader;

/**
 * The administrator's home: the installation's partnerships and whether every file
 * loaded.
 */
class AdministratorHome extends Div {

	AdministratorHome(SignedInUser user, HomeContent.Administrator content) {
		add(new ViewHeader("Installation overview", "Welcome, " + user.displayName()
				+ ". You look after this installation: its partnerships, user accounts and questionnaire files."));
		Div figures = new Div(new Figure(String.valueOf(content.partnerships().size()), "partnerships"),
				new Figure(String.valueOf(content.questionnaireCount()), "questionnaires loaded"),
				new Figure(String.valueOf(content.questionnaireReport().problems().size()), "file problems"));
		figures.addClassName("tf-figures");

		UnorderedList partnerships = new UnorderedList();
		content.partnerships()
			.forEach((ics) -> partnerships.add(new ListItem(ics.name() + " (" + ics.code() + ") – " + ics.partnerCount()
					+ " partners" + (ics.demo() ? ", demo data" : ""))));

		Span status = new Span(content.questionnaireReport().clean() ? "All files loaded"
				: content.questionnaireReport().problems().size() + " problems to fix");
		status.addClassNames("tf-tag", content.questionnaireReport().clean() ? "tf-tag-ok" : "tf-tag-problem");

		Div grid = new Div();
		grid.addClassName("tf-grid");
		grid.add(new Card("At a glance", figures),
				new Card("Partnerships", partnerships, new Anchor("admin/partnerships", "Manage partnerships")),
				new Card("Questionnaire files", status,
						new Paragraph("Read from " + content.questionnaireReport().directory() + "."),
						new Anchor("questionnaires", "See files and problems")),
				new Card("Accounts",
						new Paragraph("Open accounts for ICS leaders, partner leads, facilitators "
								+ "and board viewers, and disable those who leave."),
						new Anchor("admin/users", "Manage accounts")));
		add(grid);
	}

}
