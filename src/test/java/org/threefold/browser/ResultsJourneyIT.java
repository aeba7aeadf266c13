package org.threefold.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.support.RequiresChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader reads the demo's closed assessment in a real browser: the overview with the
 * weakest dimension called out, the heatmap with visibly withheld cells, and each power
 * map; then accepts a suggested action into the plan and sees it stored. One application
 * and one signed-in browser serve both journeys.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:results-browser-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false",
				"vaadin.devmode.devTools.enabled=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResultsJourneyIT {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void startBrowserSignedInAsLeader() throws Exception {
		browser = new Browser(1280, 1100);
		browser.signIn(url("login"), "leader", "threefold-demo");
	}

	@AfterAll
	void stopBrowser() throws Exception {
		browser.close();
	}

	@Test
	void a_leader_reads_the_overview_and_the_heatmap_of_the_demo_assessment() throws Exception {
		long id = closedAssessment();
		browser.driver.get(url("results/" + id));
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Results"));
		browser.wait.until((driver) -> browser.visibleText().contains("weakest"));
		assertThat(browser.driver.findElements(By.cssSelector("img")))
			.anySatisfy((image) -> assertThat(image.getAttribute("alt")).contains("Technology"));
		browser.screenshot(Path.of("docs", "images", "results-overview.png"));

		tab("Heatmap").click();
		browser.wait.until((driver) -> browser.visibleText().contains("Withheld"));
		browser.screenshot(Path.of("docs", "images", "results-heatmap.png"));
	}

	@Test
	void a_leader_opens_each_power_map_and_accepts_a_suggested_action() throws Exception {
		long id = closedAssessment();
		browser.driver.get(url("power/" + id));
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Power dynamics"));
		browser.wait.until((driver) -> browser.visibleText().contains("Self-view against how others see"));
		assertThat(browser.visibleText()).contains("Influence over shared decisions", "Both directions");
		assertThat(images()).anySatisfy((image) -> assertThat(image.getAttribute("alt")).contains("Influence"));
		browser.screenshot(Path.of("docs", "images", "power-influence.png"));

		tab("Respect and data trust").click();
		browser.wait.until((driver) -> browser.visibleText().contains("Trusted to handle shared data"));
		assertThat(images())
			.anySatisfy((image) -> assertThat(image.getAttribute("alt")).contains("professional equal"));
		browser.screenshot(Path.of("docs", "images", "power-respect-trust.png"));

		tab("Cost, risk and benefit").click();
		browser.wait.until((driver) -> browser.visibleText().contains("An equal share would be"));
		assertThat(images()).anySatisfy((image) -> assertThat(image.getAttribute("alt")).contains("cost and risk"));
		browser.screenshot(Path.of("docs", "images", "power-cost-risk-benefit.png"));

		// The demo's finished workshop: NHS people held the floor, the voluntary sector
		// was under-heard.
		tab("Voice in workshops").click();
		browser.wait.until((driver) -> browser.visibleText().contains("people in the room in all"));
		assertThat(images())
			.anySatisfy((image) -> assertThat(image.getAttribute("alt")).contains("Voice in workshops"));
		browser.screenshot(Path.of("docs", "images", "power-voice-in-workshops.png"));

		tab("Said and done").click();
		browser.wait.until((driver) -> browser.visibleText().contains("Where the survey and the workshops diverge"));
		assertThat(images()).anySatisfy((image) -> assertThat(image.getAttribute("alt")).contains("Said and done"));
		browser.screenshot(Path.of("docs", "images", "power-said-and-done.png"));

		long suggestedBefore = count("SUGGESTED");
		long acceptedBefore = count("ACCEPTED");
		assertThat(suggestedBefore).isPositive();
		browser.driver.get(url("actions"));
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Action plan"));
		browser.wait.until((driver) -> browser.visibleText().contains("Suggested, waiting for a decision"));
		browser.screenshot(Path.of("docs", "images", "action-plan.png"));
		WebElement accept = browser.driver.findElements(By.cssSelector("vaadin-button"))
			.stream()
			.filter((button) -> button.getText().contains("Accept into the plan"))
			.findFirst()
			.orElseThrow();
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", accept);
		accept.click();
		browser.wait.until((driver) -> count("ACCEPTED") == acceptedBefore + 1);
		assertThat(count("SUGGESTED")).isEqualTo(suggestedBefore - 1);
		browser.wait.until((driver) -> browser.visibleText().contains("Accepted: "));
	}

	private java.util.List<WebElement> images() {
		return browser.driver.findElements(By.cssSelector("img"));
	}

	private WebElement tab(String label) {
		return browser.driver.findElements(By.cssSelector("vaadin-tab"))
			.stream()
			.filter((tab) -> tab.getText().contains(label))
			.findFirst()
			.orElseThrow();
	}

	private long closedAssessment() {
		return this.jdbc.queryForObject(
				"select id from assessment where status = 'CLOSED' order by id fetch first 1 rows only", Long.class);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	private long count(String status) {
		return this.jdbc.queryForObject("select count(*) from plan_action where status = ?", Long.class, status);
	}

}
