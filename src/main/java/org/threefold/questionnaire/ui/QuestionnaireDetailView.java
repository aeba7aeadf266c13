package org.threefold.questionnaire.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.Section;
import org.threefold.shared.NotFoundException;
import org.threefold.ui.Card;
import org.threefold.ui.ViewHeader;

/**
 * Every question of one instrument, with what it measures and where the idea comes from.
 */
@Route("questionnaires")
@PageTitle("Questionnaire | Threefold")
@PermitAll
public class QuestionnaireDetailView extends Main implements HasUrlParameter<String> {

	private final QuestionnaireCatalog catalog;

	public QuestionnaireDetailView(QuestionnaireCatalog catalog) {
		this.catalog = catalog;
		addClassName("tf-page");
	}

	@Override
	public void setParameter(BeforeEvent event, String id) {
		QuestionnaireDefinition definition = this.catalog.find(id)
			.orElseThrow(() -> new NotFoundException("Questionnaire " + id));
		removeAll();
		add(new ViewHeader(definition.title(), definition.description() + " " + definition.itemCount()
				+ " questions in " + definition.sections().size() + " sections."));
		for (Section section : definition.sections()) {
			Card card = new Card(section.title());
			if (section.intro() != null) {
				card.addContent(new com.vaadin.flow.component.html.Paragraph(section.intro()));
			}
			section.items().forEach((item) -> card.addContent(new ItemSummary(item, this.catalog.framework())));
			add(card);
		}
		add(new Anchor("questionnaires", "Back to all questionnaires"));
	}

}
