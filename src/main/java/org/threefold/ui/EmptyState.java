package org.threefold.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What a screen shows when there is nothing yet: what belongs here and how to add it. */
public class EmptyState extends Div {

	public EmptyState(String title, String guidance, Component... actions) {
		addClassName("tf-empty");
		add(new H2(title), new Paragraph(guidance));
		add(actions);
	}

}
