package org.threefold.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.function.SerializableConsumer;

import org.threefold.admin.UserRow;
import org.threefold.security.NewUserAccount;

/**
 * Sets a new password for someone who has forgotten theirs. The dialog closes only when
 * the password was accepted; a refusal is listed in it and the old password still works.
 */
public class ResetPasswordDialog extends Dialog {

	private final PasswordField password = new PasswordField("New password");

	private final FormProblems problems = new FormProblems();

	/**
	 * @param reset sets the password; throws
	 * {@link org.threefold.shared.ValidationException} to refuse it
	 */
	public ResetPasswordDialog(UserRow user, SerializableConsumer<String> reset) {
		setHeaderTitle("Reset password for " + user.displayName());
		setWidth("min(32rem, 100vw)");
		this.password.setHelperText("At least " + NewUserAccount.MIN_PASSWORD_LENGTH + " characters. Give it to "
				+ user.displayName() + " privately.");
		this.password.setRequiredIndicatorVisible(true);
		this.password.setWidthFull();
		add(new Paragraph("The old password stops working as soon as you save."), this.problems, this.password);
		getFooter().add(new Button("Cancel", (click) -> close()),
				new SaveButton("Reset password", this.problems, () -> {
					reset.accept(this.password.getValue());
					close();
				}));
	}

}
