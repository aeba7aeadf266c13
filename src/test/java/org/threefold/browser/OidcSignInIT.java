package org.threefold.browser;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.threefold.partner.IcsService;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.security.SystemTask;
import org.threefold.security.UserAccountService;
import org.threefold.shared.IcsId;
import org.threefold.support.RequiresChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in end to end: the application is configured only through its
 * properties (as docs/security.md says) to use {@link FakeOidcIssuer}, a local provider
 * that discovery, JWKS, authorize and token requests really go to, and a headless
 * Chromium follows every redirect. A person whose email belongs to an account lands
 * signed in with the account's role (not the provider's "roles" claim); an unknown
 * person, a token signed with another key, and a token with another sign-in's nonce are
 * each sent back to the sign-in page with the message, and nobody is signed in.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:oidc-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=false", "threefold.scheduling.enabled=false",
				"vaadin.devmode.devTools.enabled=false" })
class OidcSignInIT {

	private static final String REFUSED = "Your organisation's sign-in did not match an account";

	private static final String KNOWN = "olu.oidc@nhs.example";

	private static final FakeOidcIssuer issuer = startIssuer();

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IcsService partnerships;

	@Autowired
	UserAccountService accounts;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		String client = "spring.security.oauth2.client.";
		registry.add(client + "registration.nhs.client-id", () -> FakeOidcIssuer.CLIENT_ID);
		registry.add(client + "registration.nhs.client-secret", () -> FakeOidcIssuer.CLIENT_SECRET);
		registry.add(client + "registration.nhs.client-name", () -> "NHS test account");
		registry.add(client + "registration.nhs.scope", () -> "openid,email,profile");
		registry.add(client + "provider.nhs.issuer-uri", issuer::issuer);
	}

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = new Browser(1280, 900);
	}

	@AfterAll
	static void stop() throws Exception {
		browser.close();
		issuer.close();
	}

	/** An ICS with a leader whose account carries the address the provider will give. */
	@BeforeEach
	void anAccountWithAnEmailAddress() {
		if (this.jdbc.queryForObject("select count(*) from app_user where username = 'olu'", Long.class) == 0) {
			SystemTask.asAdministrator(() -> {
				IcsId ics = this.partnerships.create("OIDC", "Oidc Vale ICS", "Somewhere", false).id();
				return this.accounts.create(new NewUserAccount("olu", "Olu Oidc-Leader", KNOWN,
						"a-long-password-nobody-types", Role.ICS_LEADER, ics, null));
			});
		}
		browser.driver.manage().deleteAllCookies();
	}

	@Test
	void a_person_with_an_account_signs_in_with_their_organisation_and_gets_the_accounts_role() {
		issuer.signInNext("Olu.Oidc@NHS.example", FakeOidcIssuer.Mischief.NONE);
		startSignIn();
		browser.wait.until((driver) -> browser.visibleText().contains("Olu Oidc-Leader"));
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("/login");
		assertThat(browser.visibleText()).contains(Role.ICS_LEADER.label());
		assertThat(issuer.issued).as("the provider really issued a token").isNotEmpty();
		// The token claimed "Administrator"; the account says ICS leader, and wins.
		open("admin/users");
		assertThat(h1()).isEqualTo("Page not found");
		open("api-tokens");
		assertThat(h1()).isNotEqualTo("Page not found");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "an unknown person, someone.else@nhs.example, NONE, no_account",
			"a token signed with another key, olu.oidc@nhs.example, WRONG_SIGNATURE, invalid_id_token",
			"a token with another sign-in's nonce, olu.oidc@nhs.example, WRONG_NONCE, invalid_nonce" })
	void a_sign_in_that_cannot_be_trusted_or_matched_is_refused(String what, String email,
			FakeOidcIssuer.Mischief mischief, String reason) {
		int before = issuer.issued.size();
		Failures.seen.clear();
		issuer.signInNext(email, mischief);
		startSignIn();
		browser.wait.until(ExpectedConditions.urlContains("/login?error"));
		browser.wait.until((driver) -> browser.visibleText().contains(REFUSED));
		assertThat(issuer.issued).as("the provider was asked for a token").hasSize(before + 1);
		// Refused for the right reason, not by accident.
		assertThat(Failures.seen).singleElement()
			.satisfies((failure) -> assertThat(failure.getError().getErrorCode()).isEqualTo(reason));
		// Nobody is signed in: a protected page sends the browser back to the sign-in.
		browser.driver.get(url(""));
		browser.wait.until(ExpectedConditions.urlContains("/login"));
		assertThat(browser.visibleText()).doesNotContain("Olu Oidc-Leader");
	}

	/**
	 * The reasons sign-ins failed, as Spring Security announces them (it announces an
	 * OpenID Connect failure only when told which event to use).
	 */
	@TestConfiguration
	static class Failures {

		static final List<OAuth2AuthenticationException> seen = new CopyOnWriteArrayList<>();

		@Bean
		DefaultAuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
			DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
			publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
			return publisher;
		}

		@EventListener
		void failed(AbstractAuthenticationFailureEvent event) {
			if (event.getException() instanceof OAuth2AuthenticationException oauth) {
				seen.add(oauth);
			}
		}

	}

	/** The sign-in page offers the provider; following it runs the whole round trip. */
	private void startSignIn() {
		browser.driver.get(url("login"));
		browser.wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Sign in with NHS test account")))
			.click();
	}

	private void open(String path) {
		browser.driver.get(url(path));
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		browser.settle();
	}

	private static String h1() {
		return browser.h1();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	private static FakeOidcIssuer startIssuer() {
		try {
			return new FakeOidcIssuer();
		}
		catch (Exception ex) {
			throw new IllegalStateException("The fake OpenID Connect provider did not start", ex);
		}
	}

}
