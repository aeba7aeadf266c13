package org.threefold.browser;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.threefold.actionplan.ActionEdit;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.ActionStatus;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.RespondentProfile;
import org.threefold.assessment.RespondentService;
import org.threefold.export.ActionPlanExport;
import org.threefold.export.ExportFormat;
import org.threefold.export.ExportService;
import org.threefold.export.WorkshopReportExport;
import org.threefold.export.Progress;
import org.threefold.export.SafeText;
import org.threefold.partner.IcsService;
import org.threefold.partner.PartnerDraft;
import org.threefold.partner.PartnerService;
import org.threefold.partner.Profession;
import org.threefold.partner.Sector;
import org.threefold.partner.SeniorityBand;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.security.UserAccountService;
import org.threefold.security.attack.TwoPartnerships;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.WorkshopId;
import org.threefold.support.SignIn;
import org.threefold.workshop.ActionDraft;
import org.threefold.workshop.JoinRequest;
import org.threefold.workshop.Joined;
import org.threefold.workshop.Stage;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopParticipation;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-site scripting and spreadsheet formula payloads in every free-text field a user
 * can fill, seeded through the services into a partnership of their own: the ICS name, a
 * user's name, partner names (CSV import and form), an assessment title, respondents'
 * comments, a workshop's title, participants' names, post-its, themes and agreed actions,
 * and the action plan's titles, descriptions and progress notes. Every text starts with a
 * formula ({@code =HYPERLINK(…)}, {@code +1}, {@code @SUM(1)}, {@code -2}, a tab or a
 * carriage return) and holds markup that would set {@code window.__xss} if it ran. Then a
 * real headless Chromium opens each screen that shows them: nothing ran, no element or
 * handler was injected, and the text is on the screen as typed. Every export the code
 * offers is made and read back with POI or a CSV parser: the text is there literally, no
 * cell is a formula, and no text cell starts with a formula character (docs/security.md,
 * {@link SafeText}).
 */
@BrowserAttackContext
class XssIT {

	static final List<String> MARKUP = List.of("<img src=x onerror=window.__xss=1>", "<script>window.__xss=1</script>",
			"\"><svg onload=window.__xss=1>", "javascript:window.__xss=1");

