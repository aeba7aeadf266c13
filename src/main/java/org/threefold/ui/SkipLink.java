package org.threefold.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.dom.Element;

/**
 * "Skip to main content", the first thing a keyboard user reaches on every page: hidden
 * until it has the focus, then shown in the NHS yellow focus style. It is a plain link to
 * {@code #main-content} that the browser follows itself (not the router), which moves the
 * focus to the page's main content; a small click handler moves the focus too.
 */
public final class SkipLink {

	/** The id of the element every page's skip link points to. */
	public static final String MAIN_CONTENT = "main-content";

	private SkipLink() {
	}

	public static Anchor toMainContent() {
		Anchor link = new Anchor("#" + MAIN_CONTENT, "Skip to main content");
		link.addClassName("tf-skip-link");
		link.getElement().setAttribute("router-ignore", true);
		// The browser would follow the link by itself; moving the focus here as well
		// makes it
		// work the same in every browser, whatever the router does with the address.
		link.getElement()
			.executeJs(
					"this.addEventListener('click', (event) => {" + " const target = document.getElementById($0);"
							+ " if (target) { event.preventDefault(); target.focus(); target.scrollIntoView(); } })",
					MAIN_CONTENT);
		return link;
	}

	/**
	 * Makes an element the skip link's target, able to take the focus from a script or
	 * link.
	 */
	public static void markMainContent(Element element) {
		element.setAttribute("id", MAIN_CONTENT);
		element.setAttribute("tabindex", "-1");
	}

}
