package org.threefold.home;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.threefold.ui.Card;

/**
 * A getting-started checklist on a home page. Each step says in words whether it is done
 * (never by colour or a tick alone) and links to where it is done. "Hide this checklist"
 * is remembered by the browser, per person, and "Show the getting started checklist"
 * brings it back.
 */
class ChecklistCard extends Div {

	private final String storageKey;

	private final Card card;

	private final Button show = new Button("Show the getting started checklist", (click) -> setHidden(false));

	ChecklistCard(GettingStarted.Checklist checklist, String username) {
		this.storageKey = "threefold.checklist." + checklist.key() + "." + username;
		addClassName("tf-checklist");
		Paragraph progress = new Paragraph(
				checklist.complete() ? "All " + checklist.steps().size() + " steps are done. Well done."
						: checklist.doneCount() + " of " + checklist.steps().size() + " steps done.");
		progress.addClassName("tf-checklist-progress");
		OrderedList steps = new OrderedList();
		steps.addClassName("tf-checklist-steps");
		checklist.steps().forEach((step) -> steps.add(item(step)));
		Div then = new Div();
		then.addClassName("tf-checklist-then");
		then.add(link(checklist.then()), new Span(" – " + checklist.then().detail()));
		Button hide = new Button("Hide this checklist", (click) -> setHidden(true));
		hide.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.card = new Card(checklist.title(), progress, steps, then, hide);
		this.card.getElement().setAttribute("tabindex", "-1");
		this.show.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		this.show.setVisible(false);
		add(this.card, this.show);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		super.onAttach(event);
		getElement().executeJs("return window.localStorage.getItem($0) === 'hidden'", this.storageKey)
			.then(Boolean.class, (hidden) -> {
				if (Boolean.TRUE.equals(hidden)) {
					show(false);
				}
			});
	}

	private void setHidden(boolean hidden) {
		getElement().executeJs(
				"if ($1) { window.localStorage.setItem($0, 'hidden') } else { window.localStorage.removeItem($0) }",
				this.storageKey, hidden);
		show(!hidden);
		if (hidden) {
			this.show.focus();
		}
		else {
			this.card.getElement().executeJs("this.focus()");
		}
	}

	private void show(boolean visible) {
		this.card.setVisible(visible);
		this.show.setVisible(!visible);
	}

	private static ListItem item(GettingStarted.Step step) {
		Span status = new Span(step.done() ? "Done" : "To do");
		status.addClassNames("tf-tag", step.done() ? "tf-tag-ok" : "tf-tag-todo");
		ListItem item = new ListItem(status, link(step), new Span(" – " + step.detail()));
		item.addClassName(step.done() ? "tf-step-done" : "tf-step-todo");
		return item;
	}

	private static com.vaadin.flow.component.Component link(GettingStarted.Step step) {
		if (step.href() == null) {
			Span text = new Span(step.title());
			text.addClassName("tf-checklist-title");
			return text;
		}
		Anchor anchor = new Anchor(step.href(), step.title());
		anchor.addClassName("tf-checklist-title");
		return anchor;
	}

}
