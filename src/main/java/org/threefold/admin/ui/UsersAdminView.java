package org.threefold.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.admin.AccountAdministration;
import org.threefold.admin.UserRow;
import org.threefold.security.Role;
import org.threefold.security.UserAccountView;
import org.threefold.shared.ValidationException;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * Everyone who signs in. Accounts are disabled rather than deleted, so what a person did
 * in Threefold keeps its author after they leave.
 */
@Route("admin/users")
@PageTitle("User accounts | Threefold")
@Menu(title = "User accounts", order = 90, icon = "vaadin:users")
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class UsersAdminView extends Main {

	private final AccountAdministration administration;

	private final Grid<UserRow> grid = new Grid<>();

	public UsersAdminView(AccountAdministration administration) {
		this.administration = administration;
		addClassName("tf-page");
		Button add = new Button("Add user", new Icon(VaadinIcon.PLUS), (click) -> openNewUser());
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new ViewHeader("User accounts", "Everyone who signs in to Threefold needs an account: ICS leaders, "
				+ "partner leads, facilitators, board viewers and administrators. Survey respondents and workshop "
				+ "participants do not. Add an account, give the person their username and password privately, "
				+ "and disable it when they leave.")
			.withActions(add), this.grid);
		this.grid.addColumn(UserRow::username).setKey("username").setHeader("Username").setAutoWidth(true);
		this.grid.addColumn(UserRow::displayName).setKey("name").setHeader("Name").setAutoWidth(true);
		this.grid.addColumn((user) -> user.role().label()).setKey("role").setHeader("Role").setAutoWidth(true);
		this.grid.addColumn((user) -> user.icsName().orElse("–")).setKey("ics").setHeader("ICS");
		this.grid.addColumn((user) -> user.partnerName().orElse("–")).setKey("partner").setHeader("Partner");
		this.grid.addColumn(UserRow::status).setKey("status").setHeader("Status").setAutoWidth(true).setFlexGrow(0);
		this.grid.addComponentColumn(this::actions)
			.setKey("actions")
			.setHeader("Actions")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel("User accounts");
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.administration.users());
	}

	private void openNewUser() {
		NewUserForm form = new NewUserForm(this.administration.partnerships(), this.administration::partnersOf);
		Dialog dialog = new Dialog("Add user", form);
		dialog.setWidth("min(48rem, 100vw)");
		form.addCancelListener((cancel) -> dialog.close());
		form.addSaveListener((save) -> {
			UserAccountView created = this.administration.createUser(save.request());
			dialog.close();
			refresh();
			Notifications.success("Account " + created.username() + " opened for " + created.displayName() + ".");
		});
		dialog.open();
	}

	private Component actions(UserRow user) {
		Button toggle = new Button(user.enabled() ? "Disable" : "Enable", (click) -> {
			if (user.enabled()) {
				confirmDisable(user);
			}
			else {
				setEnabled(user, true);
			}
		});
		toggle.setAriaLabel((user.enabled() ? "Disable " : "Enable ") + user.username());
		Button reset = new Button("Reset password", (click) -> new ResetPasswordDialog(user, (password) -> {
			this.administration.resetPassword(user.id(), password);
			Notifications.success("Password for " + user.username() + " reset.");
		}).open());
		reset.setAriaLabel("Reset password for " + user.username());
		toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
		reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Div actions = new Div(toggle, reset);
		actions.addClassName("tf-actions");
		return actions;
	}

	private void confirmDisable(UserRow user) {
		ConfirmDialog confirm = new ConfirmDialog("Disable " + user.displayName() + "'s account?",
				user.displayName() + " will no longer be able to sign in. What they did in Threefold stays, "
						+ "and you can enable the account again at any time.",
				"Disable account", (yes) -> setEnabled(user, false), "Keep it active", (no) -> {
				});
		confirm.setConfirmButtonTheme("error primary");
		confirm.open();
	}

	private void setEnabled(UserRow user, boolean enabled) {
		try {
			this.administration.setEnabled(user.id(), enabled);
			refresh();
			Notifications.success(user.username() + (enabled ? " can sign in again." : " can no longer sign in."));
		}
		catch (ValidationException ex) {
			Notifications.problems("The account was not changed", ex.problems());
		}
	}

}
