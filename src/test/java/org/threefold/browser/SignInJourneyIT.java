package org.threefold.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.threefold.support.RequiresChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first thing a newcomer does, in a real browser: open Threefold, see a styled
 * sign-in page, sign in as a demo user and land on that role's home page.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true",
				// no development-mode pop-up over the screenshots for the user guide
				"vaadin.devmode.devTools.enabled=false" })
class SignInJourneyIT {

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = new Browser(1280, 900);
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		browser.close();
	}

	@Test
	void the_sign_in_page_is_styled_in_nhs_blue_and_lists_the_demo_accounts() throws Exception {
		signOut();
		browser.driver.get(url("login"));
		WebElement brand = browser.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tf-login-brand")));
		assertThat(brand.getCssValue("background-color")).isEqualTo("rgba(0, 94, 184, 1)");
		assertThat(browser.driver.findElement(By.cssSelector(".tf-demo-hint")).getText()).contains("leader",
				"partnerlead", "facilitator", "board", "admin");
		browser.screenshot(Path.of("docs", "images", "sign-in.png"));
	}

	@Test
	void a_wrong_password_is_refused_with_a_clear_message() {
		signOut();
		signIn("leader", "not-the-password");
		browser.wait.until(ExpectedConditions.urlContains("error"));
		browser.wait.until((driver) -> browser.visibleText().contains("Username or password not recognised"));
		assertThat(browser.driver.getCurrentUrl()).contains("/login");
	}

	@Test
	void an_ics_leader_lands_on_their_partnership_home_page() throws Exception {
		signOut();
		signIn("leader", "threefold-demo");
		WebElement heading = browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
		assertThat(heading.getText()).isEqualTo("North Vale Integrated Care System");
		assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("Getting started",
				"15\npartners");
		assertThat(browser.driver.findElements(By.cssSelector("vaadin-side-nav-item"))).extracting(WebElement::getText)
			.contains("Home", "Partners", "Questionnaires")
			.doesNotContain("User accounts");
		browser.screenshot(Path.of("docs", "images", "leader-home.png"));
	}

	@Test
	void an_unknown_address_and_another_ics_record_read_as_page_not_found() {
		signOut();
		signIn("board", "threefold-demo");
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("h1")));
		browser.driver.get(url("no-such-page"));
		browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Page not found"));
		browser.driver.get(url("partners/999999999"));
		browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Page not found"));
	}

	private void signIn(String username, String password) {
		browser.submitSignIn(url("login"), username, password);
	}

	private void signOut() {
		browser.driver.manage().deleteAllCookies();
		((JavascriptExecutor) browser.driver).executeScript("window.sessionStorage.clear()");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

}
