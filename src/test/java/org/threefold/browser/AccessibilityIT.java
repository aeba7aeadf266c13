package org.threefold.browser;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.support.RequiresChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen of every role, the sign-in, the error pages, the respondent's pages and
 * the workshop participant's (also on a 360 px phone) pass axe-core with no serious or
 * critical violation of WCAG 2.2 AA, in a real headless Chromium on the demo. Tabs on a
 * screen and the dialogs listed in {@link #DIALOGS} are checked too. The check is
 * data-driven: {@link #SCREENS} says which role opens which screen, and a guard test
 * fails when a route exists that the list does not name, or a role's menu offers a screen
 * the list does not check, so a new screen is covered by adding one line (see
 * docs/development.md). Each role signs in once and keeps its session across its screens;
 * waits are for conditions, never fixed sleeps. A self-test proves the check can fail.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:accessibility-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false",
				"vaadin.devmode.devTools.enabled=false" })
class AccessibilityIT {

	/** The demo accounts, one per role. */
	enum User {

		ADMIN("admin"), LEADER("leader"), PARTNER_LEAD("partnerlead"), FACILITATOR("facilitator"), BOARD("board");

		final String username;

		User(String username) {
			this.username = username;
		}

	}

	private static final Set<User> ICS_ROLES = EnumSet.of(User.LEADER, User.PARTNER_LEAD, User.FACILITATOR, User.BOARD);

	private static final Set<User> EVERYONE = EnumSet.allOf(User.class);

	private static final Set<User> LEADER_AND_FACILITATOR = EnumSet.of(User.LEADER, User.FACILITATOR);

	/**
	 * A signed-in screen and the roles that open it. {@code {placeholders}} are filled
	 * from the demo data by {@link #resolve}. One line per screen: add a line when a
	 * screen lands. Every tab of a screen is checked for the roles in {@code allTabs} (by
	 * default the first role that opens it); the others check the tab it opens on,
	 * because the tabs are the same components whoever looks at them.
	 */
	record Screen(String path, Set<User> users, Set<User> allTabs) {

		Screen(String path, Set<User> users) {
			this(path, users, EnumSet.of(users.iterator().next()));
		}

	}

	static final List<Screen> SCREENS = List.of(new Screen("", EVERYONE), new Screen("partners", ICS_ROLES),
			new Screen("partners/{partner}", ICS_ROLES), new Screen("questionnaires", EVERYONE),
			new Screen("questionnaires/{questionnaire}", EVERYONE), new Screen("assessments", ICS_ROLES),
			new Screen("assessments/{closedAssessment}", ICS_ROLES),
			new Screen("assessments/{openAssessment}", ICS_ROLES),
			// a partner lead's overview and heatmap mark their own organisation
			new Screen("results/{closedAssessment}", ICS_ROLES, EnumSet.of(User.LEADER, User.PARTNER_LEAD)),
			new Screen("power", ICS_ROLES), new Screen("actions", ICS_ROLES),
			new Screen("workshops", LEADER_AND_FACILITATOR),
			new Screen("workshop/{scheduledWorkshop}", LEADER_AND_FACILITATOR),
			new Screen("workshop/{finishedWorkshop}", EnumSet.of(User.FACILITATOR)),
			new Screen("exports", EnumSet.of(User.LEADER, User.BOARD)),
			new Screen("api-tokens", EnumSet.of(User.LEADER)),
			new Screen("outbox", EnumSet.of(User.ADMIN, User.LEADER)),
			new Screen("audit", EnumSet.of(User.ADMIN, User.LEADER)),
			new Screen("privacy", EnumSet.of(User.ADMIN, User.LEADER)),
			new Screen("admin/partnerships", EnumSet.of(User.ADMIN)), new Screen("admin/users", EnumSet.of(User.ADMIN)),
			// error pages: an unknown address, and a record of no partnership
			new Screen("no-such-page", EVERYONE), new Screen("partners/999999999", ICS_ROLES));

