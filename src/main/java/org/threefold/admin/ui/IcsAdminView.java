package org.threefold.admin.ui;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.partner.ui.PartnerImportDialog;
import org.threefold.security.Role;
import org.threefold.ui.EmptyState;
import org.threefold.ui.Notifications;
import org.threefold.ui.ViewHeader;

/**
 * The installation's partnerships. An administrator adds an ICS here and loads its first
 * partner list; the ICS leader looks after partners from then on.
 */
@Route("admin/partnerships")
@PageTitle("Partnerships | Threefold")
@Menu(title = "Partnerships", order = 80, icon = "vaadin:sitemap")
@RolesAllowed(Role.ADMINISTRATOR_NAME)
public class IcsAdminView extends Main {

	private final IcsService icss;

	private final Grid<IcsView> grid = new Grid<>();

	private final Div content = new Div();

	public IcsAdminView(IcsService icss) {
		this.icss = icss;
		addClassName("tf-page");
		add(new ViewHeader("Partnerships",
				"Each Integrated Care System (ICS) that uses Threefold is a partnership. Add one, import its partner "
						+ "organisations from a spreadsheet, then open accounts for its people under User accounts.")
			.withActions(addButton()), this.content);
		this.grid.addColumn(IcsView::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
		this.grid.addComponentColumn(IcsAdminView::name).setHeader("Name").setFlexGrow(2);
		this.grid.addColumn((ics) -> (ics.region() == null) ? "–" : ics.region()).setHeader("Region");
		this.grid.addColumn(IcsView::partnerCount).setHeader("Partners").setAutoWidth(true).setFlexGrow(0);
		this.grid.addComponentColumn(this::importButton).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel("Partnerships");
		refresh();
	}

	private void refresh() {
		List<IcsView> partnerships = this.icss.list();
		this.content.removeAll();
		if (partnerships.isEmpty()) {
			this.content.add(new EmptyState("No partnerships yet",
					"Add the first Integrated Care System to start. You will need its code (for example the ICB's "
							+ "ODS code), its name and, if you like, its NHS region.",
					addButton()));
		}
		else {
			this.grid.setItems(partnerships);
			this.content.add(this.grid);
		}
	}

	private Button addButton() {
		Button add = new Button("Add partnership", new Icon(VaadinIcon.PLUS), (click) -> openNewIcs());
		add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		return add;
	}

	private void openNewIcs() {
		NewIcsForm form = new NewIcsForm();
		Dialog dialog = new Dialog("Add partnership", form);
		dialog.setWidth("min(36rem, 100vw)");
		form.addCancelListener((cancel) -> dialog.close());
		form.addSaveListener((save) -> {
			IcsView created = this.icss.create(save.draft().code(), save.draft().name(), save.draft().region(), false);
			dialog.close();
			refresh();
			Notifications.success(created.name() + " added. Next, import its partners.");
		});
		dialog.open();
	}

	private Button importButton(IcsView ics) {
		Button button = new Button("Import partners",
				(click) -> new PartnerImportDialog(ics,
						(bytes) -> this.icss.importPartners(ics.id(), new ByteArrayInputStream(bytes)), this::refresh)
					.open());
		button.addThemeVariants(ButtonVariant.LUMO_SMALL);
		button.setAriaLabel("Import partners into " + ics.name());
		return button;
	}

	private static Component name(IcsView ics) {
		Span name = new Span(ics.name());
		if (!ics.demo()) {
			return name;
		}
		Span demo = new Span("Demo");
		demo.addClassName("tf-tag");
		demo.setTitle("Fictional demo data, not a real partnership");
		return new Span(name, new Span(" "), demo);
	}

}
