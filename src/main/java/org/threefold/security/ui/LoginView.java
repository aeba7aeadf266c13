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

import java.util.Optional;

import org.threefold.security.DemoAccounts;

/**
 * The sign-in page for ICS staff with accounts. Respondents and workshop participants
 * never see it: they arrive by link or code.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Threefold")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

	private final LoginForm form = new LoginForm();

	public LoginView(Optional<DemoAccounts> demoAccounts) {
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
		demoAccounts.filter((demo) -> !demo.accounts().isEmpty())
			.ifPresent((demo) -> card.add(new DemoAccountsHint(demo)));
		add(brand, card);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
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
