package org.threefold.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.IcsId;
import org.threefold.shared.WorkshopId;
import org.threefold.support.RequiresChromium;
import org.threefold.support.SignIn;
import org.threefold.workshop.Stage;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A facilitator and four participants, each in their own Chromium, through all five
 * stages: joining on a phone, a check-in with a pass and a come-back, post-its hidden
 * until revealed, a time-to-think round, a group ranking, and an agreed action. Each step
 * checks what the screens show after the server pushes the change; screenshots go to
 * docs/images.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:workshop-browser-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false",
				"vaadin.devmode.devTools.enabled=false" })
class WorkshopJourneyIT {

	private static final String[] NAMES = { "Amira", "Ben", "Chloe", "Dev" };

	private static final String[] PARTNERS = { "North Vale Hospitals NHS Foundation Trust",
			"Castlegate Medical Practice", "Heathfield Care Homes", "North Vale Council for Voluntary Service" };

	private static Browser facilitator;

	private static final List<Browser> people = new ArrayList<>();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkshopService workshops;

	@BeforeAll
	static void startBrowsers() throws Exception {
		facilitator = new Browser(1100, 1400);
		for (int i = 0; i < NAMES.length; i++) {
			Browser phone = new Browser(360, 800);
			// A real phone's viewport, as RespondentJourneyIT does: 360 CSS pixels,
			// mobile.
			phone.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
			people.add(phone);
		}
	}

	@AfterAll
	static void stopBrowsers() throws Exception {
		facilitator.close();
		for (Browser browser : people) {
			browser.close();
		}
	}

