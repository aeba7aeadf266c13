package org.threefold.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;

import org.threefold.assessment.AssessmentPlan;
import org.threefold.shared.ValidationException;

/**
 * Planning a new assessment or changing a draft. The save action is handed in, so the
 * dialog never sees a service; when it refuses the plan with a
 * {@link ValidationException}, every problem is listed in the dialog, which stays open
 * with what was typed.
 */
class AssessmentPlanDialog extends Dialog {

	private final AssessmentPlanForm form;

	private final ProblemList problems = new ProblemList("Nothing was saved. Please fix:");

	/**
	 * @param save stores the plan, or throws {@link ValidationException} saying why not;
	 * the dialog closes when it returns
	 */
	AssessmentPlanDialog(String title, String saveText, AssessmentPlanForm form,
			SerializableConsumer<AssessmentPlan> save) {
		this.form = form;
		setHeaderTitle(title);
		setWidth("min(760px, 100vw)");
		add(this.problems, form);

		Button saveButton = new Button(saveText);
		saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		// A second click while saving does nothing: the button stays disabled until the
		// answer comes back, so a slow save cannot create two drafts.
		saveButton.setDisableOnClick(true);
		saveButton.addClickListener((click) -> {
			try {
				attempt(save);
			}
			finally {
				saveButton.setEnabled(true);
			}
		});
		getFooter().add(new Button("Cancel", (click) -> close()), saveButton);
	}

	private void attempt(SerializableConsumer<AssessmentPlan> save) {
		List<String> unreadable = this.form.unreadable();
		if (!unreadable.isEmpty()) {
			this.problems.show(unreadable);
			return;
		}
		try {
			save.accept(this.form.plan());
			this.problems.show(List.of());
			close();
		}
		catch (ValidationException ex) {
			this.problems.show(ex.problems());
		}
	}

}
