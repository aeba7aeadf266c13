package org.threefold.assessment.ui.respond;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "There is a problem" at the top of the page, listing what stops the person moving on.
 * It takes focus and is announced, because a refused button press is otherwise silent.
 */
final class ProblemSummary extends Div {

	private final UnorderedList list = new UnorderedList();

	ProblemSummary() {
		addClassName("tf-problem-summary");
		getElement().setAttribute("tabindex", "-1");
		add(new H2("There is a problem"), this.list);
		setVisible(false);
	}

	void show(List<String> problems) {
		this.list.removeAll();
		problems.forEach((problem) -> this.list.add(new ListItem(problem)));
		getElement().setAttribute("role", "alert");
		setVisible(true);
		getElement().executeJs("this.focus()");
	}

	void clear() {
		this.list.removeAll();
		getElement().removeAttribute("role");
		setVisible(false);
	}

	List<String> problems() {
		return this.list.getChildren().map((item) -> item.getElement().getText()).toList();
	}

}
