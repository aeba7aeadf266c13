package org.threefold.admin.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;

/**
 * The three facts that open a partnership. It fires a {@link SaveEvent} and never sees a
 * service, so it can be tested without Spring; a listener that throws
 * {@link org.threefold.shared.ValidationException} has its problems listed in the form.
 */
public class NewIcsForm extends Div {

	/** What the administrator typed, untrimmed; the service cleans and checks it. */
	public record Draft(String code, String name, String region) {
	}

	private final TextField code = new TextField("Code");

	private final TextField name = new TextField("Name");

	private final TextField region = new TextField("NHS region (optional)");

	private final FormProblems problems = new FormProblems();

	public NewIcsForm() {
		addClassName("tf-form");
		this.code.setHelperText("The ICB's ODS code or a short name in capitals, e.g. QWU or NORTH-VALE");
		this.code.setRequiredIndicatorVisible(true);
		this.code.setMaxLength(32);
		this.name.setHelperText("As partners know it, e.g. North Vale Integrated Care System");
		this.name.setRequiredIndicatorVisible(true);
		this.name.setMaxLength(200);
		this.region.setHelperText("e.g. North East and Yorkshire");
		this.region.setMaxLength(100);
		FormLayout fields = new FormLayout(this.code, this.name, this.region);
		fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));

		Button cancel = new Button("Cancel", (click) -> fireEvent(new CancelEvent(this)));
		Div actions = new Div(cancel, new SaveButton("Add partnership", this.problems, () -> fireEvent(
				new SaveEvent(this, new Draft(this.code.getValue(), this.name.getValue(), this.region.getValue())))));
		actions.addClassName("tf-actions");
		add(this.problems, fields, actions);
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	/** The administrator asked to add the partnership they typed. */
	public static class SaveEvent extends ComponentEvent<NewIcsForm> {

		private final Draft draft;

		SaveEvent(NewIcsForm source, Draft draft) {
			super(source, false);
			this.draft = draft;
		}

		public Draft draft() {
			return this.draft;
		}

	}

	/** The administrator changed their mind; nothing was saved. */
	public static class CancelEvent extends ComponentEvent<NewIcsForm> {

		CancelEvent(NewIcsForm source) {
			super(source, false);
		}

	}

}
