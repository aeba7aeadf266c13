package org.threefold.assessment.ui.respond;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.threefold.assessment.RespondentService;
import org.threefold.assessment.internal.UkCalendar;
import org.threefold.security.ClientAddress;
import org.threefold.security.RateLimiter;

/**
 * {@code /resume}: carry on with answers started elsewhere by typing the resume code. The
 * code is then kept in a cookie like a device secret, so a reload here does not ask
 * again.
 */
@Route(value = "resume", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/respond.css")
public class ResumeView extends RespondentPage implements BeforeEnterObserver {

	private final TextField code = new TextField("Resume code");

	private final RateLimiter rateLimiter;

	ResumeView(RespondentService respondents, UkCalendar calendar, RateLimiter rateLimiter) {
		super(respondents, calendar);
		this.rateLimiter = rateLimiter;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String saved = ResponseCookies.read(ResponseCookies.RESUME).orElse(null);
		if (saved != null) {
			if (resumeWith(saved, null)) {
				return;
			}
			ResponseCookies.remove(ResponseCookies.RESUME);
		}
		showCodeForm();
	}

	private void showCodeForm() {
		PageHeading heading = new PageHeading("Continue your answers");
		Paragraph lead = new Paragraph("Enter the resume code you were given when you started. Your answers are "
				+ "waiting where you left them.");
		lead.addClassName("tf-lead");
		this.code.setHelperText("It looks like 7KQF-M2XD-9PRA. Capital letters and dashes do not matter.");
		this.code.setMaxLength(40);
		this.code.setManualValidation(true);
		this.code.setAutocapitalize(Autocapitalize.CHARACTERS);
		this.code.setWidthFull();
		Button carryOn = new Button("Continue", (click) -> carryOn());
		carryOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		carryOn.addClassName("tf-start");
		this.code.addKeyDownListener(Key.ENTER, (enter) -> carryOn());
		show(heading, lead, this.code, carryOn);
	}

	private void carryOn() {
		if (!this.rateLimiter.tryAcquire(RateLimiter.RESUME_CODE, ClientAddress.current())) {
			this.code.setErrorMessage(
					"Too many codes have been tried from your connection. Please wait ten minutes " + "and try again.");
			this.code.setInvalid(true);
			return;
		}
		String canonical = this.respondents.checkResumeCode(this.code.getValue()).orElse(null);
		if (canonical == null) {
			this.code.setErrorMessage("We could not find answers for this code. Check it and try again.");
			this.code.setInvalid(true);
			return;
		}
		ResponseCookies.write(ResponseCookies.RESUME, canonical);
		if (!resumeWith(canonical, null)) {
			showNotice(Notice.unknownResumeCode());
		}
	}

}
