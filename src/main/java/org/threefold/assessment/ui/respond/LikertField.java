package org.threefold.assessment.ui.respond;

import java.util.Map;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;

import org.threefold.assessment.AnswerKey;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;

/**
 * A Likert question: five labelled answers, plus "not applicable" and "don't know" where
 * allowed.
 */
final class LikertField extends ItemField {

	private final RadioButtonGroup<String> group;

	LikertField(Item item, ItemSpec.Likert likert, Map<AnswerKey, String> answers) {
		super(item);
		this.group = LikertGroup.create(label(), likert.scale(), likert.notApplicable(), likert.dontKnow());
		this.group.setHelperText(help());
		this.group.setRequiredIndicatorVisible(item.required());
		this.group.setValue(answers.get(AnswerKey.of(item.id())));
		this.group.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				emit(event.getValue());
			}
		});
		add(this.group);
	}

	RadioButtonGroup<String> group() {
		return this.group;
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.group.setReadOnly(readOnly);
	}

	@Override
	protected HasValidationProperties validatable() {
		return this.group;
	}

}
