package org.threefold.assessment.ui.respond;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.IntegerField;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.PartnerChoice;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Option;

/**
 * Share points over partners (or the question's options): a whole-number field for each,
 * saved one at a time under its key, and a running total in words. That the total is
 * exact is checked when the person moves on, not on every keystroke.
 */
final class AllocationField extends ItemField {

	private final List<IntegerField> fields = new ArrayList<>();

	private final Span total = new Span();

	private final int points;

	AllocationField(Item item, ItemSpec.Allocation allocation, List<PartnerChoice> partners,
			Map<AnswerKey, String> answers) {
		super(item);
		this.points = allocation.total();
		List<PartnerChoice> shares = allocation.overPartners() ? partners
				: allocation.options().stream().map((o) -> new PartnerChoice(o.value(), o.label())).toList();
		FieldSet fieldSet = new FieldSet(label());
		fieldSet.addClassName("tf-fieldset");
		String how = "Give each a whole number of points; they must add up to " + this.points + ".";
		Paragraph hint = new Paragraph((help() == null) ? how : help() + " " + how);
		hint.addClassName("tf-hint");
		fieldSet.add(hint, problemMessage());
		for (PartnerChoice share : shares) {
			AnswerKey key = new AnswerKey(item.id(), share.key());
			IntegerField field = new IntegerField(share.name());
			field.setMin(0);
			field.setMax(this.points);
			field.setSuffixComponent(new Span("points"));
			field.setManualValidation(true);
			field.addClassName("tf-points");
			String saved = answers.get(key);
			field.setValue((saved == null) ? null : Integer.valueOf(saved));
			field.addValueChangeListener((event) -> {
				showTotal();
				if (event.isFromClient()) {
					emit(key, (event.getValue() == null) ? "" : event.getValue().toString());
				}
			});
			this.fields.add(field);
			fieldSet.add(field);
		}
		this.total.addClassName("tf-points-total");
		this.total.getElement().setAttribute("aria-live", "polite");
		fieldSet.add(this.total);
		add(fieldSet);
		showTotal();
	}

	List<IntegerField> fields() {
		return List.copyOf(this.fields);
	}

	String totalText() {
		return this.total.getText();
	}

	private void showTotal() {
		int given = this.fields.stream().mapToInt((f) -> (f.getValue() == null) ? 0 : f.getValue()).sum();
		this.total.setText("You have given " + given + " of " + this.points + " points"
				+ ((given > this.points) ? ", which is " + (given - this.points) + " too many." : "."));
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.fields.forEach((field) -> field.setReadOnly(readOnly));
	}

	@Override
	protected HasValidationProperties validatable() {
		return null;
	}

}