	/**
	 * Screens photographed for docs/user-guide.md while they are checked: who and where
	 * (as in the test's name), and the file under docs/images/.
	 */
	static final Map<String, String> SCREENSHOTS = Map.ofEntries(Map.entry("LEADER /assessments", "assessments.png"),
			Map.entry("LEADER /assessments/{openAssessment}", "assessment-open.png"),
			Map.entry("LEADER /partners", "partners.png"), Map.entry("PARTNER_LEAD /", "partner-lead-home.png"),
			Map.entry("FACILITATOR /", "facilitator-home.png"), Map.entry("BOARD /", "board-home.png"),
			Map.entry("ADMIN /", "admin-home.png"), Map.entry("ADMIN /admin/users", "admin-users.png"),
			Map.entry("LEADER /outbox", "outbox.png"), Map.entry("LEADER /questionnaires", "questionnaires.png"),
			Map.entry("FACILITATOR /workshop/{scheduledWorkshop}", "workshop-console.png"));

	/**
	 * Pages anyone may open without signing in; the respondent's and the workshop
	 * participant's are walked in full below.
	 */
	static final List<String> PUBLIC = List.of("login", "login?error", "r/{staffLink}", "r/no-such-link-code",
			"t/no-such-token", "resume", "w/no-such-code");

	/**
	 * A button on a screen that opens a dialog, and who may press it; checked while that
	 * role is on that screen.
	 */
	record Dialog(User user, String path, String button) {
	}

	static final List<Dialog> DIALOGS = List.of(new Dialog(User.LEADER, "assessments", "Plan an assessment"),
			new Dialog(User.LEADER, "partners", "Add partner"), new Dialog(User.LEADER, "partners", "Import from CSV"),
			new Dialog(User.LEADER, "partners/{partner}", "Edit"),
			new Dialog(User.LEADER, "assessments/{openAssessment}", "Invite by email"),
			new Dialog(User.LEADER, "assessments/{openAssessment}", "QR code"),
			new Dialog(User.LEADER, "assessments/{openAssessment}", "Send reminders"),
			new Dialog(User.LEADER, "assessments/{openAssessment}", "Close now"),
			new Dialog(User.LEADER, "actions", "Add your own action"),
			new Dialog(User.ADMIN, "admin/partnerships", "Add partnership"),
			new Dialog(User.ADMIN, "admin/partnerships", "Import partners"),
			new Dialog(User.ADMIN, "admin/users", "Add user"), new Dialog(User.ADMIN, "admin/users", "Reset password"),
			new Dialog(User.ADMIN, "admin/users", "Disable"));

	private static Browser browser;

