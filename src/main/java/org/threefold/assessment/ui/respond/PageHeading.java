package org.threefold.assessment.ui.respond;

import com.vaadin.flow.component.html.H1;

/**
 * The one H1 of each respondent page. It takes focus when the page changes, so a screen
 * reader announces the new page and the window scrolls back to the top, as after a normal
 * page load.
 */
final class PageHeading extends H1 {

	PageHeading(String text) {
		super(text);
		getElement().setAttribute("tabindex", "-1");
		addClassName("tf-page-heading");
	}

	void takeFocus() {
		getElement().executeJs("this.focus()");
	}

}
