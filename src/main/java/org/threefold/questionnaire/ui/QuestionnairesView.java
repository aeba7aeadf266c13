package org.threefold.questionnaire.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireSummary;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * The instruments this installation offers, and for administrators the state of the files
 * they come from, with every problem's file, line and field.
 */
@Route("questionnaires")
@PageTitle("Questionnaires | Threefold")
@Menu(title = "Questionnaires", order = 20, icon = "vaadin:clipboard-text")
@PermitAll
public class QuestionnairesView extends Main {

	private final QuestionnaireCatalog catalog;

	private final boolean administrator;

	public QuestionnairesView(QuestionnaireCatalog catalog, CurrentUser currentUser) {
		this.catalog = catalog;
		this.administrator = currentUser.require().is(Role.ADMINISTRATOR);
		addClassName("tf-page");
		render();
	}

	private void render() {
		removeAll();
		ViewHeader header = new ViewHeader("Questionnaires",
				"What Threefold can ask. Partner leads answer the full assessment; all staff the short pulse; "
						+ "the change-readiness scale can go to anyone involved in a change.");
		if (this.administrator) {
			header.withActions(new Button("Read files again", VaadinIcon.REFRESH.create(), (click) -> {
				this.catalog.reload();
				Notifications.success("Questionnaire files read again");
				render();
			}));
		}
		add(header);
		if (this.administrator) {
			add(new LoadReportPanel(this.catalog.report()));
		}
		if (this.catalog.questionnaires().isEmpty()) {
			add(new EmptyState("No questionnaires loaded",
					"No questionnaire file loaded without errors. An administrator can see why on this page."));
			return;
		}
		Div grid = new Div();
		grid.addClassName("tf-grid");
		this.catalog.questionnaires().forEach((q) -> grid.add(card(q)));
		add(grid);
	}

	private static Card card(QuestionnaireSummary q) {
		String coverage = q.likertItemsByDimension()
			.entrySet()
			.stream()
			.map((e) -> e.getKey().label() + " " + e.getValue())
			.collect(Collectors.joining(", "));
		return new Card(q.title(), new Paragraph(q.description()),
				new Paragraph("For " + q.audience().label().toLowerCase(Locale.UK) + ". About " + q.estimatedMinutes()
						+ " minutes, " + q.itemCount() + " questions. Scored questions by dimension: " + coverage
						+ "."),
				new Paragraph("Version " + (q.versionLabel().isEmpty() ? "unlabelled" : q.versionLabel()) + " ("
						+ q.shortHash() + "), from " + q.fileName() + "."),
				new Anchor("questionnaires/" + q.id(), "Read every question"));
	}

}
