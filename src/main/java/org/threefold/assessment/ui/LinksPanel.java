package org.threefold.assessment.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.threefold.assessment.InvitationLinkView;
import org.threefold.ui.Notifications;

/**
 * The shareable links of an open assessment, one per partner and group, with a way to
 * copy each and to show it as a QR code for posters and slides.
 */
class LinksPanel extends Div {

	LinksPanel(List<InvitationLinkView> links) {
		add(new Paragraph("Each partner has its own link for each group. Anyone with a link can answer, anonymously, "
				+ "so share it only inside that organisation: a team email, the intranet, or a poster with its QR code."));
		Grid<InvitationLinkView> grid = new Grid<>();
		grid.addColumn(InvitationLinkView::partnerName).setHeader("Partner").setKey("partner").setFlexGrow(2);
		grid.addColumn((link) -> link.audience().label()).setHeader("Who answers").setKey("audience").setFlexGrow(2);
		grid.addComponentColumn((link) -> {
			Span url = new Span(link.url());
			url.addClassName("tf-code");
			// Links have no spaces: break anywhere rather than widen the grid.
			url.getStyle().set("word-break", "break-all");
			return url;
		}).setHeader("Link").setKey("url").setFlexGrow(3);
		grid.addComponentColumn(LinksPanel::actions).setHeader("Share").setKey("actions").setAutoWidth(true);
		grid.setItems(links);
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel("Invitation links");
		add(grid);
	}

	private static Div actions(InvitationLinkView link) {
		String what = link.partnerName() + ", " + link.audience().label().toLowerCase();
		Button copy = new Button("Copy", VaadinIcon.COPY.create(), (click) -> copy(link.url()));
		copy.setAriaLabel("Copy the link for " + what);
		copy.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Button qr = new Button("QR code", VaadinIcon.QRCODE.create(), (click) -> new QrCodeDialog(link).open());
		qr.setAriaLabel("Show the QR code for " + what);
		qr.addThemeVariants(ButtonVariant.LUMO_SMALL);
		Div actions = new Div(copy, qr);
		actions.addClassName("tf-actions");
		return actions;
	}

	/**
	 * The browser copies; it allows this only on HTTPS or localhost, which is how we run.
	 */
	private static void copy(String url) {
		UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", url);
		Notifications.success("Link copied");
	}

}
