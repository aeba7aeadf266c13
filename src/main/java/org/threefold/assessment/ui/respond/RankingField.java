package org.threefold.assessment.ui.respond;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.shared.HasValidationProperties;

import org.threefold.assessment.AnswerKey;
import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Option;

/**
 * A ranking as a numbered list with "move up" and "move down" buttons: no dragging, so it
 * works with a keyboard, a switch or a screen reader, and focus stays on the moved
 * choice. Every move saves the order (the top {@code rankTop} when only a top few are
 * asked for).
 */
final class RankingField extends ItemField {

	private final Map<String, String> labels = new HashMap<>();

	private final List<String> order = new ArrayList<>();

	private final int needed;

	private final OrderedList list = new OrderedList();

	private final Button keep = new Button("Use this order", (click) -> save());

	private boolean readOnly;

	RankingField(Item item, ItemSpec.Ranking ranking, Map<AnswerKey, String> answers) {
		super(item);
		ranking.options().forEach((option) -> this.labels.put(option.value(), option.label()));
		this.needed = (ranking.rankTop() == null) ? ranking.options().size() : ranking.rankTop();
		String saved = answers.get(AnswerKey.of(item.id()));
		if (saved != null) {
			AnswerRules.split(saved).stream().filter(this.labels::containsKey).forEach(this.order::add);
		}
		ranking.options().stream().map(Option::value).filter((v) -> !this.order.contains(v)).forEach(this.order::add);
		FieldSet fieldSet = new FieldSet(label());
		fieldSet.addClassName("tf-fieldset");
		String how = (this.needed == this.order.size()) ? "Put the choices in order, most important first."
				: "Put your top " + this.needed + " at the top of the list, most important first.";
		Paragraph hint = new Paragraph((help() == null) ? how : help() + " " + how);
		hint.addClassName("tf-hint");
		this.list.addClassName("tf-ranking");
		this.keep.setVisible(saved == null);
		fieldSet.add(hint, problemMessage(), this.list, this.keep);
		add(fieldSet);
		render(null, true);
	}

	List<String> order() {
		return List.copyOf(this.order);
	}

	void move(String value, int by) {
		int from = this.order.indexOf(value);
		int to = from + by;
		if (this.readOnly || from < 0 || to < 0 || to >= this.order.size()) {
			return;
		}
		this.order.remove(from);
		this.order.add(to, value);
		render(value, by < 0);
		save();
	}

	private void save() {
		this.keep.setVisible(false);
		emit(String.join("\n", this.order.subList(0, this.needed)));
	}

	private void render(String focusValue, boolean up) {
		this.list.removeAll();
		for (int i = 0; i < this.order.size(); i++) {
			String value = this.order.get(i);
			String label = this.labels.get(value);
			Span text = new Span(label);
			text.addClassName("tf-rank-label");
			Button moveUp = arrow(VaadinIcon.ARROW_UP, "Move up: " + label, value, -1, i > 0);
			Button moveDown = arrow(VaadinIcon.ARROW_DOWN, "Move down: " + label, value, 1, i < this.order.size() - 1);
			ListItem row = new ListItem(text, new Div(moveUp, moveDown));
			row.addClassName("tf-rank-row");
			if (i >= this.needed) {
				text.add(new Span(" (not in your top " + this.needed + ")"));
			}
			this.list.add(row);
			if (value.equals(focusValue)) {
				((up && moveUp.isEnabled()) || !moveDown.isEnabled() ? moveUp : moveDown).focus();
			}
		}
	}

	private Button arrow(VaadinIcon icon, String name, String value, int by, boolean enabled) {
		Button button = new Button(icon.create(), (click) -> move(value, by));
		button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
		button.setAriaLabel(name);
		button.setTooltipText(name);
		button.setEnabled(enabled && !this.readOnly);
		return button;
	}

	@Override
	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		this.keep.setEnabled(!readOnly);
		render(null, true);
	}

	@Override
	protected HasValidationProperties validatable() {
		return null;
	}

}
