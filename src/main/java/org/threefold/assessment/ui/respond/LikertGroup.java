package org.threefold.assessment.ui.respond;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.LikertScale;

/**
 * A five-point scale as a vertical radio group: the group's label is the question (or the
 * partner being rated), so screen readers announce it as one radiogroup, and every choice
 * is a word, never a colour or a bare number.
 */
final class LikertGroup {

	static final String NOT_APPLICABLE_LABEL = "Not applicable";

	static final String DONT_KNOW_LABEL = "Don't know";

	private LikertGroup() {
	}

	static RadioButtonGroup<String> create(String label, LikertScale scale, boolean notApplicable, boolean dontKnow) {
		List<String> values = new ArrayList<>(List.of("1", "2", "3", "4", "5"));
		if (notApplicable) {
			values.add(AnswerRules.NOT_APPLICABLE);
		}
		if (dontKnow) {
			values.add(AnswerRules.DONT_KNOW);
		}
		RadioButtonGroup<String> group = new RadioButtonGroup<>(label);
		group.setItems(values);
		group.setItemLabelGenerator((value) -> label(scale, value));
		group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
		group.setManualValidation(true);
		group.setWidthFull();
		return group;
	}

	static String label(LikertScale scale, String value) {
		return switch (value) {
			case AnswerRules.NOT_APPLICABLE -> NOT_APPLICABLE_LABEL;
			case AnswerRules.DONT_KNOW -> DONT_KNOW_LABEL;
			default -> scale.label(Integer.parseInt(value));
		};
	}

}
