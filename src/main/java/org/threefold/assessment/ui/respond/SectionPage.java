package org.threefold.assessment.ui.respond;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.threefold.assessment.ResponseState;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.Section;

/**
 * One section of the questionnaire: its title and introduction, then each question, with
 * those hidden by show-if conditions built but not shown, so an answer that reveals one
 * does not rebuild the page or move the person's focus.
 */
final class SectionPage extends Div {

	private final PageHeading heading;

	private final List<ItemField> fields = new ArrayList<>();

	/**
	 * @param resumeCode shown once, on the first page after starting; null otherwise
	 */
	SectionPage(Section section, ResponseState state, String resumeCode, ItemField.AnswerListener listener) {
		addClassName("tf-section");
		this.heading = new PageHeading(section.title());
		add(this.heading);
		if (resumeCode != null) {
			add(resumeCodePanel(resumeCode));
		}
		if (section.intro() != null && !section.intro().isBlank()) {
			Paragraph intro = new Paragraph(section.intro());
			intro.addClassName("tf-lead");
			add(intro);
		}
		for (Item item : section.items()) {
			ItemField field = ItemFields.create(item, state.partnersFor(item), state.answers());
			field.onAnswer(listener);
			field.setVisible(state.visible(item));
			this.fields.add(field);
			add(field);
		}
	}

	PageHeading heading() {
		return this.heading;
	}

	List<ItemField> fields() {
		return List.copyOf(this.fields);
	}

	/**
	 * The question's number as the person sees it, counting only the questions showing.
	 */
	int number(ItemField field) {
		int number = 0;
		for (ItemField shown : this.fields) {
			number += shown.isVisible() ? 1 : 0;
			if (shown == field) {
				return number;
			}
		}
		return number;
	}

	/** Shows and hides questions as earlier answers change, without touching the rest. */
	void refresh(ResponseState state) {
		this.fields.forEach((field) -> field.setVisible(state.visible(field.item())));
	}

	private static Div resumeCodePanel(String resumeCode) {
		Span code = new Span(resumeCode);
		code.addClassName("tf-resume-code-value");
		Paragraph writeDown = new Paragraph("Write this down to continue on another device: ");
		writeDown.add(code);
		Paragraph how = new Paragraph("Your answers are saved as you go. To carry on here, open your link again. "
				+ "On another device, go to ");
		how.add(new Anchor("resume", "the resume page"), new Span(" and enter the code. We will not show it again."));
		Div panel = new Div(new H2("Your resume code"), writeDown, how);
		panel.addClassName("tf-resume-code");
		return panel;
	}

}
