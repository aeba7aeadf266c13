package org.threefold.home;

import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.threefold.ui.Card;

/** The questionnaires loaded for this installation, with how long each takes. */
class InstrumentsCard extends Card {

	InstrumentsCard(HomeContent.Partnership partnership) {
		super("Questionnaires available");
		if (partnership.questionnaires().isEmpty()) {
			addContent(new Paragraph(
					"No questionnaire has loaded. Ask your administrator to check the " + "questionnaire files."));
			return;
		}
		UnorderedList list = new UnorderedList();
		partnership.questionnaires().forEach((q) -> {
			ListItem item = new ListItem(new Anchor("questionnaires/" + q.id(), q.title()));
			item.add(" – " + q.audience().label().toLowerCase(java.util.Locale.UK) + ", about " + q.estimatedMinutes()
					+ " minutes, " + q.itemCount() + " questions ("
					+ q.likertItemsByDimension()
						.entrySet()
						.stream()
						.map((e) -> e.getValue() + " " + e.getKey().label().toLowerCase(java.util.Locale.UK))
						.collect(Collectors.joining(", "))
					+ ")");
			list.add(item);
		});
		addContent(list);
	}

}
