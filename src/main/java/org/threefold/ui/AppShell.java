package org.threefold.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import com.vaadin.flow.component.dependency.StyleSheet;

/**
 * Page-level settings. Styling comes from Lumo plus our own stylesheet, loaded with
 * {@code @StyleSheet} because this build uses Vaadin's pre-compiled bundles (no theme
 * folder, no npm). Push is declared once here for the live screens, and every page gets
 * the small {@link AriaRepairs} script.
 */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/threefold.css")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.addInlineWithContents(Inline.Position.APPEND, AriaRepairs.SCRIPT, Inline.Wrapping.JAVASCRIPT);
	}

}
