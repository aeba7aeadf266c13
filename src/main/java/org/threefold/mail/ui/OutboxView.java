package org.threefold.mail.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.mail.MailService;
import org.threefold.mail.OutboundEmailView;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.ui.EmptyState;
import org.threefold.ui.ViewHeader;

/**
 * Every email Threefold sent or kept for the partnership. Where no mail server is set up
 * this is how invitations reach people: the leader copies each link from here.
 */
@Route("outbox")
@PageTitle("Email outbox | Threefold")
@Menu(title = "Email outbox", order = 70, icon = "vaadin:envelope")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.ADMINISTRATOR_NAME })
public class OutboxView extends Main {

	private static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final Grid<OutboundEmailView> grid = new Grid<>();

	private final TextArea body = new TextArea("Email text");

	private final Paragraph error = new Paragraph();

	public OutboxView(MailService mail, CurrentUser currentUser) {
		addClassName("tf-page");
		add(new ViewHeader("Email outbox", mail.mailServerConfigured()
				? "Every email Threefold has sent for the partnership, such as survey invitations and reminders, "
						+ "and whether the mail server took it. Select one to read it; a failed email says why."
				: "On this installation Threefold does not send emails to a mail server. It keeps them here "
						+ "instead, so you can copy each person's invitation link and send it to them yourself. "
						+ "Select an email to read it."));
		List<OutboundEmailView> emails = currentUser.require().is(Role.ADMINISTRATOR) ? mail.outboxForAdministrator()
				: mail.outbox();
		if (emails.isEmpty()) {
			add(new EmptyState("No emails yet",
					"Emails appear here when someone uses \"Invite by email\" or \"Send reminders\" on an open assessment."));
			return;
		}
		configureGrid();
		this.grid.setItems(emails);
		this.body.setReadOnly(true);
		this.body.setWidthFull();
		this.body.setMinRows(8);
		this.body.setPlaceholder("Select an email above to read it");
		this.error.getStyle().setColor("var(--lumo-error-text-color)");
		this.error.setVisible(false);
		add(this.grid, new Div(this.error, this.body));
	}

	private void configureGrid() {
		this.grid.addColumn((email) -> UK_TIME.format(email.createdAt()))
			.setKey("created")
			.setHeader("Created")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setComparator(OutboundEmailView::createdAt);
		this.grid.addColumn(OutboundEmailView::to).setKey("to").setHeader("To").setAutoWidth(true);
		this.grid.addColumn(OutboundEmailView::subject).setKey("subject").setHeader("Subject").setFlexGrow(2);
		this.grid.addColumn((email) -> email.status().label()).setKey("status").setHeader("Status").setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAriaLabel("Emails, newest first");
		this.grid.setHeight("24rem");
		this.grid.asSingleSelect().addValueChangeListener((selected) -> show(selected.getValue()));
	}

	/** Plain text in a text area: an email body is never rendered as HTML. */
	private void show(OutboundEmailView email) {
		this.body.setValue((email == null) ? "" : email.body());
		String why = (email == null) ? null : email.error().orElse(null);
		this.error.setText((why == null) ? "" : "Why it was not sent: " + why);
		this.error.setVisible(why != null);
	}

}
