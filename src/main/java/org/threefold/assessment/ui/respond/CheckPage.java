package org.threefold.assessment.ui.respond;

import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * "Check and submit": the optional questions left blank, each with a way back to its
 * section, then Submit. Submit disables itself on the first click, so a double tap sends
 * one submission (and the server would return the same receipt anyway).
 */
final class CheckPage extends Div {

	private final PageHeading heading = new PageHeading("Check and submit");

	private final Button submit = new Button("Submit my answers");

	CheckPage(List<FormNavigation.Unanswered> unanswered, boolean canSubmit, IntConsumer goToSection,
			Runnable onSubmit) {
		addClassName("tf-check");
		add(this.heading);
		if (unanswered.isEmpty()) {
			add(new Paragraph("You have answered every question."));
		}
		else {
			add(new H2("Questions you left blank"),
					new Paragraph("These are optional. You can submit without them, or go back and answer them."));
			UnorderedList list = new UnorderedList();
			list.addClassName("tf-unanswered");
			for (FormNavigation.Unanswered item : unanswered) {
				Button answer = new Button("Answer this", (click) -> goToSection.accept(item.section()));
				answer.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
				answer.setAriaLabel("Answer: " + item.text());
				Paragraph where = new Paragraph(item.sectionTitle());
				where.addClassName("tf-hint");
				list.add(new ListItem(new Paragraph(item.text()), where, answer));
			}
			add(list);
		}
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
		this.submit.addClassName("tf-submit");
		this.submit.setDisableOnClick(true);
		this.submit.addClickListener((click) -> onSubmit.run());
		this.submit.setVisible(canSubmit);
		add(new Paragraph(canSubmit ? "When you submit, your answers are final and can no longer be changed."
				: "Answers can no longer be submitted."), this.submit);
	}

	PageHeading heading() {
		return this.heading;
	}

	Button submitButton() {
		return this.submit;
	}

}
