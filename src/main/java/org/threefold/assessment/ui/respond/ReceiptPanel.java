package org.threefold.assessment.ui.respond;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The end of the journey, shown again whenever the person comes back: a thank-you and the
 * receipt code, which proves they took part without saying who they are.
 */
final class ReceiptPanel extends Div {

	private final PageHeading heading = new PageHeading("Thank you, your answers have been submitted");

	ReceiptPanel(String receiptCode) {
		addClassName("tf-receipt");
		Span code = new Span(receiptCode);
		code.addClassName("tf-receipt-code");
		Div panel = new Div(new Paragraph("Your receipt code"), code);
		panel.addClassName("tf-receipt-panel");
		add(this.heading, panel,
				new Paragraph("Keep this code if you want to show that you took part. It is not linked to your name "
						+ "or email address."),
				new Paragraph("Your answers are now combined with others. Results are only ever shown for groups "
						+ "of people, never for one person."),
				new Paragraph("You can close this page."));
	}

	PageHeading heading() {
		return this.heading;
	}

}
