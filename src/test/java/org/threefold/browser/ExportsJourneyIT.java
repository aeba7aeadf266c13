package org.threefold.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.threefold.support.RequiresChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A leader makes the demo's board report in the background and downloads it, downloads
 * the action plan and the finished workshop's report, then issues an API token and sees
 * it once. Saves the screenshots in {@code docs/images/}.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:exports-browser-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false",
				"vaadin.devmode.devTools.enabled=false" })
class ExportsJourneyIT {

	/** Fetches an address in the page and answers "length:first two characters". */
	private static final String FETCH = """
			const done = arguments[arguments.length - 1];
			fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
			  const v = new Uint8Array(b);
			  done(v.length + ':' + String.fromCharCode(v[0], v[1]));
			}).catch(e => done('error ' + e));""";

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = new Browser(1280, 1000);
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		browser.close();
	}

	@Test
	void a_leader_makes_a_board_report_in_the_background_downloads_it_and_issues_an_api_token() throws Exception {
		browser.signIn(url("login"), "leader", "threefold-demo");
		browser.driver.get(url("exports"));
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Board packs"));
		WebElement board = browser.wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//section[.//h2[contains(., 'Partnership readiness 2026')]]"
					+ "//vaadin-button[contains(., 'Board report (Word)')]")));
		board.click();
		browser.wait.until((driver) -> browser.visibleText().contains("Board report (Word): "));
		browser.screenshot(Path.of("target", "exports-progress.png"));
		// The first export on a cold server on a busy machine can take a while.
		WebElement link = new WebDriverWait(browser.driver, Duration.ofSeconds(180)).until(ExpectedConditions
			.visibilityOfElementLocated(By.xpath("//a[contains(., 'partnership-readiness-2026-board-report.docx')]")));
		browser.screenshot(Path.of("docs", "images", "exports.png"));
		Object bytes = browser.driver.executeAsyncScript(FETCH, link.getAttribute("href"));
		assertThat(bytes.toString()).endsWith(":PK");
		assertThat(Long.parseLong(bytes.toString().split(":")[0])).isGreaterThan(50_000);
		// The action plan and the finished workshop's report are made when their links
		// are
		// followed.
		for (String label : List.of("Action plan (Excel)", "Action plan (Word)", "Workshop report (Word)")) {
			WebElement file = browser.driver.findElement(By.xpath("//a[contains(., '" + label + "')]"));
			Object fetched = browser.driver.executeAsyncScript(FETCH, file.getAttribute("href"));
			assertThat(fetched.toString()).as(label).endsWith(":PK");
		}
		browser.screenshot(Path.of("target", "exports-all.png"));

		browser.driver.get(url("api-tokens"));
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "API tokens"));
		WebElement name = browser.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-text-field input")));
		name.sendKeys("Board dashboard (Power BI)");
		browser.driver.findElement(By.xpath("//vaadin-button[contains(., 'Issue token')]")).click();
		browser.wait.until((driver) -> browser.visibleText().contains("it will not be shown again"));
		assertThat(browser.visibleText()).contains("curl -H \"Authorization: Bearer tf_");
		browser.screenshot(Path.of("docs", "images", "api-token-issued.png"));
		browser.driver.findElement(By.xpath("//vaadin-button[contains(., 'I have copied it')]")).click();
		browser.wait.until((driver) -> browser.visibleText().contains("Demo token (README)"));
		assertThat(browser.visibleText()).contains("Board dashboard (Power BI)", "tf_demo_");
		browser.screenshot(Path.of("docs", "images", "api-tokens.png"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

}
