package org.threefold.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.threefold.security.TooManyAttemptsException;

/**
 * What a person sees when their connection has tried too often: how long to wait, and
 * that nothing they saved is lost. Answers HTTP 429.
 */
@AnonymousAllowed
public class TooManyAttemptsView extends Main implements HasErrorParameter<TooManyAttemptsException> {

	private final Paragraph wait = new Paragraph();

	public TooManyAttemptsView() {
		addClassName("tf-page");
		add(new H1("Too many attempts"), this.wait, new Paragraph("Anything you saved before is kept."));
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<TooManyAttemptsException> parameter) {
		long seconds = Math.max(1, parameter.getException().retryAfterSeconds());
		this.wait.setText("Your connection has made too many requests in a short time. Please wait "
				+ ((seconds < 90) ? "a minute" : (seconds / 60 + 1) + " minutes") + " and try again.");
		return 429;
	}

}
