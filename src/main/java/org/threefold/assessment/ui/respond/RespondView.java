package org.threefold.assessment.ui.respond;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.threefold.assessment.RespondentService;
import org.threefold.assessment.internal.UkCalendar;

/**
 * A partner's shared survey link, {@code /r/<code>}. Anyone with the link may answer; a
 * cookie brings the same browser back to its own answers.
 */
@Route(value = "r", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/respond.css")
public class RespondView extends RespondentPage implements HasUrlParameter<String> {

	RespondView(RespondentService respondents, UkCalendar calendar) {
		super(respondents, calendar);
	}

	@Override
	public void setParameter(BeforeEvent event, String code) {
		if (code == null || !code.matches("[A-Za-z0-9_-]{1,32}")) {
			showNotice(Notice.unknownLink());
			return;
		}
		String cookie = ResponseCookies.forLink(code);
		String secret = ResponseCookies.read(cookie).orElse(null);
		if (secret != null) {
			if (resumeWith(secret, null)) {
				return;
			}
			ResponseCookies.remove(cookie);
		}
		this.respondents.invitationForLink(code)
			.ifPresentOrElse(
					(invitation) -> showLanding(invitation, false,
							(profile) -> this.respondents.startFromLink(code, profile), cookie),
					() -> showNotice(Notice.unknownLink()));
	}

}
