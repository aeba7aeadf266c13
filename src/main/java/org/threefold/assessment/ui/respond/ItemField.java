package org.threefold.assessment.ui.respond;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.shared.HasValidationProperties;

import org.threefold.assessment.AnswerKey;
import org.threefold.questionnaire.Item;

/**
 * One question on the respondent form. It knows nothing of Spring or of saving: it shows
 * the answer already saved, and reports each change the person makes in the canonical
 * form the server expects ({@code AnswerRules}), so the form can save it at once. Values
 * set by the code itself are never reported, so filling in saved answers saves nothing.
 */
public abstract class ItemField extends Div {

	/**
	 * Receives every change a person makes; a blank {@code raw} means "clear this
	 * answer".
	 */
	@FunctionalInterface
	public interface AnswerListener {

		void answered(ItemField field, AnswerKey key, String raw);

	}

	private final Item item;

	private final Paragraph problem = new Paragraph();

	private AnswerListener listener = (field, key, raw) -> {
	};

	protected ItemField(Item item) {
		this.item = item;
		setId("q-" + item.id());
		addClassName("tf-question");
		this.problem.addClassName("tf-question-problem");
		this.problem.setVisible(false);
	}

	public Item item() {
		return this.item;
	}

	public void onAnswer(AnswerListener listener) {
		this.listener = listener;
	}

	/**
	 * Shows why the server refused an answer, next to the question. What the person typed
	 * stays in the field so they can correct it rather than start again.
	 */
	public void showProblem(String message) {
		HasValidationProperties field = validatable();
		if (field != null) {
			field.setErrorMessage(message);
			field.setInvalid(true);
		}
		else {
			this.problem.setText("Error: " + message);
			this.problem.getElement().setAttribute("role", "alert");
			this.problem.setVisible(true);
		}
	}

	public void clearProblem() {
		HasValidationProperties field = validatable();
		if (field != null) {
			field.setInvalid(false);
			field.setErrorMessage(null);
		}
		this.problem.setText("");
		this.problem.getElement().removeAttribute("role");
		this.problem.setVisible(false);
	}

	public String problemText() {
		HasValidationProperties field = validatable();
		if (field != null) {
			return field.isInvalid() ? field.getErrorMessage() : null;
		}
		return this.problem.isVisible() ? this.problem.getText() : null;
	}

	/** Once an assessment closes, answers stay visible but can no longer change. */
	public abstract void setReadOnly(boolean readOnly);

	/**
	 * The single field that shows its own error message, or null for grouped controls.
	 */
	protected abstract HasValidationProperties validatable();

	/** For grouped controls: where the problem message goes (inside their fieldset). */
	protected Paragraph problemMessage() {
		return this.problem;
	}

	protected void emit(String raw) {
		emit(AnswerKey.of(this.item.id()), raw);
	}

	protected void emit(AnswerKey key, String raw) {
		this.listener.answered(this, key, (raw == null) ? "" : raw);
	}

	/**
	 * The question as its label: optional questions say so in words, rather than required
	 * ones carrying a symbol that has to be explained.
	 */
	protected String label() {
		return this.item.required() ? this.item.text() : this.item.text() + " (optional)";
	}

	/** Help text from the questionnaire, or null. */
	protected String help() {
		return (this.item.help() == null || this.item.help().isBlank()) ? null : this.item.help();
	}

}
