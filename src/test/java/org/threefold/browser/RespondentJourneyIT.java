package org.threefold.browser;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.InvitationLinkView;
import org.threefold.questionnaire.Audience;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.support.RequiresChromium;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff answers the pulse on a 360 px phone, without an account: reads the
 * privacy notice, starts, answers, reloads and finds every answer kept, is stopped from
 * skipping required questions, submits and gets a receipt that comes back on a later
 * visit and with the typed resume code; the leader's live count goes up by one.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:respond-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false",
				"vaadin.devmode.devTools.enabled=false" })
class RespondentJourneyIT {

	private static final List<String> FIRST_SECTION = List.of("sp-t-find-info", "sp-t-retype", "sp-t-easy", "sp-t-kit");

	private static Browser browser;

	@LocalServerPort
	int port;

	@Autowired
	AssessmentService assessments;

	@Autowired
	JdbcTemplate jdbc;

	private SignedInUser leader;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = new Browser(360, 800);
		// Headless Chromium keeps windows at least 500 px wide; emulate the phone
		// instead.
		browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		browser.close();
	}

	@BeforeEach
	void demoLeader() {
		IcsId ics = new IcsId(this.jdbc.queryForObject("select id from ics where code='NORTH-VALE'", Long.class));
		this.leader = SignIn.as(Role.ICS_LEADER, ics, null);
		browser.driver.manage().deleteAllCookies();
	}

	@Test
	void a_member_of_staff_answers_on_a_phone_reloads_without_losing_anything_and_submits() throws Exception {
		AssessmentId id = anOpenStaffPulse();
		String code = staffLinkCode(id);

		browser.driver.get(url("r/" + code));
		heading("Before you start");
		assertThat(browser.driver.findElement(By.cssSelector(".tf-respond-header")).getCssValue("background-color"))
			.as("respond.css is loaded by the view")
			.isEqualTo("rgba(0, 94, 184, 1)");
		assertThat(browser.visibleText()).contains("Staff pulse for staff of", "takes about 4 minutes", "We keep:",
				"your profession, if you choose to tell us", "We do not keep:", "your IP address", "only the week",
				"groups of at least 5 people", "groups of at least 10 people", "Prefer not to say");
		click(button("Start now"));

		heading("Your systems and equipment");
		assertThat(browser.visibleText()).contains("Section 1 of 3", "Write this down to continue on another device");
		String resumeCode = browser.driver.findElement(By.cssSelector(".tf-resume-code-value")).getText();
		assertThat(resumeCode).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(browser.driver.findElement(By.cssSelector("vaadin-progress-bar")).getAttribute("aria-label"))
			.isEqualTo("Progress: Section 1 of 3");
		Cookie device = browser.driver.manage().getCookieNamed("tf_r_" + code);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		assertThat(device.getSameSite()).isEqualTo("Lax");

		for (int i = 0; i < FIRST_SECTION.size(); i++) {
			click(radio(FIRST_SECTION.get(i), 4));
			savedQuestion(i + 1);
		}
		assertThat(pageWidth()).as("nothing is wider than the phone").isLessThanOrEqualTo(360);

		browser.driver.navigate().refresh();
		heading("Working with other organisations");
		assertThat(browser.visibleText()).contains("Section 2 of 3").doesNotContain("Write this down");
		click(button("Back"));
		heading("Your systems and equipment");
		for (String item : FIRST_SECTION) {
			assertThat(radio(item, 4).getAttribute("checked")).as(item + " kept after a reload").isNotNull();
		}

		click(button("Next"));
		heading("Working with other organisations");
		click(radio("sp-r-who-to-contact", 4));
		savedQuestion(1);
		click(radio("sp-r-trust", 5));
		savedQuestion(2);
		((JavascriptExecutor) browser.driver).executeScript("window.scrollTo(0, 0)");
		browser.screenshot(Path.of("docs", "images", "respondent-form.png"));
		click(button("Next"));
		browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tf-problem-summary")));
		assertThat(browser.driver.findElement(By.cssSelector(".tf-problem-summary")).getText())
			.contains("There is a problem", "Please answer: I get a say in changes")
			.doesNotContain("I trust staff in other organisations");
		answerEveryQuestion(4);
		click(button("Next"));

		heading("Support and change");
		answerEveryQuestion(3);
		browser.driver.findElement(By.cssSelector("#q-sp-one-thing textarea")).sendKeys("More time to learn together");
		click(button("Next"));

		heading("Check and submit");
		assertThat(browser.visibleText()).as("the comment typed just before Next was saved")
			.contains("You have answered every question.");
		click(button("Submit my answers"));

		heading("Thank you, your answers have been submitted");
		String receipt = browser.driver.findElement(By.cssSelector(".tf-receipt-code")).getText();
		assertThat(receipt).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
		assertThat(SignIn.run(this.leader, () -> this.assessments.monitor(id)).submitted()).isEqualTo(1);

		browser.driver.get(url("r/" + code));
		heading("Thank you, your answers have been submitted");
		assertThat(browser.driver.findElement(By.cssSelector(".tf-receipt-code")).getText()).isEqualTo(receipt);

		browser.driver.manage().deleteAllCookies();
		browser.driver.get(url("resume"));
		heading("Continue your answers");
		browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")))
			.sendKeys(resumeCode.toLowerCase().replace("-", " "));
		click(button("Continue"));
		heading("Thank you, your answers have been submitted");
		assertThat(browser.driver.findElement(By.cssSelector(".tf-receipt-code")).getText()).isEqualTo(receipt);

		// The leader, signed in on their own screen, sees the count rise.
		browser.driver.manage().deleteAllCookies();
		browser.signIn(url("login"), "leader", "threefold-demo");
		browser.driver.get(url("assessments/" + id.value()));
		browser.wait.until((driver) -> browser.visibleText().replaceAll("\\s+", "").contains("1responsessubmitted"));
	}

	@Test
	void when_the_assessment_closes_mid_way_the_next_answer_says_so_and_the_form_turns_read_only() {
		AssessmentId id = anOpenStaffPulse();
		String code = staffLinkCode(id);
		browser.driver.get(url("r/" + code));
		click(button("Start now"));
		heading("Your systems and equipment");
		click(radio("sp-t-find-info", 2));
		savedQuestion(1);

		SignIn.run(this.leader, () -> this.assessments.close(id));
		click(radio("sp-t-retype", 2));

		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tf-closed"),
				"This assessment has been closed and no longer accepts answers. Any answers you saved are kept."));
		assertThat(browser.driver.findElements(By.cssSelector("vaadin-radio-group:not([readonly])"))).isEmpty();
		assertThat(radio("sp-t-find-info", 2).getAttribute("checked")).isNotNull();
		assertThat(SignIn.run(this.leader, () -> this.assessments.monitor(id)).inProgress()).isEqualTo(1);

		browser.driver.navigate().refresh();
		heading("Staff pulse in the browser has closed");
	}

	@Test
	void an_unknown_link_gets_a_page_of_its_own_not_a_sign_in() {
		browser.driver.get(url("r/no-such-link-code"));
		heading("This link is not recognised");
		assertThat(browser.driver.getCurrentUrl()).doesNotContain("login");
		assertThat(browser.visibleText()).contains("Check that it was copied in full", "Enter your resume code");
	}

	private AssessmentId anOpenStaffPulse() {
		List<PartnerId> two = this.jdbc
			.queryForList("select id from partner where ics_id = ? order by name fetch first 2 rows only", Long.class,
					this.leader.icsId().orElseThrow().value())
			.stream()
			.map(PartnerId::new)
			.toList();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		AssessmentPlan plan = new AssessmentPlan("Staff pulse in the browser", null, today, today.plusDays(14), 5, 10,
				true, true, null, "staff-pulse", new HashSet<>(two));
		return SignIn.run(this.leader, () -> {
			AssessmentId id = this.assessments.createDraft(plan).id();
			this.assessments.open(id);
			return id;
		});
	}

	private String staffLinkCode(AssessmentId id) {
		String link = SignIn.run(this.leader, () -> this.assessments.links(id))
			.stream()
			.filter((view) -> view.audience() == Audience.STAFF)
			.map(InvitationLinkView::url)
			.findFirst()
			.orElseThrow();
		return link.substring(link.indexOf("/r/") + 3);
	}

	/**
	 * Chooses the n-th answer of every radio group on the page not answered yet, waiting
	 * for each to be saved.
	 */
	private void answerEveryQuestion(int n) {
		List<WebElement> questions = browser.driver.findElements(By.cssSelector(".tf-question"));
		for (int i = 0; i < questions.size(); i++) {
			WebElement question = questions.get(i);
			if (!question.findElements(By.tagName("vaadin-radio-group")).isEmpty()
					&& question.findElements(By.cssSelector("vaadin-radio-button[checked]")).isEmpty()) {
				click(radio(question.getAttribute("id").substring(2), n));
				savedQuestion(i + 1);
			}
		}
	}

	private void heading(String text) {
		browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	private void savedQuestion(int number) {
		browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tf-save-status"),
				"Saved your answer to question " + number + "."));
	}

	private static WebElement button(String text) {
		return browser.wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
	}

	/** The n-th answer (1-based) of a question's radio group. */
	private static WebElement radio(String itemId, int n) {
		return browser.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.xpath("(//*[@id='q-" + itemId + "']//vaadin-radio-button)[" + n + "]")));
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private static long pageWidth() {
		return (Long) ((JavascriptExecutor) browser.driver)
			.executeScript("return document.documentElement.scrollWidth");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

}