	@Test
	void a_facilitator_and_four_participants_run_all_five_stages() throws Exception {
		IcsId ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		SignedInUser grace = SignIn.as(Role.FACILITATOR, ics, null);
		WorkshopId id = SignIn.run(grace, () -> this.workshops
			.create(WorkshopPlan.template("Discharge across the Vale", WorkshopMode.MIXED, null)));
		String code = SignIn.run(grace, () -> this.workshops.snapshot(id)).joinCode();

		facilitator.signIn(url("login"), "facilitator", "threefold-demo");
		facilitator.driver.get(url("workshop/" + id));
		waitFor(facilitator, "Join at");

		// Joining, on 360-pixel phones.
		for (int i = 0; i < NAMES.length; i++) {
			Browser phone = people.get(i);
			phone.driver.get(url("w/" + code));
			waitFor(phone, "How what you share is used");
			if (i == 0) {
				phone.screenshot(Path.of("docs", "images", "workshop-join-phone.png"));
			}
			join(phone, NAMES[i], PARTNERS[i], i);
			waitFor(phone, "has not started yet");
		}
		waitFor(facilitator, "Present: 4 of 4");
		// A reload is the same person, not a fifth participant.
		people.get(0).driver.navigate().refresh();
		waitFor(people.get(0), "You are Amira");
		assertThat(SignIn.run(grace, () -> this.workshops.snapshot(id)).participants()).hasSize(4);

		// Stage one: check-in with a pass and a come-back.
		click(facilitator, "ws-start");
		for (Browser phone : people) {
			waitFor(phone, "Stage 1 of 5");
		}
		click(facilitator, "ws-start-round");
		waitFor(facilitator, "Round 1:");
		List<Long> order = snapshot(grace, id).round().orElseThrow().order();
		for (int turn = 0; turn < order.size(); turn++) {
			click(facilitator, "ws-invite");
			Browser speaker = browserOf(grace, id, order.get(turn));
			waitFor(speaker, "It is your turn");
			String name = snapshot(grace, id).name(order.get(turn));
			Browser listener = people.get((people.indexOf(speaker) + 1) % people.size());
			waitFor(listener, name + " has the turn");
			if (turn == 0) {
				speaker.screenshot(Path.of("docs", "images", "workshop-my-turn-phone.png"));
				Object cut = speaker.driver.executeScript("""
						const label = document.getElementById('ws-done').shadowRoot.querySelector('[part=label]');
						return label.scrollWidth > label.clientWidth;""");
				assertThat(cut).as("the finished-speaking button's text fits a 360 px phone").isEqualTo(false);
				click(speaker, "ws-pass");
			}
			else {
				click(speaker, "ws-done");
			}
		}
		waitFor(facilitator, "Coming back to those who passed");
		click(facilitator, "ws-invite");
		Browser passer = browserOf(grace, id, order.get(0));
		waitFor(passer, "It is your turn");
		click(passer, "ws-done");
		waitFor(passer, "This round is over");
		assertThat(snapshot(grace, id).turns()).hasSize(5);

		// Stage two: post-its, private until revealed.
		click(facilitator, "ws-stage-2");
		for (int i = 0; i < people.size(); i++) {
			Browser phone = people.get(i);
			waitFor(phone, "Stage 2 of 5");
			WebElement text = phone.wait
				.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#ws-postit-text textarea")));
			text.sendKeys("Idea from " + NAMES[i] + " <b>not bold</b>");
			click(phone, "ws-add-postit");
			waitFor(phone, "Idea from " + NAMES[i]);
		}
		assertThat(people.get(1).visibleText()).doesNotContain("Idea from Amira");
		waitFor(facilitator, "4 written so far");
		click(facilitator, "ws-reveal-0");
		waitFor(people.get(1), "Idea from Amira <b>not bold</b>");
		facilitator.driver.findElement(By.cssSelector("#ws-theme-name input")).sendKeys("Shared records");
		click(facilitator, "ws-add-theme");
		waitFor(facilitator, "Themes: Shared records");
		people.get(1).screenshot(Path.of("docs", "images", "workshop-postits-phone.png"));
		facilitator.screenshot(Path.of("docs", "images", "workshop-console-postits.png"));

		// Stage three: one time-to-think round in a new order.
		click(facilitator, "ws-stage-3");
		waitFor(people.get(2), "Stage 3 of 5");
		click(facilitator, "ws-shuffle");
		click(facilitator, "ws-start-round");
		runRound(grace, id);
		facilitator.screenshot(Path.of("docs", "images", "workshop-console-round.png"));

		// Stage four: one mixed group ranks the themes.
		click(facilitator, "ws-stage-4");
		waitFor(people.get(0), "Stage 4 of 5");
		click(facilitator, "ws-form-groups");
		waitFor(people.get(3), "Your group (1)");
		click(facilitator, "ws-open-ranking");
		waitFor(people.get(3), "Rank the themes together");
		WebElement up = people.get(3).wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("vaadin-button[aria-label='Move Trust between organisations up']")));
		up.click();
		// The move is shared: another member's list changes too.
		people.get(0).wait.until((driver) -> {
			String text = people.get(0).visibleText();
			return text.indexOf("Trust between organisations") < text.indexOf("Shared care records");
		});
		people.get(3).screenshot(Path.of("docs", "images", "workshop-ranking-phone.png"));
		click(people.get(3), "ws-submit-ranking");
		waitFor(people.get(1), "Submitted by Dev");
		click(facilitator, "ws-close-ranking");
		waitFor(facilitator, "Combined ranking");
		waitFor(people.get(2), "Combined ranking of all groups");
		facilitator.screenshot(Path.of("docs", "images", "workshop-console-ranking.png"));

		// Stage five: a final round and an agreed action.
		click(facilitator, "ws-stage-5");
		waitFor(people.get(1), "Stage 5 of 5");
		click(facilitator, "ws-start-round");
		runRound(grace, id);
		facilitator.driver.findElement(By.cssSelector("#ws-action-title input"))
			.sendKeys("Share discharge summaries with care homes");
		click(facilitator, "ws-agree");
		for (Browser phone : people) {
			waitFor(phone, "Share discharge summaries with care homes");
		}
		people.get(2).screenshot(Path.of("docs", "images", "workshop-agreement-phone.png"));
		// The facilitator's phone as a remote: headless windows stay at least 500 px
		// wide,
		// so emulate the phone's viewport.
		facilitator.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 390, "height", 1400, "deviceScaleFactor", 1, "mobile", true));
		waitFor(facilitator, "Agreed actions");
		Object cutHeading = facilitator.driver.executeScript("""
				const text = document.createRange();
				text.selectNodeContents(document.querySelector('.tf-ws-guidance [slot=summary]'));
				return text.getBoundingClientRect().right > document.documentElement.clientWidth;""");
		assertThat(cutHeading).as("the stage guidance heading fits a 390 px phone").isEqualTo(false);
		facilitator.screenshot(Path.of("docs", "images", "workshop-console-phone-remote.png"));
		facilitator.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		click(facilitator, "ws-finish");
		waitFor(people.get(0), "The workshop has finished");
		WorkshopSnapshot done = snapshot(grace, id);
		assertThat(done.agreements()).hasSize(1);
		assertThat(done.postIts()).hasSize(4);
		assertThat(done.roundsPerStage()).containsEntry(Stage.CHECK_IN, 1)
			.containsEntry(Stage.TIME_TO_THINK, 1)
			.containsEntry(Stage.AGREEMENT, 1);
	}

	private void runRound(SignedInUser grace, WorkshopId id) {
		waitFor(facilitator, "Round 1:");
		List<Long> order = snapshot(grace, id).round().orElseThrow().order();
		for (Long person : order) {
			click(facilitator, "ws-invite");
			Browser speaker = browserOf(grace, id, person);
			waitFor(speaker, "It is your turn");
			click(speaker, "ws-done");
		}
		waitFor(facilitator, "start the next");
	}

	private WorkshopSnapshot snapshot(SignedInUser grace, WorkshopId id) {
		return SignIn.run(grace, () -> this.workshops.snapshot(id));
	}

	private Browser browserOf(SignedInUser grace, WorkshopId id, long participant) {
		String name = snapshot(grace, id).name(participant);
		for (int i = 0; i < NAMES.length; i++) {
			if (NAMES[i].equals(name)) {
				return people.get(i);
			}
		}
		throw new IllegalStateException("No browser for " + name);
	}

	static void join(Browser phone, String name, String partner, int index) {
		phone.driver.findElement(By.cssSelector("vaadin-text-field input")).sendKeys(name);
		phone.driver.findElement(By.cssSelector("vaadin-combo-box input")).sendKeys(partner);
		phone.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., '" + partner + "')]")))
			.click();
		String profession = (index % 2 == 0) ? "Nurse or midwife" : "Social worker";
		phone.driver.findElements(By.cssSelector("vaadin-combo-box input")).get(1).sendKeys(profession);
		phone.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., '" + profession + "')]")))
			.click();
		String band = (index == 0) ? "Senior leader" : "Frontline staff";
		phone.wait
			.until(ExpectedConditions
				.elementToBeClickable(By.xpath("//vaadin-radio-button[contains(., '" + band + "')]")))
			.click();
		click(phone, "ws-join");
	}

	/**
	 * Clicks once the button is there and clickable, finding it again when a push redrew
	 * the screen between finding and clicking, and scrolling it to the middle of the
	 * screen first so nothing at the edge of the window lies over it.
	 */
	static void click(Browser browser, String id) {
		browser.wait.ignoring(StaleElementReferenceException.class)
			.ignoring(ElementClickInterceptedException.class)
			.until((driver) -> {
				WebElement element = ExpectedConditions.elementToBeClickable(By.id(id)).apply(driver);
				if (element == null) {
					return false;
				}
				browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
				element.click();
				return true;
			});
	}

	static void waitFor(Browser browser, String text) {
		browser.wait.until((driver) -> browser.visibleText().contains(text));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

}
