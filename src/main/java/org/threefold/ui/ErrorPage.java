package org.threefold.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;

/** The shared body of the error views: a heading, what happened, and a way home. */
final class ErrorPage {

	static final String NOT_FOUND_TITLE = "Page not found";

	static final String NOT_FOUND_HELP = "The address may be mistyped, or the page may belong to a partnership "
			+ "your account cannot see.";

	private ErrorPage() {
	}

	static void fill(Main page, String title, String help) {
		page.addClassName("tf-page");
		page.add(new ViewHeader(title, help), new Anchor("", "Go to your home page"));
	}

}
