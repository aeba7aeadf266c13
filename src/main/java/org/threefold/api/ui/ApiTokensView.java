package org.threefold.api.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.threefold.ThreefoldProperties;
import org.threefold.api.ApiTokenService;
import org.threefold.api.ApiTokenView;
import org.threefold.api.IssuedToken;
import org.threefold.security.Role;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.ValidationException;
import org.threefold.ui.Card;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * API tokens for BI tools: an ICS leader issues one per dashboard, sees it once, and
 * revokes it when it is no longer needed or may have leaked.
 */
@Route("api-tokens")
@PageTitle("API tokens | Threefold")
@Menu(title = "API tokens", order = 85, icon = "vaadin:key")
@RolesAllowed(Role.ICS_LEADER_NAME)
@StyleSheet("styles/export.css")
public class ApiTokensView extends Main {

	static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	private final ApiTokenService tokens;

	private final String baseUrl;

	private final Grid<ApiTokenView> grid = new Grid<>();

	private final TextField name = new TextField("Name of the dashboard or tool");

	public ApiTokensView(ApiTokenService tokens, ThreefoldProperties properties) {
		this.tokens = tokens;
		this.baseUrl = properties.publicUrl().replaceAll("/+$", "");
		addClassName("tf-page");
		add(new ViewHeader("API tokens",
				"A token lets a BI tool such as Power BI or Excel read this partnership's assessments, scores and "
						+ "export files through the read-only API, with the same protection of small groups as the "
						+ "screens. Give each tool its own token, so you can revoke one without stopping the others. "
						+ "A token is shown once, when you issue it: copy it then. Anyone holding it can read the "
						+ "results, so keep it as safe as a password."));
		this.name.setMaxLength(ApiTokenService.MAX_NAME_LENGTH);
		this.name.setPlaceholder("e.g. Board dashboard (Power BI)");
		this.name.setWidth("24rem");
		Button issue = new Button("Issue token", (click) -> issue());
		issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div form = new Div(this.name, issue);
		form.addClassName("tf-actions");
		add(new Card("Issue a token", form));
		configureGrid();
		add(new Card("Tokens", this.grid));
		refresh();
	}

	private void configureGrid() {
		this.grid.addColumn(ApiTokenView::name).setHeader("Name").setFlexGrow(2);
		this.grid.addColumn(ApiTokenView::hint).setHeader("Starts with").setAutoWidth(true);
		this.grid.addColumn(ApiTokenView::createdBy).setHeader("Issued by").setAutoWidth(true);
		this.grid.addColumn((t) -> UK.format(t.createdAt())).setHeader("Issued").setAutoWidth(true);
		this.grid.addColumn((t) -> (t.lastUsedOn() != null) ? t.lastUsedOn().format(UK) : "Never")
			.setHeader("Last used")
			.setAutoWidth(true);
		this.grid.addColumn((t) -> t.active() ? "Active" : "Revoked " + UK.format(t.revokedAt()))
			.setHeader("Status")
			.setAutoWidth(true);
		this.grid.addComponentColumn((t) -> {
			Button revoke = new Button("Revoke", (click) -> confirmRevoke(t));
			revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
			revoke.setAriaLabel("Revoke " + t.name());
			revoke.setVisible(t.active());
			return revoke;
		}).setHeader("").setAutoWidth(true);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText("No tokens yet. Issue one above for each tool that should read the API.");
	}

	private void issue() {
		try {
			IssuedToken issued = this.tokens.issue(this.name.getValue());
			this.name.clear();
			refresh();
			showOnce(issued);
		}
		catch (ValidationException ex) {
			this.name.setInvalid(true);
			this.name.setErrorMessage(String.join(" ", ex.problems()));
		}
	}

	private void showOnce(IssuedToken issued) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Token for " + issued.token().name());
		TextArea secret = new TextArea("Your new token");
		secret.setValue(issued.secret());
		secret.setReadOnly(true);
		secret.setWidthFull();
		secret.addClassName("tf-token-secret");
		Pre example = new Pre("curl -H \"Authorization: Bearer " + issued.secret() + "\" \\\n  " + this.baseUrl
				+ "/api/v1/assessments");
		example.addClassName("tf-token-secret");
		dialog.add(
				new Paragraph("Copy this token now: it will not be shown again. Threefold keeps only a "
						+ "fingerprint of it, so if it is lost you issue a new one."),
				secret, new Paragraph("Try it from a command line:"), example);
		dialog.getFooter().add(new Button("I have copied it", (click) -> dialog.close()));
		dialog.setCloseOnOutsideClick(false);
		dialog.setWidth("min(40rem, 95vw)");
		dialog.open();
	}

	private void confirmRevoke(ApiTokenView token) {
		ConfirmDialog confirm = new ConfirmDialog("Revoke \u201c" + token.name() + "\u201d?",
				"Any tool using this token will stop getting data at once. This cannot be undone; you can issue a "
						+ "new token instead.",
				"Revoke token", (yes) -> revoke(token), "Keep it", (no) -> {
				});
		confirm.setConfirmButtonTheme("error primary");
		confirm.open();
	}

	private void revoke(ApiTokenView token) {
		try {
			this.tokens.revoke(token.id());
			Notifications.success("\u201c" + token.name() + "\u201d no longer opens the API.");
		}
		catch (NotFoundException ex) {
			Notifications.problems("The token was not revoked", java.util.List.of("It no longer exists."));
		}
		refresh();
	}

	private void refresh() {
		this.grid.setItems(this.tokens.list());
	}

}
