package org.threefold.assessment.ui.respond;

import java.math.BigDecimal;
import java.util.Map;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.component.textfield.TextFieldVariant;

import org.threefold.assessment.AnswerKey;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;

/**
 * A number answer: whole numbers in an integer field (a numeric keypad on phones), others
 * in a decimal field kept exact. The range is said in words under the field; the server
 * checks it, so a browser that ignores min and max cannot store a wrong value.
 */
final class NumberItemField extends ItemField {

	private final TextFieldBase<?, ?> field;

	NumberItemField(Item item, ItemSpec.NumberInput number, Map<AnswerKey, String> answers) {
		super(item);
		String saved = answers.get(AnswerKey.of(item.id()));
		if (number.integer()) {
			IntegerField integer = new IntegerField(label());
			integer.setMin(number.min().intValue());
			integer.setMax(number.max().intValue());
			integer.setStepButtonsVisible(false);
			integer.setManualValidation(true);
			integer.setValue(parse(saved) == null ? null : parse(saved).intValue());
			integer.addValueChangeListener((event) -> {
				if (event.isFromClient()) {
					emit((event.getValue() == null) ? "" : event.getValue().toString());
				}
			});
			this.field = integer;
		}
		else {
			BigDecimalField decimal = new BigDecimalField(label());
			decimal.setManualValidation(true);
			decimal.setValue(parse(saved));
			decimal.addValueChangeListener((event) -> {
				if (event.isFromClient()) {
					emit((event.getValue() == null) ? "" : event.getValue().toPlainString());
				}
			});
			this.field = decimal;
		}
		if (number.unit() != null && !number.unit().isBlank()) {
			this.field.setSuffixComponent(new Span(number.unit()));
		}
		String range = "Enter a number from " + number.min().toPlainString() + " to " + number.max().toPlainString()
				+ ((number.unit() == null || number.unit().isBlank()) ? "." : " " + number.unit() + ".");
		this.field.setHelperText((help() == null) ? range : help() + " " + range);
		this.field.setRequiredIndicatorVisible(item.required());
		this.field.getElement().getThemeList().add(TextFieldVariant.LUMO_HELPER_ABOVE_FIELD.getVariantName());
		add(this.field);
	}

	private static BigDecimal parse(String saved) {
		try {
			return (saved == null) ? null : new BigDecimal(saved);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.field.setReadOnly(readOnly);
	}

	@Override
	protected HasValidationProperties validatable() {
		return this.field;
	}

}
