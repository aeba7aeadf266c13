package org.threefold.security.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.stereotype.Component;

import org.threefold.security.ClientAddress;
import org.threefold.security.RateLimiter;
import org.threefold.security.TooManyAttemptsException;
import org.threefold.security.ui.LoginView;

/**
 * Rate limits every navigation to a page open to people without an account (survey links,
 * the resume page, and any public page a new module adds, such as joining a workshop),
 * including navigations inside an open page, which never reach the servlet filter as a
 * page load.
 */
@Component
class PublicRouteLimits implements VaadinServiceInitListener {

	/** Counted apart from page loads, so that one page load costs one of each. */
	static final String PURPOSE = RateLimiter.SURVEY_LINK + "-navigation";

	private final RateLimiter limiter;

	PublicRouteLimits(RateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().addUIInitListener((ui) -> ui.getUI().addBeforeEnterListener(this::check));
	}

	private void check(BeforeEnterEvent event) {
		Class<?> target = event.getNavigationTarget();
		if (target == null || target == LoginView.class || !target.isAnnotationPresent(AnonymousAllowed.class)
				|| event.getErrorParameter() != null) {
			return;
		}
		String address = ClientAddress.current();
		if (!this.limiter.tryAcquire(PURPOSE, address)) {
			event.rerouteToError(new TooManyAttemptsException(this.limiter.secondsUntilAllowed(PURPOSE, address)),
					"Too many attempts");
		}
	}

}
