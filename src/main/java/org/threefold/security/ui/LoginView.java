package org.threefold.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;

import org.threefold.security.DemoAccounts;
import org.threefold.security.internal.OidcProviders;

/**
 * The sign-in page for ICS staff with accounts. Respondents and workshop participants
 * never see it: they arrive by link or code.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Threefold")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

	private final LoginForm form = new LoginForm();

	public LoginView(Optional<DemoAccounts> demoAccounts, OidcProviders oidcProviders) {
		addClassName("tf-login");
		Div brand = new Div(new H1("Threefold"),
				new Paragraph("Partnership readiness for Integrated Care Systems: technology, relationships "
						+ "and an enabling environment, measured and talked through together."));
		brand.addClassName("tf-login-brand");

		this.form.setAction("login");
		this.form.setForgotPasswordButtonVisible(false);
		this.form.setI18n(i18n());

		Div card = new Div(this.form);
		card.addClassName("tf-login-card");
		List<OidcProviders.Provider> providers = oidcProviders.list();
		if (!providers.isEmpty()) {
			Div single = new Div(new Paragraph("Or sign in with your organisation's account:"));
			single.addClassName("tf-login-oidc");
			for (OidcProviders.Provider provider : providers) {
				Anchor link = new Anchor(provider.path(), "Sign in with " + provider.label());
				// A full page load: the identity provider's pages are not Vaadin routes.
				link.setRouterIgnore(true);
				link.addClassName("tf-login-oidc-link");
				single.add(link);
			}
			card.add(single);
		}
		demoAccounts.filter((demo) -> !demo.accounts().isEmpty())
			.ifPresent((demo) -> card.add(new DemoAccountsHint(demo)));
		add(brand, card);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
		this.form.setI18n(i18n());
		if (error != null && error.contains("too-many")) {
			LoginI18n i18n = i18n();
			i18n.getErrorMessage().setTitle("Too many sign-in attempts");
			i18n.getErrorMessage()
				.setMessage("For your account's safety we have paused sign-in from this connection. "
						+ "Please wait five minutes and try again.");
			this.form.setI18n(i18n);
		}
		else if (error != null && error.contains("oidc")) {
			LoginI18n i18n = i18n();
			i18n.getErrorMessage().setTitle("Your organisation's sign-in did not match an account");
			i18n.getErrorMessage()
				.setMessage("Threefold looks for an account with the email address your organisation gave us. "
						+ "Ask your ICS administrator to open one or to check its email address.");
			this.form.setI18n(i18n);
		}
		this.form.setError(error != null);
	}

	private static LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle("Sign in");
		i18n.getForm().setUsername("Username");
		i18n.getForm().setSubmit("Sign in");
		i18n.getErrorMessage().setTitle("Username or password not recognised");
		i18n.getErrorMessage()
			.setMessage("Check both and try again. After several failed attempts, ask your ICS administrator "
					+ "to reset your password.");
		return i18n;
	}

}
