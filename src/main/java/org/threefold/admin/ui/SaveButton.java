package org.threefold.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

import org.threefold.shared.ValidationException;

/**
 * The primary button of an administration form. It disables itself on click (in the
 * browser too), so a second click while the server is saving does nothing and no
 * duplicate is created; a refusal is listed in the form's {@link FormProblems} and the
 * button is usable again.
 */
class SaveButton extends Button {

	SaveButton(String text, FormProblems problems, Runnable save) {
		super(text);
		addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		setDisableOnClick(true);
		addClickListener((click) -> {
			problems.clear();
			try {
				save.run();
			}
			catch (ValidationException ex) {
				problems.show(ex.problems());
			}
			finally {
				setEnabled(true);
			}
		});
	}

}