	static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "@SUM(1)", "-2", "\t=1+2",
			"\r=1+2");

	/** A text that starts with the n-th formula and holds the n-th markup. */
	static String payload(int n, String what) {
		return FORMULAS.get(n % FORMULAS.size()) + " " + MARKUP.get(n % MARKUP.size()) + " " + what;
	}

	private static Browser browser;

	private static Seeded seeded;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IcsService partnerships;

	@Autowired
	UserAccountService accounts;

	@Autowired
	PartnerService partners;

	@Autowired
	AssessmentService assessments;

	@Autowired
	RespondentService respondents;

	@Autowired
	ActionPlanService actions;

	@Autowired
	WorkshopService workshops;

	@Autowired
	WorkshopParticipation participation;

	@Autowired
	ExportService exports;

	@Autowired
	ActionPlanExport actionPlanExport;

	@Autowired
	WorkshopReportExport workshopReports;

	/** What was typed where, and the records it went into. */
	record Seeded(IcsId ics, SignedInUser leader, Map<String, String> texts, PartnerId formPartner,
			AssessmentId assessment, WorkshopId workshop, WorkshopId thoughts, WorkshopId finished) {

		String text(String field) {
			return this.texts.get(field);
		}

	}

	@BeforeAll
	static void startBrowser() throws Exception {
		browser = new Browser(1280, 900);
	}

	@AfterAll
	static void stopBrowser() throws Exception {
		browser.close();
	}

	@Test
	void payloads_in_every_free_text_field_show_as_text_and_run_nowhere_in_the_browser() {
		Seeded world = seed();
		List<String> failures = new ArrayList<>();
		signIn("xss-leader");
		String allScreens = "";
		for (Map.Entry<String, List<String>> screen : leaderScreens(world).entrySet()) {
			allScreens += check(screen.getKey(), screen.getValue(), failures);
		}
		// The results' tabs, the comments among them.
		open("results/" + world.assessment().value());
		StringBuilder tabs = new StringBuilder();
		int count = browser.driver.findElements(By.cssSelector("vaadin-tab")).size();
		for (int i = 0; i < count; i++) {
			WebElement tab = browser.driver.findElements(By.cssSelector("vaadin-tab")).get(i);
			((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", tab);
			tab.click();
			browser.settle();
			assertNothingRan("results, tab " + i, failures);
			tabs.append(normalised(browser.visibleText()));
		}
		for (String field : List.of("comment 1", "comment 2", "comment 3")) {
			if (!tabs.toString().contains(normalised(world.text(field)))) {
				failures.add("results tabs: " + field + " is not shown as typed");
			}
		}
		signIn("admin");
		allScreens += check("admin/partnerships", List.of("ICS name"), failures);
		allScreens += check("admin/users", List.of("ICS name", "user name"), failures);
		assertThat(failures).isEmpty();
		String everything = allScreens + tabs;
		assertThat(
				world.texts().keySet().stream().filter((field) -> !everything.contains(normalised(world.text(field)))))
			.as("fields shown on no screen")
			.isEmpty();
	}

	@Test
	void every_export_keeps_the_payloads_as_literal_text_and_neutralises_formulas() throws Exception {
		Seeded world = seed();
		Map<String, byte[]> files = everyExport(world);
		assertThat(files).hasSizeGreaterThanOrEqualTo(ExportFormat.values().length + 2);
		List<String> problems = new ArrayList<>();
		StringBuilder report = new StringBuilder();
		for (Map.Entry<String, byte[]> file : files.entrySet()) {
			List<String> cells = read(file.getKey(), file.getValue(), problems);
			String text = normalised(String.join("\n", cells));
			List<String> found = world.texts()
				.entrySet()
				.stream()
				.filter((entry) -> text.contains(normalised(entry.getValue())))
				.map(Map.Entry::getKey)
				.toList();
			if (found.isEmpty()) {
				problems.add(file.getKey() + " holds none of the typed texts");
			}
			report.append(file.getKey()).append(": ").append(String.join(", ", found)).append('\n');
			if (!file.getKey().endsWith(".docx")) {
				for (String cell : cells) {
					if (SafeText.dangerous(cell) && !number(cell)) {
						problems.add(file.getKey() + ": a cell starts with a formula character: " + cell);
					}
				}
				// A cell holding just a typed text holds it behind the apostrophe
				// SafeText
				// adds.
				boolean neutralised = false;
				for (String field : found) {
					String stored = normalised(world.text(field));
					for (String cell : cells) {
						neutralised |= normalised(cell).startsWith("'" + stored);
						if (normalised(cell).startsWith(stored)) {
							problems.add(file.getKey() + ": " + field + " starts a cell as typed: " + cell);
						}
					}
				}
				if (!neutralised) {
					problems.add(file.getKey() + ": no cell holds a typed text behind an apostrophe");
				}
			}
			for (String markup : MARKUP) {
				if (text.contains(markup.substring(0, 6)) && !text.contains(markup)) {
					problems.add(file.getKey() + ": markup changed on the way: " + markup);
				}
			}
		}
		Path written = Path.of("target", "security", "xss-exports.txt");
		Files.createDirectories(written.getParent());
		Files.writeString(written, report);
		assertThat(problems).isEmpty();
	}

	/**
	 * Every service in {@code org.threefold.export} that writes a file is one
	 * {@link #everyExport} makes; a new export (such as a workshop report) fails here
	 * until it is added there, so no export escapes these payloads.
	 */
	@Test
	void every_export_the_code_offers_is_checked() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		Set<String> writers = new TreeSet<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.threefold.export")) {
			try {
				Class<?> type = Class.forName(definition.getBeanClassName());
				boolean writes = Arrays.stream(type.getMethods())
					.filter((Method m) -> m.getName().equals("write"))
					.anyMatch((m) -> Arrays.asList(m.getParameterTypes()).contains(OutputStream.class));
				// The module's API, not its internal writers.
				if (writes && type.getPackageName().equals("org.threefold.export")) {
					writers.add(type.getSimpleName());
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		assertThat(writers).as("export services; add a new one to XssIT.everyExport")
			.containsExactlyInAnyOrder(ExportService.class.getSimpleName(), ActionPlanExport.class.getSimpleName(),
					WorkshopReportExport.class.getSimpleName());
	}

	/**
	 * Every export file the code offers for the seeded partnership, by name: each
	 * {@link ExportFormat} and each {@link ActionPlanExport.Kind}, so a new format of
	 * either is included without touching this test. Add new export services here.
	 */
	private Map<String, byte[]> everyExport(Seeded world) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		SignIn.run(world.leader(), () -> {
			try {
				for (ExportFormat format : ExportFormat.values()) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					files.put(this.exports.write(world.assessment(), format, out, Progress.NONE).fileName(),
							out.toByteArray());
				}
				for (ActionPlanExport.Kind kind : ActionPlanExport.Kind.values()) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					files.put(this.actionPlanExport.write(world.assessment(), kind, out).fileName(), out.toByteArray());
				}
				ByteArrayOutputStream report = new ByteArrayOutputStream();
				this.workshopReports.write(world.finished(), report);
				files.put(this.workshopReports.fileName(world.finished()), report.toByteArray());
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
		return files;
	}

	/** The text of a file, cell by cell (paragraph by paragraph for Word). */
	private static List<String> read(String name, byte[] bytes, List<String> problems) throws IOException {
		List<String> cells = new ArrayList<>();
		if (name.endsWith(".docx")) {
			try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
					XWPFWordExtractor text = new XWPFWordExtractor(document)) {
				cells.addAll(Arrays.asList(text.getText().split("\n")));
			}
		}
		else if (name.endsWith(".xlsx")) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
				workbook.forEach((sheet) -> sheet.forEach((row) -> row.forEach((Cell cell) -> {
					if (cell.getCellType() == CellType.FORMULA) {
						problems.add(name + ": a formula in " + sheet.getSheetName() + "!" + cell.getAddress());
					}
					else if (cell.getCellType() == CellType.STRING) {
						cells.add(cell.getStringCellValue());
					}
				})));
			}
		}
		else if (name.endsWith(".csv")) {
			try (var parser = CSVFormat.DEFAULT.parse(new InputStreamReader(
					new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8))) {
				for (CSVRecord record : parser) {
					record.forEach(cells::add);
				}
			}
		}
		else {
			throw new AssertionError("No reader for " + name + ": add one to XssIT.read");
		}
		return cells;
	}

	// ---- the browser
	// ---------------------------------------------------------------------

	/** The leader's screens and the fields each shows. */
	private static Map<String, List<String>> leaderScreens(Seeded world) {
		Map<String, List<String>> screens = new LinkedHashMap<>();
		screens.put("", List.of("user name"));
		screens.put("partners",
				List.of("user name", "ICS name", "partner 1", "partner 2", "partner 3", "partner from the form"));
		screens.put("partners/" + world.formPartner().value(), List.of("partner from the form"));
		screens.put("assessments", List.of("assessment title"));
		screens.put("assessments/" + world.assessment().value(), List.of("assessment title", "partner 1"));
		screens.put("results/" + world.assessment().value(), List.of("assessment title"));
		screens.put("actions", List.of("action title", "action description", "progress note", "agreed action"));
		screens.put("workshops", List.of("workshop title"));
		screens.put("workshop/" + world.workshop().value(),
				List.of("workshop title", "participant 1", "participant 2", "participant 3", "agreed action"));
		screens.put("workshop/" + world.thoughts().value(), List.of("post-it 1", "post-it 2", "post-it 3", "theme"));
		screens.put("exports/" + world.assessment().value(), List.of("assessment title"));
		return screens;
	}

	/** Opens a screen; returns its text, adding to failures what is wrong. */
	private String check(String address, List<String> fields, List<String> failures) {
		open(address);
		assertNothingRan("/" + address, failures);
		String text = normalised(browser.visibleText());
		for (String field : fields) {
			if (!text.contains(normalised(seeded.text(field)))) {
				failures.add("/" + address + ": " + field + " is not shown as typed");
			}
		}
		return text;
	}

	/**
	 * No payload ran ({@code window.__xss} is unset) and none became markup: no element,
	 * in the page or inside any component's shadow DOM, carries an event handler or
	 * script that mentions it, or a {@code javascript:} address.
	 */
	private static void assertNothingRan(String where, List<String> failures) {
		Object ran = ((JavascriptExecutor) browser.driver).executeScript("return window.__xss");
		if (ran != null) {
			failures.add(where + ": a payload ran (window.__xss = " + ran + ")");
		}
		@SuppressWarnings("unchecked")
		List<String> injected = (List<String>) ((JavascriptExecutor) browser.driver).executeScript("""
				const found = [];
				const visit = (root) => {
				  for (const element of root.querySelectorAll('*')) {
				    for (const attribute of element.attributes) {
				      const name = attribute.name.toLowerCase();
				      const value = attribute.value;
				      if ((name.startsWith('on') && value.includes('__xss'))
				          || (['href', 'src', 'action', 'formaction'].includes(name)
				              && value.replace(/\\s/g, '').toLowerCase().startsWith('javascript:'))) {
				        found.push(element.tagName + ' ' + name + '=' + value);
				      }
				    }
				    if (element.tagName === 'SCRIPT' && element.textContent.includes('__xss')) {
				      found.push('SCRIPT ' + element.textContent);
				    }
				    if (element.shadowRoot) visit(element.shadowRoot);
				  }
				};
				visit(document);
				return found;""");
		if (!injected.isEmpty()) {
			failures.add(where + ": injected " + injected);
		}
	}

	private void signIn(String username) {
		browser.driver.manage().deleteAllCookies();
		browser.signIn(url("login"), username, TwoPartnerships.PASSWORD);
		browser.settle();
	}

	private void open(String address) {
		browser.driver.get(url(address));
		browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
		browser.settle();
	}

	private String url(String path) {
		return "http://localhost:" + this.port + "/" + path;
	}

	static String normalised(String text) {
		return text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
	}

	private static boolean number(String cell) {
		try {
			new BigDecimal(cell.strip());
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	// ---- the partnership full of payloads
	// ------------------------------------------------

	private synchronized Seeded seed() {
		if (seeded != null) {
			return seeded;
		}
		Map<String, String> texts = new LinkedHashMap<>();
		texts.put("ICS name", payload(0, "Xavier ICS"));
		texts.put("user name", payload(1, "Lee"));
		texts.put("partner 1", payload(0, "Trust"));
		texts.put("partner 2", payload(1, "Council"));
		texts.put("partner 3", payload(2, "Hospice"));
		texts.put("partner from the form", payload(4, "Care home"));
		texts.put("assessment title", payload(5, "Pulse"));
		texts.put("comment 1", payload(3, "first comment"));
		texts.put("comment 2", payload(4, "second comment"));
		texts.put("comment 3", payload(5, "third comment"));
		texts.put("action title", payload(0, "Action"));
		texts.put("action description", payload(1, "Detail"));
		texts.put("progress note", payload(2, "Note"));
		texts.put("workshop title", payload(3, "Workshop"));
		texts.put("participant 1", payload(1, "Ann"));
		texts.put("participant 2", payload(2, "Bo"));
		texts.put("participant 3", payload(3, "Cy"));
		texts.put("post-it 1", payload(0, "post-it one"));
		texts.put("post-it 2", payload(4, "post-it two"));
		texts.put("post-it 3", payload(5, "post-it three"));
		texts.put("theme", payload(2, "Theme"));
		texts.put("agreed action", payload(3, "Agreed"));

		IcsId ics = SystemTask.asAdministrator(() -> {
			IcsId created = this.partnerships.create("XSS", texts.get("ICS name"), "Nowhere", false).id();
			StringBuilder csv = new StringBuilder("name,sector,headcount\n");
			for (String partner : List.of("partner 1", "partner 2", "partner 3")) {
				csv.append('"').append(texts.get(partner).replace("\"", "\"\"")).append("\",acute-trust,100\n");
			}
			this.partnerships.importPartners(created,
					new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
			this.accounts.create(new NewUserAccount("xss-leader", texts.get("user name"), null,
					TwoPartnerships.PASSWORD, Role.ICS_LEADER, created, null));
			return created;
		});
		SignedInUser leader = SignIn.as(Role.ICS_LEADER, ics, null);
		PartnerId formPartner = SignIn
			.run(leader,
					() -> this.partners
						.create(new PartnerDraft(texts.get("partner from the form"), Sector.HOSPICE, null, 40, null)))
			.id();
		List<PartnerId> all = SignIn.run(leader, () -> this.partners.list()).stream().map((p) -> p.id()).toList();
		AssessmentId assessment = SignIn.run(leader, () -> {
			AssessmentId id = this.assessments
				.createDraft(new AssessmentPlan(texts.get("assessment title"), null, LocalDate.now().minusDays(1),
						LocalDate.now().plusDays(30), 3, 3, true, true, null, "staff-pulse", Set.copyOf(all)))
				.id();
			this.assessments.open(id);
			return id;
		});
		String link = SignIn.run(leader, () -> this.assessments.links(assessment)).get(0).url();
		for (String comment : List.of("comment 1", "comment 2", "comment 3")) {
			String secret = this.respondents
				.startFromLink(link.substring(link.lastIndexOf('/') + 1),
						new RespondentProfile(Profession.NURSE, SeniorityBand.FRONTLINE))
				.deviceSecret();
			TwoPartnerships.answerEverything(this.respondents, secret, texts.get(comment));
			this.respondents.submit(secret);
		}
		SignIn.run(leader, () -> this.assessments.close(assessment));
		SignIn
			.run(leader,
					() -> this.actions.add(new ActionEdit(texts.get("action title"), texts.get("action description"),
							null, formPartner, LocalDate.now().plusMonths(3), ActionStatus.ACCEPTED,
							texts.get("progress note"))));
		// The console shows post-its and themes in stage two, agreed actions in stage
		// five:
		// one workshop stays in each.
		WorkshopId thoughts = thoughts(leader, texts.get("workshop title") + " (thoughts)", texts, all);
		WorkshopId workshop = workshop(leader, texts.get("workshop title"), texts, all).id();
		agree(leader, workshop, texts, formPartner);
		// The workshop report is made of finished workshops only: a third one has
		// post-its, a theme and an agreement, and is finished.
		WorkshopId finished = thoughts(leader, texts.get("workshop title") + " (finished)", texts, all);
		agree(leader, finished, texts, formPartner);
		SignIn.run(leader, () -> this.workshops.finish(finished));
		seeded = new Seeded(ics, leader, texts, formPartner, assessment, workshop, thoughts, finished);
		return seeded;
	}

	/** A workshop in stage two with three post-its revealed and one themed. */
	private WorkshopId thoughts(SignedInUser leader, String title, Map<String, String> texts, List<PartnerId> all) {
		Room room = workshop(leader, title, texts, all);
		for (int i = 1; i <= 3; i++) {
			this.participation.writePostIt(room.people().get(i - 1).token(), 0, texts.get("post-it " + i));
		}
		SignIn.run(leader, () -> {
			this.workshops.reveal(room.id(), 0);
			WorkshopSnapshot themed = this.workshops.addTheme(room.id(), texts.get("theme"));
			this.workshops.cluster(room.id(), themed.postIts().get(0).id(),
					themed.themes().get(themed.themes().size() - 1).id());
		});
		return room.id();
	}

	/** Takes the workshop to stage five and agrees the seeded action there. */
	private void agree(SignedInUser leader, WorkshopId workshop, Map<String, String> texts, PartnerId owner) {
		SignIn.run(leader, () -> {
			this.workshops.openStage(workshop, Stage.TIME_TO_THINK);
			this.workshops.openStage(workshop, Stage.GROUPS);
			this.workshops.openStage(workshop, Stage.AGREEMENT);
			this.workshops.agree(workshop,
					new ActionDraft(texts.get("agreed action"), owner, LocalDate.now().plusMonths(2), null));
		});
	}

	/** A workshop and the people in it. */
	record Room(WorkshopId id, List<Joined> people) {
	}

	/** A started workshop in stage two that the three participants have joined. */
	private Room workshop(SignedInUser leader, String title, Map<String, String> texts, List<PartnerId> all) {
		WorkshopId id = SignIn.run(leader,
				() -> this.workshops.create(WorkshopPlan.template(title, WorkshopMode.ONLINE, null)));
		String code = SignIn.run(leader, () -> this.workshops.snapshot(id)).joinCode();
		List<Joined> people = new ArrayList<>();
		for (int i = 1; i <= 3; i++) {
			people.add(this.participation.join(code, new JoinRequest(texts.get("participant " + i), all.get(i - 1),
					Profession.NURSE, SeniorityBand.FRONTLINE)));
		}
		SignIn.run(leader, () -> {
			this.workshops.start(id);
			this.workshops.openStage(id, Stage.INDIVIDUAL_THOUGHTS);
		});
		return new Room(id, people);
	}

}
