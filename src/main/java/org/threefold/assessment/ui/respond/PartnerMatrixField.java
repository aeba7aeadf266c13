package org.threefold.assessment.ui.respond;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.shared.HasValidationProperties;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.PartnerChoice;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;

/**
 * Rate each partner: the question is the fieldset's legend and each partner gets its own
 * radio group (1–5, not applicable, don't know), saved under the partner's key. A list of
 * groups rather than a grid, so it reads in order on a phone and with a screen reader.
 */
final class PartnerMatrixField extends ItemField {

	private final List<RadioButtonGroup<String>> groups = new ArrayList<>();

	PartnerMatrixField(Item item, ItemSpec.PartnerMatrix matrix, List<PartnerChoice> partners,
			Map<AnswerKey, String> answers) {
		super(item);
		FieldSet fieldSet = new FieldSet(label());
		fieldSet.addClassName("tf-fieldset");
		if (help() != null) {
			Paragraph hint = new Paragraph(help());
			hint.addClassName("tf-hint");
			fieldSet.add(hint);
		}
		fieldSet.add(problemMessage());
		for (PartnerChoice partner : partners) {
			AnswerKey key = new AnswerKey(item.id(), partner.key());
			RadioButtonGroup<String> group = LikertGroup.create(partner.name(), matrix.scale(), true, true);
			group.addClassName("tf-matrix-row");
			group.setRequiredIndicatorVisible(item.required());
			group.setValue(answers.get(key));
			group.addValueChangeListener((event) -> {
				if (event.isFromClient()) {
					emit(key, event.getValue());
				}
			});
			this.groups.add(group);
			fieldSet.add(group);
		}
		add(fieldSet);
	}

	List<RadioButtonGroup<String>> groups() {
		return List.copyOf(this.groups);
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.groups.forEach((group) -> group.setReadOnly(readOnly));
	}

	@Override
	protected HasValidationProperties validatable() {
		return null;
	}

}
