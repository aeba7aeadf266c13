package org.threefold.partner.ui;

import java.util.List;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import org.threefold.partner.PartnerDraft;

/**
 * Adding or editing a partner. The save action returns the problems it found (empty when
 * saved); they are shown in the dialog, which stays open with what was typed.
 */
class PartnerDialog extends Dialog {

	private final PartnerForm form = new PartnerForm();

	private final UnorderedList problems = new UnorderedList();

	PartnerDialog(String title, PartnerDraft initial, Function<PartnerDraft, List<String>> save) {
		setHeaderTitle(title);
		if (initial != null) {
			this.form.show(initial);
		}
		Div problemBox = new Div(this.problems);
		problemBox.addClassName("tf-problems");
		problemBox.getElement().setAttribute("role", "alert");
		add(problemBox, this.form);

		Button saveButton = new Button("Save partner");
		saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		// A second click while saving does nothing: the button is disabled until the
		// answer comes back.
		saveButton.setDisableOnClick(true);
		saveButton.addClickListener((click) -> {
			List<String> found = this.form.headcountUnreadable() ? List.of("Headcount must be a whole number")
					: save.apply(this.form.draft());
			if (found.isEmpty()) {
				close();
			}
			else {
				showProblems(found);
				saveButton.setEnabled(true);
			}
		});
		getFooter().add(new Button("Cancel", (click) -> close()), saveButton);
		setWidth("min(640px, 100vw)");
	}

	private void showProblems(List<String> found) {
		this.problems.removeAll();
		found.forEach((problem) -> this.problems.add(new ListItem(problem)));
	}

}
