package org.threefold.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * weakest dimension called out, and the heatmap with visibly withheld cells.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:results-browser-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false",
				"vaadin.devmode.devTools.enabled=false" })
class ResultsJourneyIT {

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = new Browser(1280, 1000);
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		browser.close();
	}

	@Test
	void a_leader_reads_the_overview_and_the_heatmap_of_the_demo_assessment() throws Exception {
		long id = this.jdbc.queryForObject(
				"select id from assessment where status = 'CLOSED' order by id fetch first 1 rows only", Long.class);
		browser.signIn(url("login"), "leader", "threefold-demo");

		browser.driver.get(url("results/" + id));
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Results"));
		browser.wait.until((driver) -> browser.visibleText().contains("weakest"));
		assertThat(browser.driver.findElements(By.cssSelector("img")))
			.anySatisfy((image) -> assertThat(image.getAttribute("alt")).contains("Technology"));
		browser.screenshot(Path.of("docs", "images", "results-overview.png"));

		WebElement heatmapTab = browser.driver.findElements(By.cssSelector("vaadin-tab"))
			.stream()
			.filter((tab) -> tab.getText().contains("Heatmap"))
			.findFirst()
			.orElseThrow();
		heatmapTab.click();
		browser.wait.until((driver) -> browser.visibleText().contains("Withheld"));
		browser.screenshot(Path.of("docs", "images", "results-heatmap.png"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

}
