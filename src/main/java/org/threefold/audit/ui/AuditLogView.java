package org.threefold.audit.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.threefold.audit.AuditEntry;
import org.threefold.audit.AuditLog;
import org.threefold.security.Role;
import org.threefold.ui.EmptyState;
import org.threefold.ui.ViewHeader;

/**
 * The audit log for administrators (every partnership) and ICS leaders (their own). Every
 * cell is plain text.
 */
@Route("audit")
@PageTitle("Audit log | Threefold")
@Menu(title = "Audit log", order = 90, icon = "vaadin:clipboard-text")
@RolesAllowed({ Role.ICS_LEADER_NAME, Role.ADMINISTRATOR_NAME })
public class AuditLogView extends Main {

	static final DateTimeFormatter UK_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.UK)
		.withZone(ZoneId.of("Europe/London"));

	public AuditLogView(AuditLog log) {
		addClassName("tf-page");
		add(new ViewHeader("Audit log",
				"Who did something you may need to account for, and when: exports, changes to the anonymity "
						+ "thresholds, API tokens, views of small-group detail, changes to how long answers are kept, "
						+ "and erased accounts. Newest first; the newest " + AuditLog.MAX_ENTRIES + " are shown. "
						+ "Nobody can change or remove an entry here."));
		List<AuditEntry> entries = log.recent();
		if (entries.isEmpty()) {
			add(new EmptyState("Nothing recorded yet",
					"Entries appear when someone exports results, changes a threshold or views small-group detail."));
			return;
		}
		Grid<AuditEntry> grid = new Grid<>();
		grid.addColumn((entry) -> UK_TIME.format(entry.occurredAt()))
			.setHeader("When")
			.setKey("when")
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(AuditEntry::username).setHeader("Who").setKey("who").setAutoWidth(true);
		grid.addColumn(AuditEntry::role).setHeader("Role").setKey("role").setAutoWidth(true);
		grid.addColumn(AuditEntry::action).setHeader("What").setKey("action").setAutoWidth(true);
		grid.addColumn(AuditEntry::subject).setHeader("About").setKey("subject").setFlexGrow(2);
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAriaLabel("Audit log, newest first");
		grid.setItems(entries);
		grid.setHeight("32rem");
		add(grid);
	}

}
