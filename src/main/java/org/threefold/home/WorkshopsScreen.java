package org.threefold.home;

import java.util.Optional;

import com.vaadin.flow.server.menu.MenuConfiguration;

/**
 * Where workshops are planned, if this installation has such a screen and the user may
 * open it: found in the menu, so home never depends on the workshop module.
 */
final class WorkshopsScreen {

	private WorkshopsScreen() {
	}

	static Optional<String> address() {
		return MenuConfiguration.getMenuEntries()
			.stream()
			.map((entry) -> entry.path().replaceAll("^/", ""))
			.filter((path) -> path.startsWith("workshop"))
			.findFirst();
	}

}
