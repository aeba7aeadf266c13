package org.threefold.assessment.ui.respond;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.threefold.assessment.RespondentService;
import org.threefold.assessment.internal.UkCalendar;

/**
 * A single-use emailed invitation, {@code /t/<token>}. It starts one response; after that
 * the cookie (same device) or the resume code (another device) carries on.
 */
@Route(value = "t", autoLayout = false)
@AnonymousAllowed
@StyleSheet("styles/respond.css")
public class TokenRespondView extends RespondentPage implements HasUrlParameter<String> {

	TokenRespondView(RespondentService respondents, UkCalendar calendar) {
		super(respondents, calendar);
	}

	@Override
	public void setParameter(BeforeEvent event, String token) {
		if (token == null || token.isBlank() || token.length() > 64) {
			showNotice(Notice.unknownInvitation());
			return;
		}
		String cookie = ResponseCookies.forToken(token);
		String secret = ResponseCookies.read(cookie).orElse(null);
		if (secret != null) {
			if (resumeWith(secret, null)) {
				return;
			}
			ResponseCookies.remove(cookie);
		}
		this.respondents.invitationForToken(token)
			.ifPresentOrElse(
					(invitation) -> showLanding(invitation, true,
							(profile) -> this.respondents.startFromToken(token, profile), cookie),
					() -> showNotice(Notice.unknownInvitation()));
	}

}
