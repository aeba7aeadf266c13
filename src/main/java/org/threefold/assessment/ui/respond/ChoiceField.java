package org.threefold.assessment.ui.respond;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.shared.HasValidationProperties;

import org.threefold.assessment.AnswerKey;
import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Option;

/**
 * Single choice as radio buttons, multiple choice as checkboxes. Multiple choices are
 * sent in the questionnaire's option order, one value a line, which is their canonical
 * form.
 */
final class ChoiceField extends ItemField {

	private final AbstractSinglePropertyField<?, ?> field;

	ChoiceField(Item item, ItemSpec.Choice choice, Map<AnswerKey, String> answers) {
		super(item);
		Map<String, String> labels = new HashMap<>();
		choice.options().forEach((option) -> labels.put(option.value(), option.label()));
		List<String> values = choice.options().stream().map(Option::value).toList();
		String saved = answers.get(AnswerKey.of(item.id()));
		if (choice.multiple()) {
			this.field = checkboxes(item, choice, values, labels, saved);
		}
		else {
			this.field = radios(item, values, labels, saved);
		}
		add(this.field);
	}

	private RadioButtonGroup<String> radios(Item item, List<String> values, Map<String, String> labels, String saved) {
		RadioButtonGroup<String> group = new RadioButtonGroup<>(label());
		group.setItems(values);
		group.setItemLabelGenerator(labels::get);
		group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL, RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
		group.setHelperText(help());
		group.setRequiredIndicatorVisible(item.required());
		group.setManualValidation(true);
		group.setValue(values.contains(saved) ? saved : null);
		group.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				emit(event.getValue());
			}
		});
		return group;
	}

	private CheckboxGroup<String> checkboxes(Item item, ItemSpec.Choice choice, List<String> values,
			Map<String, String> labels, String saved) {
		CheckboxGroup<String> group = new CheckboxGroup<>(label());
		group.setItems(values);
		group.setItemLabelGenerator(labels::get);
		group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL, CheckboxGroupVariant.LUMO_HELPER_ABOVE_FIELD);
		String limit = (choice.maxChoices() == null) ? "Choose all that apply."
				: "Choose up to " + choice.maxChoices() + ".";
		group.setHelperText((help() == null) ? limit : help() + " " + limit);
		group.setRequiredIndicatorVisible(item.required());
		group.setManualValidation(true);
		if (saved != null) {
			Set<String> chosen = new LinkedHashSet<>(AnswerRules.split(saved));
			chosen.retainAll(values);
			group.setValue(chosen);
		}
		group.addValueChangeListener((event) -> {
			if (event.isFromClient()) {
				emit(String.join("\n", values.stream().filter(event.getValue()::contains).toList()));
			}
		});
		return group;
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.field.setReadOnly(readOnly);
	}

	@Override
	protected HasValidationProperties validatable() {
		return (HasValidationProperties) this.field;
	}

}
