package org.threefold.admin.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Every reason a form was refused, listed inside the form next to the fields, so nothing
 * has to be remembered from a notification that has gone. Announced by screen readers as
 * an alert.
 */
class FormProblems extends Div {

	private final UnorderedList list = new UnorderedList();

	FormProblems() {
		addClassNames("tf-problems", "tf-form-problems");
		getElement().setAttribute("role", "alert");
		add(new Span("Nothing was saved. Please fix:"), this.list);
		setVisible(false);
	}

	void show(List<String> problems) {
		this.list.removeAll();
		problems.forEach((problem) -> this.list.add(new ListItem(problem)));
		setVisible(!problems.isEmpty());
	}

	void clear() {
		show(List.of());
	}

	List<String> problems() {
		return this.list.getChildren().map((item) -> item.getElement().getText()).toList();
	}

}
