package org.threefold.assessment.ui.respond;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * "Section 2 of 5" in words and as a bar. The bar carries the same words as its
 * accessible name, since a progress bar alone says nothing to a screen reader or to
 * anyone who cannot judge its length.
 */
final class FormProgress extends Div {

	private final Paragraph text = new Paragraph();

	private final ProgressBar bar = new ProgressBar();

	FormProgress() {
		addClassName("tf-progress");
		this.text.addClassName("tf-progress-text");
		add(this.text, this.bar);
	}

	void show(FormNavigation navigation) {
		this.text.setText(navigation.progressText());
		this.bar.setValue(navigation.progress());
		this.bar.getElement().setAttribute("aria-label", "Progress: " + navigation.progressText());
	}

	String text() {
		return this.text.getText();
	}

}