	/** Who the browser is signed in as, if anyone. */
	private static User signedIn;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	QuestionnaireCatalog catalog;

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = new Browser(1280, 900);
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		browser.close();
	}

	/**
	 * One session per role: it signs in once, checks its menu against the list, then each
	 * of its screens with their dialogs and tabs.
	 */
	@TestFactory
	Stream<DynamicTest> every_screen_of_every_role_passes_axe() {
		List<DynamicTest> tests = new ArrayList<>();
		for (User user : User.values()) {
			tests.add(DynamicTest.dynamicTest(user + " signs in; the menu offers only listed screens", () -> {
				signInAs(user);
				assertMenuIsListed(user);
			}));
			for (Screen screen : SCREENS) {
				if (screen.users().contains(user)) {
					String name = user + " /" + screen.path();
					tests.add(DynamicTest.dynamicTest(name, () -> checkScreen(user, screen, SCREENSHOTS.get(name))));
				}
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> public_pages_pass_axe_on_a_laptop_and_a_phone() {
		List<DynamicTest> tests = new ArrayList<>();
		tests.add(DynamicTest.dynamicTest("signed out", this::signOut));
		for (int width : new int[] { 1280, 360 }) {
			tests.add(DynamicTest.dynamicTest("at " + width + " px", () -> setWidth(width)));
			for (String path : PUBLIC) {
				tests.add(DynamicTest.dynamicTest(path + " at " + width + " px", () -> {
					open(path);
					assertPasses(path + " at " + width + " px");
				}));
			}
			tests.add(DynamicTest.dynamicTest("the respondent's form at " + width + " px",
					() -> walkTheRespondentForm(width)));
			tests.add(DynamicTest.dynamicTest("a workshop participant joins at " + width + " px",
					() -> joinTheScheduledWorkshop(width)));
		}
		tests.add(DynamicTest.dynamicTest("back to a laptop", () -> setWidth(1280)));
		return tests.stream();
	}

	@Test
	void every_route_in_the_application_is_in_the_list() {
		Set<String> listed = new LinkedHashSet<>();
		SCREENS.forEach((screen) -> listed.add(template(screen.path())));
		PUBLIC.forEach((path) -> listed.add(template(path.replaceAll("\\?.*", ""))));
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
		Set<String> missing = new TreeSet<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.threefold")) {
			Class<?> view = load(definition.getBeanClassName());
			String path = view.getAnnotation(Route.class).value();
			boolean parameter = HasUrlParameter.class.isAssignableFrom(view);
			// a route whose parameter may be left out is covered by either address
			Set<String> accepted = !parameter ? Set.of(path)
					: optionalParameter(view) ? Set.of(path, path + "/{}") : Set.of(path + "/{}");
			if (Collections.disjoint(accepted, listed)) {
				missing.add(parameter ? path + "/{}" : path);
			}
		}
		assertThat(missing).as("Add each new screen to AccessibilityIT.SCREENS (or PUBLIC) with the roles that open it")
			.isEmpty();
		for (Dialog dialog : DIALOGS) {
			assertThat(SCREENS).as(dialog + " is checked on a listed screen of its role")
				.anyMatch((screen) -> screen.path().equals(dialog.path()) && screen.users().contains(dialog.user()));
		}
	}

	private static void assertMenuIsListed(User user) {
		Set<String> menu = new TreeSet<>();
		for (WebElement item : browser.driver.findElements(By.cssSelector("vaadin-side-nav-item"))) {
			String path = item.getAttribute("path");
			menu.add(path == null ? "" : path.replaceAll("^/", ""));
		}
		Set<String> listed = new TreeSet<>();
		SCREENS.stream().filter((screen) -> screen.users().contains(user)).forEach((s) -> listed.add(s.path()));
		assertThat(listed).as(user + "'s menu; add the screen to AccessibilityIT.SCREENS").containsAll(menu);
	}

	@Test
	void the_check_fails_on_a_page_with_deliberate_faults() {
		signOut();
		open("login");
		assertThat(AxeCheck.seriousViolations(browser.driver)).isEmpty();
		((JavascriptExecutor) browser.driver).executeScript("""
				const bad = document.createElement('div');
				bad.innerHTML = '<img src="/nothing.png">'
				  + '<button></button>'
				  + '<p style="color:#bbb;background:#fff">Pale grey text nobody can read</p>'
				  + '<input type="text">';
				document.body.appendChild(bad);""");
		assertThat(String.join("\n", AxeCheck.seriousViolations(browser.driver))).contains("image-alt", "button-name",
				"color-contrast", "label");
	}

	@Test
	void a_keyboard_user_can_skip_to_the_main_content_and_sees_where_the_focus_is() {
		signInAs(User.LEADER);
		open("partners");
		new Actions(browser.driver).sendKeys(Keys.TAB).perform();
		WebElement skip = active();
		assertThat(skip.getText()).isEqualTo("Skip to main content");
		assertThat(skip.isDisplayed()).as("the skip link shows when it has the focus").isTrue();
		assertThat(skip.getCssValue("background-color")).as("NHS yellow focus").isEqualTo("rgba(255, 235, 59, 1)");
		new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
		browser.wait.until((driver) -> "main-content".equals(active().getAttribute("id")));
		new Actions(browser.driver).sendKeys(Keys.TAB).perform();
		WebElement next = active();
		assertThat((Boolean) ((JavascriptExecutor) browser.driver)
			.executeScript("return document.getElementById('main-content').contains(arguments[0])", next))
			.as("the next Tab lands inside the main content, not the menu")
			.isTrue();
	}

	// ---- steps
	// --------------------------------------------------------------------------

	private void checkScreen(User user, Screen screen, String screenshot) throws Exception {
		String path = screen.path();
		if (signedIn != user) {
			signInAs(user);
		}
		open(path);
		if (screenshot != null) {
			browser.screenshot(Path.of("docs", "images", screenshot));
		}
		List<String> problems = new ArrayList<>(AxeCheck.seriousViolations(browser.driver));
		problems.addAll(structureProblems());
		assertThat(problems).as("/" + path).isEmpty();
		boolean fresh = true;
		for (Dialog dialog : DIALOGS) {
			if (dialog.user() == user && dialog.path().equals(path)) {
				if (!fresh) {
					// a dialog may change the screen behind it (a section opened, a
					// button moved), so each one starts from the screen as it loads
					open(path);
				}
				checkDialog(dialog);
				fresh = false;
			}
		}
		if (!screen.allTabs().contains(user)) {
			return;
		}
		List<WebElement> tabs = browser.driver.findElements(By.cssSelector("vaadin-tab"));
		for (int i = 1; i < tabs.size(); i++) {
			WebElement tab = browser.driver.findElements(By.cssSelector("vaadin-tab")).get(i);
			String name = tab.getText();
			click(tab);
			settle();
			assertThat(AxeCheck.seriousViolations(browser.driver)).as("/" + path + ", tab " + name).isEmpty();
		}
	}

	/** Opens the dialog from the screen already shown, checks it and closes it. */
	private void checkDialog(Dialog dialog) {
		click(browser.wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='" + dialog.button() + "']"))));
		browser.wait.until((driver) -> dialogOpen());
		settle();
		try {
			assertThat(AxeCheck.seriousViolations(browser.driver)).as(dialog.toString()).isEmpty();
		}
		finally {
			new Actions(browser.driver).sendKeys(Keys.ESCAPE).perform();
			browser.wait.until((driver) -> !dialogOpen());
			settle();
		}
	}

	private static boolean dialogOpen() {
		return (Boolean) ((JavascriptExecutor) browser.driver).executeScript(
				"return Array.from(document.querySelectorAll('vaadin-dialog, vaadin-confirm-dialog')).some((d) => d.opened)");
	}

	/**
	 * Landing page, first section, the same with its problem summary, then every section
	 * answered, the check page and the receipt.
	 */
	private void walkTheRespondentForm(int width) throws Exception {
		signOut();
		open("r/{staffLink}");
		clickButton("Start now");
		settle();
		String where = "respondent form at " + width + " px";
		assertPasses(where + ", first section");
		browser.screenshot(Path.of("target", "accessibility", "respondent-" + width + ".png"));
		for (int section = 0; section < 10; section++) {
			String heading = h1();
			if (heading.equals("Check and submit")) {
				break;
			}
			clickButton("Next");
			settle();
			if (!browser.driver.findElements(By.cssSelector(".tf-problem-summary")).isEmpty()) {
				assertPasses(where + ", problem summary on " + heading);
				answerEveryQuestion();
				clickButton("Next");
			}
			browser.wait.until((driver) -> !heading.equals(h1()));
			settle();
			assertPasses(where + ", " + h1());
		}
		clickButton("Submit my answers");
		browser.wait
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Thank you, your answers have been submitted"));
		assertPasses(where + ", receipt");
	}

	/**
	 * The demo's scheduled workshop, as a participant with no account: the join form, and
	 * the waiting screen once joined.
	 */
	private void joinTheScheduledWorkshop(int width) throws Exception {
		signOut();
		open("w/{workshopCode}");
		String where = "workshop participant at " + width + " px";
		assertPasses(where + ", join form");
		browser.driver.findElement(By.cssSelector("vaadin-text-field input")).sendKeys("Amira " + width);
		pick(0, first("select name from workshop_partner where workshop_id = " + resolve("{scheduledWorkshop}")
				+ " order by name"));
		pick(1, "Nurse or midwife");
		click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-radio-button"))));
		click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("ws-join"))));
		browser.wait.until((driver) -> browser.visibleText().contains("has not started yet; this page changes"));
		assertPasses(where + ", waiting to start");
		if (width < 600) {
			browser.screenshot(Path.of("docs", "images", "workshop-participant-phone.png"));
		}
	}

	/** Types into the n-th combo box on the page and picks the item offered. */
	private static void pick(int comboBox, String item) {
		browser.driver.findElements(By.cssSelector("vaadin-combo-box input")).get(comboBox).sendKeys(item);
		click(browser.wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//vaadin-combo-box-item[contains(., '" + item + "')]"))));
		settle();
	}

	private void answerEveryQuestion() {
		List<String> ids = browser.driver.findElements(By.cssSelector(".tf-question"))
			.stream()
			.map((question) -> question.getAttribute("id"))
			.toList();
		for (String id : ids) {
			By radios = By.xpath("//*[@id='" + id + "']//vaadin-radio-button");
			By checked = By.xpath("//*[@id='" + id + "']//vaadin-radio-button[@checked]");
			List<WebElement> options = browser.driver.findElements(radios);
			if (!options.isEmpty() && browser.driver.findElements(checked).isEmpty()) {
				click(options.get(Math.min(3, options.size() - 1)));
				browser.wait.ignoring(StaleElementReferenceException.class)
					.until((driver) -> !driver.findElements(checked).isEmpty());
			}
		}
		settle();
	}

	private void assertPasses(String where) {
		settle();
		assertThat(AxeCheck.seriousViolations(browser.driver)).as(where).isEmpty();
	}

	/**
	 * What axe leaves to judgement but every screen here must have: one H1, a main
	 * landmark, and a skip link to it.
	 */
	private static List<String> structureProblems() {
		List<String> problems = new ArrayList<>();
		int h1 = browser.driver.findElements(By.tagName("h1")).size();
		if (h1 != 1) {
			problems.add(h1 + " H1 headings instead of one");
		}
		if (browser.driver.findElements(By.cssSelector("main, [role=main]")).size() != 1) {
			problems.add("not exactly one main landmark");
		}
		if (browser.driver.findElements(By.cssSelector("a.tf-skip-link[href='#main-content']")).isEmpty()
				|| browser.driver.findElements(By.id("main-content")).isEmpty()) {
			problems.add("no skip link to #main-content");
		}
		return problems;
	}

	// ---- plumbing
	// -----------------------------------------------------------------------

	private void signInAs(User user) {
		signOut();
		browser.signIn(url("login"), user.username, "threefold-demo");
		settle();
		signedIn = user;
	}

	private void signOut() {
		signedIn = null;
		browser.driver.manage().deleteAllCookies();
		browser.driver.get(url("login"));
		((JavascriptExecutor) browser.driver).executeScript("window.sessionStorage.clear()");
	}

	private void open(String path) {
		browser.driver.get(url(resolve(path)));
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		settle();
	}

	private static void setWidth(int width) {
		browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
				width < 600 ? 800 : 900, "deviceScaleFactor", 1, "mobile", width < 600));
	}

	/** Waits until Vaadin has no request in flight and every image has loaded. */
	private static void settle() {
		browser.settle();
	}

	private String resolve(String path) {
		return path.replace("{partner}", first("select id from partner order by name"))
			.replace("{questionnaire}", this.catalog.questionnaires().get(0).id())
			.replace("{closedAssessment}", first("select id from assessment where status = 'CLOSED' order by id"))
			.replace("{openAssessment}", first("select id from assessment where status = 'OPEN' order by id"))
			.replace("{scheduledWorkshop}", first("select id from workshop where status = 'SCHEDULED' order by id"))
			.replace("{finishedWorkshop}", first("select id from workshop where status = 'FINISHED' order by id"))
			.replace("{workshopCode}", first("select join_code from workshop where status = 'SCHEDULED' order by id"))
			.replace("{staffLink}", first("select l.code from invitation_link l join assessment a on a.id = "
					+ "l.assessment_id where a.status = 'OPEN' and l.audience = 'STAFF' order by l.code"));
	}

	private String first(String sql) {
		return String.valueOf(this.jdbc.queryForList(sql).get(0).values().iterator().next());
	}

	private static String template(String path) {
		return path.replaceAll("\\{[^}]*\\}", "{}")
			.replaceAll("/[0-9]+$", "/{}")
			.replaceAll("^(r|t|w)/[^{].*", "$1/{}");
	}

	private static boolean optionalParameter(Class<?> view) {
		return Arrays.stream(view.getMethods())
			.filter((m) -> m.getName().equals("setParameter") && m.getParameterCount() == 2 && !m.isBridge())
			.map((Method m) -> m.getParameters()[1])
			.anyMatch((p) -> p.isAnnotationPresent(OptionalParameter.class));
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The page's H1 as text, read in the page so a heading replaced meanwhile is no
	 * error.
	 */
	private static String h1() {
		return browser.h1();
	}

	private static WebElement active() {
		return browser.driver.switchTo().activeElement();
	}

	private static void clickButton(String text) {
		click(browser.wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"))));
	}

	private static void click(WebElement element) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

}
