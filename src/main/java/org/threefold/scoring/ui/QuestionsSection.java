package org.threefold.scoring.ui;

import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;

import org.threefold.questionnaire.Framework;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.ItemResults;
import org.threefold.scoring.Scale;
import org.threefold.ui.Card;
import org.threefold.ui.EmptyState;

/**
 * Drill-down from a sub-dimension to its questions, with their wording, for the
 * partnership and by partner. Loaded only when a sub-dimension is chosen.
 */
final class QuestionsSection extends Card {

	private final AssessmentResults results;

	private final ResultFormat format;

	private final Optional<Framework> framework;

	private final Function<String, ItemResults> items;

	private final Div content = new Div();

	QuestionsSection(AssessmentResults results, ResultFormat format, Optional<Framework> framework,
			Function<String, ItemResults> items) {
		super("Questions");
		this.results = results;
		this.format = format;
		this.framework = framework;
		this.items = items;
		Select<Scale> subdimension = new Select<>();
		subdimension.setLabel("Sub-dimension");
		subdimension.setItems(results.scales(Scale.Kind.SUBDIMENSION));
		subdimension.setItemLabelGenerator((scale) -> (scale == null) ? "" : scale.id() + " " + scale.label());
		subdimension.setPlaceholder("Choose a sub-dimension");
		subdimension.setWidth("min(100%, 36rem)");
		subdimension.addValueChangeListener((event) -> show(event.getValue()));
		this.content.add(new Paragraph("Choose a sub-dimension to see how each of its questions was answered."));
		addContent(subdimension, this.content);
	}

	private void show(Scale scale) {
		this.content.removeAll();
		if (scale == null) {
			return;
		}
		Cell cell = this.results.ics().cell(scale);
		this.content.add(new H3(scale.id() + " " + scale.label()),
				new Paragraph("Whole partnership: " + this.format.summary(cell)));
		if (cell instanceof Cell.Shown shown) {
			this.framework.flatMap((f) -> f.subdimension(scale.id()))
				.ifPresent((sub) -> this.content
					.add(new Paragraph(this.format.subdimensionReading(shown.statistic().band(), sub))));
		}
		ItemResults result = this.items.apply(scale.id());
		if (result.items().isEmpty()) {
			this.content.add(new EmptyState("No questions", "No question of this sub-dimension was asked."));
			return;
		}
		for (ItemResults.ItemRow item : result.items()) {
			this.content.add(item(this.format.itemRow(item)));
		}
	}

	private static Div item(ResultFormat.ItemRow row) {
		Div item = new Div();
		item.addClassName("tf-item");
		Paragraph question = new Paragraph(row.question());
		question.addClassName("tf-results-question");
		Span meta = new Span(row.reverse().isEmpty() ? row.source() : row.source() + ". " + row.reverse());
		meta.addClassName("tf-item-meta");
		UnorderedList cells = new UnorderedList(new ListItem(row.partnership()));
		row.partners().forEach((partner) -> cells.add(new ListItem(partner)));
		item.add(question, meta, cells);
		return item;
	}

}
