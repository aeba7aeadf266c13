package org.threefold.partner.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.partner.PartnerService;
import org.threefold.partner.PartnerView;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.ValidationException;
import org.threefold.ui.EmptyState;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * The partner organisations of the user's ICS; ICS leaders add, edit and import them
 * here.
 */
@Route("partners")
@PageTitle("Partners | Threefold")
@Menu(title = "Partners", order = 10, icon = "vaadin:building")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.PARTNER_LEAD_NAME, Role.FACILITATOR_NAME, Role.BOARD_VIEWER_NAME })
public class PartnersView extends Main {

	private final PartnerService partners;

	private final Grid<PartnerView> grid = new Grid<>();

	private final boolean canEdit;

	private final Div content = new Div();

	public PartnersView(PartnerService partners, CurrentUser currentUser) {
		this.partners = partners;
		this.canEdit = currentUser.require().is(Role.ICS_LEADER);
		addClassName("tf-page");
		ViewHeader header = new ViewHeader("Partners", "The organisations in " + partners.currentIcs().name()
				+ ". Each is grouped by sector, and NHS or non-NHS, in every result, so keep the list complete.");
		if (this.canEdit) {
			Button add = new Button("Add partner", VaadinIcon.PLUS.create(), (click) -> openAdd());
			add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button importCsv = new Button("Import from CSV", VaadinIcon.UPLOAD.create(), (click) -> openImport());
			header.withActions(add, importCsv);
		}
		add(header, this.content);
		configureGrid(currentUser);
		refresh();
	}

	private void configureGrid(CurrentUser currentUser) {
		boolean partnerLead = currentUser.require().is(Role.PARTNER_LEAD);
		this.grid.addComponentColumn(
				(partner) -> (partnerLead && !currentUser.require().partnerId().map(partner.id()::equals).orElse(false))
						? new Span(partner.name()) : new Anchor("partners/" + partner.id(), partner.name()))
			.setHeader("Name")
			.setFlexGrow(3)
			.setComparator(PartnerView::name);
		this.grid.addColumn((partner) -> partner.sector().label()).setHeader("Sector").setFlexGrow(2).setSortable(true);
		this.grid.addColumn((partner) -> partner.nhs() ? "NHS" : "Non-NHS").setHeader("NHS").setSortable(true);
		this.grid.addColumn(PartnerView::odsCode).setHeader("ODS code");
		this.grid.addColumn(PartnerView::headcount).setHeader("Headcount").setSortable(true);
		this.grid.addColumn((partner) -> (partner.budgetBand() == null) ? "" : partner.budgetBand().label())
			.setHeader("Budget")
			.setComparator((partner) -> (partner.budgetBand() == null) ? -1 : partner.budgetBand().ordinal());
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel("Partner organisations");
	}

	private void refresh() {
		List<PartnerView> all = this.partners.list();
		this.grid.setItems(all);
		this.content.removeAll();
		if (all.isEmpty()) {
			this.content.add(new EmptyState("No partners yet",
					this.canEdit
							? "Add each organisation in the partnership, or import them all at once from a CSV file."
							: "Your ICS leader has not added the partner organisations yet."));
		}
		else {
			this.content.add(this.grid);
		}
	}

	private void openAdd() {
		new PartnerDialog("Add a partner", null, (draft) -> save(() -> this.partners.create(draft))).open();
	}

	private void openImport() {
		new PartnerImportDialog(this.partners.currentIcs(),
				(bytes) -> this.partners.importCsv(new ByteArrayInputStream(bytes)), this::refresh)
			.open();
	}

	private List<String> save(java.util.function.Supplier<PartnerView> action) {
		try {
			PartnerView saved = action.get();
			Notifications.success(saved.name() + " saved");
			refresh();
			return List.of();
		}
		catch (ValidationException ex) {
			return ex.problems();
		}
	}

}
