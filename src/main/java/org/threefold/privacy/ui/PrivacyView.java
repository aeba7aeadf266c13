package org.threefold.privacy.ui;

import java.util.Comparator;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.privacy.RetentionService;
import org.threefold.privacy.RetentionSetting;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.security.UserAccountService;
import org.threefold.security.UserAccountView;
import org.threefold.shared.ValidationException;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * How long raw answers are kept (ICS leaders for their partnership, administrators for
 * any) and, for administrators, erasing a person's account data.
 */
@Route("privacy")
@PageTitle("Privacy | Threefold")
@Menu(title = "Privacy", order = 95, icon = "vaadin:lock")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.ADMINISTRATOR_NAME })
public class PrivacyView extends Main {

	private final RetentionService retention;

	private final IntegerField months = new IntegerField("Keep raw answers for (months)");

	private final Paragraph now = new Paragraph();

	public PrivacyView(RetentionService retention, CurrentUser currentUser, IcsService partnerships,
			UserAccountService accounts) {
		this.retention = retention;
		addClassName("tf-page");
		add(new ViewHeader("Privacy",
				"Raw answers are what each respondent chose and wrote, including comments. Scores worked out from "
						+ "them are kept, so results and trends stay the same, but once an assessment has been closed "
						+ "for the months you set here its raw answers, and responses never submitted, are deleted "
						+ "overnight. Leave the field empty to keep them until you decide otherwise. Every change is "
						+ "recorded in the audit log."));
		this.months.setMin(RetentionSetting.MIN_MONTHS);
		this.months.setMax(RetentionSetting.MAX_MONTHS);
		this.months.setStepButtonsVisible(true);
		this.months.setHelperText("1 to 120 months after an assessment closes; empty keeps them");
		this.months.setClearButtonVisible(true);
		add(new H2("How long raw answers are kept"), this.now);
		if (currentUser.require().is(Role.ADMINISTRATOR)) {
			Select<IcsView> ics = new Select<>();
			ics.setLabel("Partnership");
			ics.setItems(partnerships.list());
			ics.setItemLabelGenerator(IcsView::name);
			Button save = new Button("Save", (click) -> {
				if (ics.getValue() != null) {
					save(() -> retention.changeFor(ics.getValue().id(), Optional.ofNullable(this.months.getValue())));
				}
			});
			ics.addValueChangeListener((chosen) -> {
				if (chosen.getValue() != null) {
					show(retention.settingFor(chosen.getValue().id()));
				}
			});
			add(row(ics, this.months, save));
			add(erasure(accounts));
		}
		else {
			show(retention.current());
			add(row(this.months, new Button("Save",
					(click) -> save(() -> retention.change(Optional.ofNullable(this.months.getValue()))))));
		}
	}

	private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
		HorizontalLayout row = new HorizontalLayout(parts);
		row.setAlignItems(FlexComponent.Alignment.BASELINE);
		row.setWrap(true);
		return row;
	}

	private void save(java.util.function.Supplier<RetentionSetting> change) {
		try {
			show(change.get());
			Notifications.success("Saved");
		}
		catch (ValidationException ex) {
			this.months.setErrorMessage(String.join(" ", ex.problems()));
			this.months.setInvalid(true);
		}
	}

	private void show(RetentionSetting setting) {
		this.months.setInvalid(false);
		this.months.setValue(setting.months().orElse(null));
		this.now.setText(setting.months()
			.map((m) -> "Now: raw answers are deleted " + m + " months after an assessment closes.")
			.orElse("Now: raw answers are kept until someone decides otherwise."));
	}

	private com.vaadin.flow.component.Component erasure(UserAccountService accounts) {
		ComboBox<UserAccountView> person = new ComboBox<>("Person");
		person.setItems(accounts.list()
			.stream()
			.filter((account) -> !account.username().startsWith("erased-"))
			.sorted(Comparator.comparing(UserAccountView::displayName))
			.toList());
		person.setItemLabelGenerator((account) -> account.displayName() + " (" + account.username() + ")");
		person.setWidth("24rem");
		Button erase = new Button("Erase account data", (click) -> {
			UserAccountView chosen = person.getValue();
			if (chosen == null) {
				return;
			}
			ConfirmDialog confirm = new ConfirmDialog();
			confirm.setHeader("Erase " + chosen.displayName() + "'s account data?");
			confirm.setText("Their name, username and email address are replaced by a pseudonym and the account is "
					+ "switched off. This cannot be undone. The audit log keeps what the account did, under the "
					+ "pseudonym.");
			confirm.setCancelable(true);
			confirm.setConfirmText("Erase");
			confirm.setConfirmButtonTheme("error primary");
			confirm.addConfirmListener((yes) -> {
				try {
					String pseudonym = accounts.erase(chosen.id());
					Notifications.success("Erased; the account now shows as " + pseudonym);
					person.clear();
				}
				catch (ValidationException ex) {
					person.setErrorMessage(String.join(" ", ex.problems()));
					person.setInvalid(true);
				}
			});
			confirm.open();
		});
		erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
		com.vaadin.flow.component.html.Div section = new com.vaadin.flow.component.html.Div();
		section.add(new H2("Erase a person's account data"),
				new Paragraph("When someone asks to be forgotten, or leaves: their responses to assessments were "
						+ "never linked to them, so only the account itself holds their personal data."),
				row(person, erase));
		return section;
	}

}
