package org.threefold.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The top of every screen: a single H1 and a sentence of plain-English help saying what
 * the screen is for, with room for the screen's main actions.
 */
public class ViewHeader extends Div {

	private final Div actions = new Div();

	public ViewHeader(String title, String help) {
		addClassName("tf-view-header");
		Div text = new Div(new H1(title));
		if (help != null && !help.isBlank()) {
			Paragraph lead = new Paragraph(help);
			lead.addClassName("tf-lead");
			text.add(lead);
		}
		this.actions.addClassName("tf-actions");
		add(text, this.actions);
	}

	public ViewHeader withActions(Component... components) {
		this.actions.add(components);
		return this;
	}

}
