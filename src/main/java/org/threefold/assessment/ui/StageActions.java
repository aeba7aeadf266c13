package org.threefold.assessment.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;

import org.threefold.assessment.AssessmentStatus;

/**
 * The buttons an assessment offers at its stage and to the user's role. Anything that
 * cannot be undone (opening fixes the questions, closing ends the answering, reminders
 * send email) asks first and says what will happen. What each button does is handed in,
 * so this class never sees a service.
 */
final class StageActions {

	private static final String OPEN_WARNING = "Once it is open, its questions, partners and anonymity thresholds "
			+ "can no longer change. A link is created for each partner and group, ready to share.";

	private static final String REMIND_WARNING = "Everyone invited by email who has not started yet gets a reminder "
			+ "with a fresh link. People who answered from a shared link cannot be reminded: nobody knows who they are.";

	private static final String CLOSE_WARNING = "Nobody can start or change a response once it closes. Submitted "
			+ "responses are kept; unfinished ones are never counted. It cannot be opened again.";

	private StageActions() {
	}

	/** What each action does once confirmed. */
	record Handlers(SerializableRunnable edit, SerializableRunnable open, SerializableRunnable invite,
			SerializableRunnable remind, SerializableRunnable close) {
	}

	/**
	 * @param leader an ICS leader, who plans, opens, reminds and closes
	 * @param canShare a leader or partner lead, who may invite by email
	 */
	static Component[] buttons(AssessmentStatus status, boolean leader, boolean canShare, Handlers handlers) {
		List<Component> buttons = new ArrayList<>();
		if (leader && status == AssessmentStatus.DRAFT) {
			buttons.add(button("Edit plan", VaadinIcon.EDIT, handlers.edit()));
			Button open = button("Open assessment", VaadinIcon.PLAY,
					() -> confirm("Open this assessment?", OPEN_WARNING, "Open assessment", false, handlers.open()));
			open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			buttons.add(open);
		}
		if (canShare && status == AssessmentStatus.OPEN) {
			buttons.add(button("Invite by email", VaadinIcon.ENVELOPE, handlers.invite()));
		}
		if (leader && status == AssessmentStatus.OPEN) {
			buttons.add(button("Send reminders", VaadinIcon.BELL,
					() -> confirm("Send reminders?", REMIND_WARNING, "Send reminders", false, handlers.remind())));
			buttons.add(button("Close now", VaadinIcon.STOP,
					() -> confirm("Close this assessment now?", CLOSE_WARNING, "Close now", true, handlers.close())));
		}
		return buttons.toArray(Component[]::new);
	}

	/** Text always, with the icon beside it, so no button is named by its icon alone. */
	private static Button button(String text, VaadinIcon icon, SerializableRunnable action) {
		return new Button(text, icon.create(), (click) -> action.run());
	}

	private static void confirm(String header, String text, String confirmText, boolean destructive,
			SerializableRunnable then) {
		ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, (confirmed) -> then.run());
		dialog.setCancelable(true);
		dialog.setCancelText("Cancel");
		if (destructive) {
			dialog.setConfirmButtonTheme("error primary");
		}
		dialog.open();
	}

}
