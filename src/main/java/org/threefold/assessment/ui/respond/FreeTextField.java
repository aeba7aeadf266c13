package org.threefold.assessment.ui.respond;

import java.util.Map;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaVariant;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.threefold.assessment.AnswerKey;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;

/**
 * A free-text answer with a character counter. Text is saved whenever the person pauses
 * typing, and text not yet sent goes ahead of their next click (Vaadin flushes a pending
 * value before any other event), so pressing Next straight after typing loses nothing.
 */
final class FreeTextField extends ItemField {

	/** Long enough not to save every keystroke, short enough that a pause saves. */
	static final int SAVE_AFTER_PAUSE_MS = 1200;

	private final TextArea area = new TextArea();

	private final Span counter = new Span();

	private final int maxLength;

	FreeTextField(Item item, ItemSpec.FreeText text, Map<AnswerKey, String> answers) {
		super(item);
		this.maxLength = text.maxLength();
		this.area.setLabel(label());
		this.area.setHelperText(help());
		this.area.setRequiredIndicatorVisible(item.required());
		this.area.setMaxLength(text.maxLength());
		this.area.setManualValidation(true);
		this.area.setMinRows(3);
		this.area.addThemeVariants(TextAreaVariant.LUMO_HELPER_ABOVE_FIELD);
		this.area.setWidthFull();
		this.area.setValueChangeMode(ValueChangeMode.LAZY);
		this.area.setValueChangeTimeout(SAVE_AFTER_PAUSE_MS);
		String saved = answers.get(AnswerKey.of(item.id()));
		this.area.setValue((saved == null) ? "" : saved);
		this.counter.addClassName("tf-counter");
		count(this.area.getValue());
		this.area.addValueChangeListener((event) -> {
			count(event.getValue());
			if (event.isFromClient()) {
				emit(event.getValue());
			}
		});
		add(this.area, this.counter);
	}

	private void count(String value) {
		this.counter.setText(value.length() + " of " + this.maxLength + " characters used");
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.area.setReadOnly(readOnly);
	}

	@Override
	protected HasValidationProperties validatable() {
		return this.area;
	}

}
