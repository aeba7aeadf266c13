package org.threefold.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * A number with its label, e.g. "14 partners"; the label is always text, never colour
 * alone.
 */
public class Figure extends Div {

	public Figure(String value, String label) {
		addClassName("tf-figure");
		Span number = new Span(value);
		number.addClassName("tf-figure-value");
		Span caption = new Span(label);
		caption.addClassName("tf-figure-label");
		add(number, caption);
	}

}
