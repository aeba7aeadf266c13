package org.threefold.admin.ui;

import java.util.List;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.shared.Registration;

import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerView;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.shared.IcsId;

/**
 * Opens an account. The ICS choice appears only for roles that work inside an ICS and the
 * partner choice only for partner leads, listing the partners of the chosen ICS, so the
 * form cannot describe an account the rules forbid. It fires a {@link SaveEvent} and
 * never sees a service: partners are looked up through the function it is given.
 */
public class NewUserForm extends Div {

	private final TextField username = new TextField("Username");

	private final TextField displayName = new TextField("Full name");

	private final EmailField email = new EmailField("Email (optional)");

	private final Select<Role> role = new Select<>();

	private final ComboBox<IcsView> ics = new ComboBox<>("Partnership (ICS)");

	private final ComboBox<PartnerView> partner = new ComboBox<>("Partner organisation");

	private final PasswordField password = new PasswordField("Password");

	private final FormProblems problems = new FormProblems();

	private final SerializableFunction<IcsId, List<PartnerView>> partnersOf;

	public NewUserForm(List<IcsView> partnerships, SerializableFunction<IcsId, List<PartnerView>> partnersOf) {
		this.partnersOf = partnersOf;
		addClassName("tf-form");
		this.username.setHelperText("What they type to sign in: 3 to 100 lower-case letters, digits, dots, "
				+ "hyphens or underscores, e.g. j.smith");
		this.username.setRequiredIndicatorVisible(true);
		this.displayName.setRequiredIndicatorVisible(true);
		this.role.setLabel("Role");
		this.role.setItems(Role.values());
		this.role.setItemLabelGenerator(Role::label);
		this.role.setRequiredIndicatorVisible(true);
		this.ics.setItems(partnerships);
		this.ics.setItemLabelGenerator((choice) -> choice.name() + " (" + choice.code() + ")");
		this.ics.setRequiredIndicatorVisible(true);
		this.partner.setItemLabelGenerator(PartnerView::name);
		this.partner.setRequiredIndicatorVisible(true);
		this.password.setHelperText("At least " + NewUserAccount.MIN_PASSWORD_LENGTH
				+ " characters. Three or four unrelated words are strong and easy to remember. "
				+ "Give it to the person privately.");
		this.password.setRequiredIndicatorVisible(true);
		this.role.addValueChangeListener((change) -> showChoicesFor(change.getValue()));
		this.ics.addValueChangeListener((change) -> listPartnersOf(change.getValue()));
		showChoicesFor(null);
		listPartnersOf(null);

		FormLayout fields = new FormLayout(this.username, this.displayName, this.email, this.role, this.ics,
				this.partner, this.password);
		fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
		Button cancel = new Button("Cancel", (click) -> fireEvent(new CancelEvent(this)));
		Div actions = new Div(cancel,
				new SaveButton("Add user", this.problems, () -> fireEvent(new SaveEvent(this, request()))));
		actions.addClassName("tf-actions");
		add(this.problems, fields, actions);
	}

	public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
		return addListener(SaveEvent.class, listener);
	}

	public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
		return addListener(CancelEvent.class, listener);
	}

	private void showChoicesFor(Role chosen) {
		this.ics.setVisible(chosen != null && chosen.belongsToIcs());
		this.partner.setVisible(chosen == Role.PARTNER_LEAD);
	}

	private void listPartnersOf(IcsView chosen) {
		this.partner.clear();
		List<PartnerView> partners = (chosen == null) ? List.of() : this.partnersOf.apply(chosen.id());
		this.partner.setItems(partners);
		this.partner.setEnabled(!partners.isEmpty());
		if (chosen == null) {
			this.partner.setHelperText("Choose the partnership first");
		}
		else if (partners.isEmpty()) {
			this.partner.setHelperText(chosen.name() + " has no partners yet: import its partner list first");
		}
		else {
			this.partner.setHelperText("The organisation this partner lead speaks for");
		}
	}

	/** Only what the chosen role uses: a hidden choice never reaches the request. */
	private NewUserAccount request() {
		Role chosen = this.role.getValue();
		boolean inIcs = chosen != null && chosen.belongsToIcs() && this.ics.getValue() != null;
		boolean withPartner = chosen == Role.PARTNER_LEAD && this.partner.getValue() != null;
		return new NewUserAccount(this.username.getValue(), this.displayName.getValue(), this.email.getValue(),
				this.password.getValue(), chosen, inIcs ? this.ics.getValue().id() : null,
				withPartner ? this.partner.getValue().id() : null);
	}

	/** The administrator asked to open the account they described. */
	public static class SaveEvent extends ComponentEvent<NewUserForm> {

		private final NewUserAccount request;

		SaveEvent(NewUserForm source, NewUserAccount request) {
			super(source, false);
			this.request = request;
		}

		public NewUserAccount request() {
			return this.request;
		}

	}

	/** The administrator changed their mind; nothing was saved. */
	public static class CancelEvent extends ComponentEvent<NewUserForm> {

		CancelEvent(NewUserForm source) {
			super(source, false);
		}

	}

}
