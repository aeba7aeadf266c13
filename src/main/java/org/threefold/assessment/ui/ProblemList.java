package org.threefold.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Every reason a dialog's action was refused, listed inside the dialog beside what was
 * typed, so nothing has to be remembered from a notification that has gone. Announced by
 * screen readers as an alert.
 */
class ProblemList extends Div {

	private final UnorderedList list = new UnorderedList();

	ProblemList(String heading) {
		addClassName("tf-problems");
		getElement().setAttribute("role", "alert");
		add(new Span(heading), this.list);
		setVisible(false);
	}

	void show(List<String> problems) {
		this.list.removeAll();
		problems.forEach((problem) -> this.list.add(new ListItem(problem)));
		setVisible(!problems.isEmpty());
	}

	List<String> problems() {
		return this.list.getChildren().map((item) -> item.getElement().getText()).toList();
	}

}
