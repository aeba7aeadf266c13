package org.threefold.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

/** A titled panel; home pages and detail screens are built from these. */
public class Card extends Section {

	private final Div body = new Div();

	public Card(String title, Component... content) {
		addClassName("tf-card");
		this.body.addClassName("tf-card-body");
		this.body.add(content);
		add(new H2(title), this.body);
	}

	public Card addContent(Component... content) {
		this.body.add(content);
		return this;
	}

}
