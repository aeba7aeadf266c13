package org.threefold.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.ThreefoldApplication;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.InvitationLinkView;
import org.threefold.questionnaire.Audience;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.WorkshopId;
import org.threefold.support.Infrastructure;
import org.threefold.support.RequiresChromium;
import org.threefold.support.RequiresPostgres;
import org.threefold.support.SignIn;
import org.threefold.workshop.LiveWorkshopBus;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out (issue 9): two application instances on one PostgreSQL behind nginx with
 * sticky sessions, as docs/operations.md deploys them. Two real Chromium sessions answer
 * the same staff pulse through nginx, one pinned to each instance; the submissions add up
 * in the shared database, and nginx's own log shows every request of each browser went to
 * its instance.
 * <p>
 * A facilitator's console pinned to one instance and a participant's phone pinned to the
 * other run the start of a workshop; the screens follow each other by server push, the
 * instances telling each other through PostgreSQL {@code LISTEN/NOTIFY}
 * ({@code threefold.live.bus=postgres}).
 * <p>
 * Stickiness is nginx's, not the application's: nginx picks an instance for a new visitor
 * and sets a {@code tf_route} cookie naming it; later requests with the cookie go to the
 * same instance (a Vaadin UI lives in one instance's memory). The test sets the cookie
 * itself so that each browser lands on a known, different instance.
 */
@RequiresPostgres
@RequiresChromium
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

	private static final Path NGINX = Path.of("/usr/sbin/nginx");

	private final org.threefold.support.PostgresTestSchema schema = new org.threefold.support.PostgresTestSchema();

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private Process nginx;

	private Path nginxDirectory;

	private int nginxPort;

	@BeforeAll
	void start() throws Exception {
		if (!Files.isExecutable(NGINX)) {
			if (Infrastructure.required()) {
				throw new IllegalStateException("nginx is required in CI: apt-get install nginx-light");
			}
			Assumptions.abort("nginx is not installed (apt-get install nginx-light)");
		}
		// The first instance migrates the schema and loads the demo; the second finds
		// both done.
		this.first = instance();
		this.second = instance();
		this.nginxDirectory = Files.createTempDirectory("threefold-nginx");
		this.nginxPort = freePort();
		Files.createDirectories(this.nginxDirectory.resolve("logs"));
		Files.createDirectories(this.nginxDirectory.resolve("temp"));
		Files.writeString(this.nginxDirectory.resolve("nginx.conf"),
				nginxConfiguration(this.nginxPort, port(this.first), port(this.second)));
		this.nginx = new ProcessBuilder(NGINX.toString(), "-p", this.nginxDirectory.toString(), "-c", "nginx.conf")
			.redirectErrorStream(true)
			.redirectOutput(this.nginxDirectory.resolve("logs/console.log").toFile())
			.start();
		for (int i = 0; i < 100 && !listening(this.nginxPort); i++) {
			Thread.sleep(100);
		}
		assertThat(listening(this.nginxPort)).as("nginx is listening").isTrue();
	}

	@AfterAll
	void stop() throws Exception {
		if (this.nginx != null) {
			this.nginx.destroy();
			this.nginx.waitFor(10, TimeUnit.SECONDS);
		}
		if (this.second != null) {
			this.second.close();
		}
		if (this.first != null) {
			this.first.close();
		}
		this.schema.drop();
	}

	@Test
	void two_respondents_on_two_instances_answer_the_same_pulse_and_both_submissions_count() throws Exception {
		JdbcTemplate jdbc = this.first.getBean(JdbcTemplate.class);
		IcsId ics = new IcsId(jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		SignedInUser leader = SignIn.as(Role.ICS_LEADER, ics, null);
		// Services are called on the instance started last: Vaadin installs its security
		// context strategy JVM-wide at start, so in this one test JVM the last instance's
		// is the one a test thread's sign-in reaches. (Separate JVMs in production.)
		AssessmentService service = this.second.getBean(AssessmentService.class);
		AssessmentId id = anOpenStaffPulse(service, jdbc, leader);
		String code = staffLinkCode(service, leader, id);

		try (Browser a = new Browser(1000, 900); Browser b = new Browser(1000, 900)) {
			pin(a, "a");
			pin(b, "b");
			// Interleaved, so both instances hold a live form at the same time.
			a.driver.get(url("r/" + code));
			b.driver.get(url("r/" + code));
			click(a, button(a, "Start now"));
			click(b, button(b, "Start now"));
			for (int section = 0; section < 3; section++) {
				heading(a, SECTIONS.get(section));
				heading(b, SECTIONS.get(section));
				answerEveryQuestion(a, 4);
				answerEveryQuestion(b, 2);
				click(a, button(a, "Next"));
				click(b, button(b, "Next"));
			}
			heading(a, "Check and submit");
			heading(b, "Check and submit");
			click(a, button(a, "Submit my answers"));
			click(b, button(b, "Submit my answers"));
			heading(a, "Thank you, your answers have been submitted");
			heading(b, "Thank you, your answers have been submitted");
			a.screenshot(Path.of("target", "screenshots", "two-instances-a.png"));
		}

		// Counts add up: one database behind both instances.
		assertThat(SignIn.run(leader, () -> service.monitor(id)).submitted()).isEqualTo(2);
		JdbcTemplate secondJdbc = this.first.getBean(JdbcTemplate.class);
		assertThat(secondJdbc.queryForObject(
				"select count(*) from response where assessment_id = ? and status = 'SUBMITTED'", Long.class,
				id.value()))
			.isEqualTo(2);
		List<Long> answersEach = secondJdbc.queryForList("select count(*) from answer a join response r"
				+ " on r.id = a.response_id where r.assessment_id = ? group by r.id", Long.class, id.value());
		assertThat(answersEach).hasSize(2).allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(15));
		assertThat(secondJdbc.queryForObject("select count(distinct response_id) from respondent_score"
				+ " where assessment_id = ? and scale_kind = 'OVERALL'", Long.class, id.value()))
			.isEqualTo(2);

		// nginx's log: every request of browser a went to the first instance, of b to
		// the second, and each instance received the form's round trips (POSTs).
		assertThat(routed("a", this.first)).filteredOn((line) -> line.contains(" POST ")).hasSizeGreaterThan(15);
		assertThat(routed("b", this.second)).filteredOn((line) -> line.contains(" POST ")).hasSizeGreaterThan(15);
	}

	/**
	 * Issue 9: a facilitator's console on the first instance and a participant's phone on
	 * the second. Each screen is subscribed to its own instance's bus; the facilitator's
	 * actions reach the participant's screen by server push through PostgreSQL
	 * {@code LISTEN/NOTIFY}, and the participant's reach the console the same way back.
	 */
	@Test
	void a_participant_on_one_instance_follows_a_facilitator_on_the_other_by_push() throws Exception {
		JdbcTemplate jdbc = this.first.getBean(JdbcTemplate.class);
		IcsId ics = new IcsId(jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		SignedInUser grace = SignIn.as(Role.FACILITATOR, ics, null);
		WorkshopService service = this.second.getBean(WorkshopService.class);
		WorkshopId id = SignIn.run(grace,
				() -> service.create(WorkshopPlan.template("Discharge on two servers", WorkshopMode.MIXED, null)));
		String code = SignIn.run(grace, () -> service.snapshot(id)).joinCode();

		try (Browser console = new Browser(1280, 1000); Browser phone = new Browser(390, 900)) {
			pin(console, "a");
			pin(phone, "b");
			console.signIn(url("login"), "facilitator", "threefold-demo");
			console.driver.get(url("workshop/" + id));
			WorkshopJourneyIT.waitFor(console, "Join at");
			phone.driver.get(url("w/" + code));
			WorkshopJourneyIT.waitFor(phone, "How what you share is used");
			WorkshopJourneyIT.join(phone, "Amira", "North Vale Hospitals NHS Foundation Trust", 0);
			WorkshopJourneyIT.waitFor(phone, "has not started yet");
			pushed(console, "Present: 1 of 1 who joined");
			assertThat(this.first.getBean(LiveWorkshopBus.class).listeners(id)).as("the console's instance")
				.isEqualTo(1);
			assertThat(this.second.getBean(LiveWorkshopBus.class).listeners(id)).as("the phone's instance")
				.isEqualTo(1);

			WorkshopJourneyIT.click(console, "ws-start");
			pushed(phone, "Stage 1 of 5");
			WorkshopJourneyIT.click(console, "ws-start-round");
			pushed(phone, "Round 1");
			WorkshopJourneyIT.click(console, "ws-invite");
			long invited = System.nanoTime();
			pushed(phone, "It is your turn. Speak, or pass: both are fine.");
			System.out.printf("Invite on the first instance to the phone on the second, seen by the test: %d ms%n",
					(System.nanoTime() - invited) / 1_000_000);
			WorkshopJourneyIT.click(phone, "ws-done");
			pushed(console, "Round 1 is over; start the next");
			console.screenshot(Path.of("target", "screenshots", "two-instances-console.png"));
			phone.screenshot(Path.of("target", "screenshots", "two-instances-phone.png"));
		}
		assertThat(routed("a", this.first)).anyMatch((line) -> line.contains("/workshop/"));
		assertThat(routed("b", this.second)).anyMatch((line) -> line.contains("/w/"));
	}

	/**
	 * Waits a few seconds, not the browser's usual thirty, for text the server pushes to
	 * a screen nobody is touching.
	 */
	private static void pushed(Browser browser, String text) {
		new WebDriverWait(browser.driver, Duration.ofSeconds(5))
			.until((driver) -> browser.visibleText().contains(text));
	}

	/**
	 * The lines of nginx's log for a browser pinned to {@code route}, after checking that
	 * every one went to {@code instance} and none failed.
	 */
	private List<String> routed(String route, ConfigurableApplicationContext instance) throws IOException {
		List<String> log = Files.readAllLines(this.nginxDirectory.resolve("logs/access.log"));
		String upstream = " 127.0.0.1:" + port(instance) + " ";
		List<String> lines = log.stream().filter((line) -> line.startsWith(route + " ")).toList();
		assertThat(lines).isNotEmpty().allSatisfy((line) -> assertThat(line).contains(upstream));
		assertThat(log).noneMatch((line) -> line.contains(" 502 ") || line.contains(" 500 "));
		return lines;
	}

	@Test
	void a_new_visitor_without_a_route_is_given_one_and_kept_on_it() throws Exception {
		try (Browser browser = new Browser(1000, 900)) {
			browser.driver.get(url("login"));
			browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[name=username]")));
			var route = browser.driver.manage().getCookieNamed("tf_route");
			assertThat(route).isNotNull();
			assertThat(route.getValue()).isIn("a", "b");
			browser.signIn(url("login"), "leader", "threefold-demo");
			assertThat(browser.visibleText()).contains("North Vale");
			List<String> log = Files.readAllLines(this.nginxDirectory.resolve("logs/access.log"));
			String expected = "127.0.0.1:" + port(route.getValue().equals("a") ? this.first : this.second);
			assertThat(log.stream().filter((line) -> line.startsWith(route.getValue() + " "))).isNotEmpty()
				.allSatisfy((line) -> assertThat(line).contains(" " + expected + " "));
		}
	}

	private static final List<String> SECTIONS = List.of("Your systems and equipment",
			"Working with other organisations", "Support and change");

	/**
	 * The nginx configuration docs/operations.md describes, with the test's ports: a pool
	 * for new visitors, one upstream per instance for visitors with a route, and the
	 * route set from the instance that answered.
	 */
	static String nginxConfiguration(int listen, int first, int second) {
		return """
				daemon off;
				master_process off;
				worker_processes 1;
				error_log logs/error.log warn;
				pid logs/nginx.pid;
				events { worker_connections 256; }
				http {
				  access_log off;
				  client_body_temp_path temp/body;
				  proxy_temp_path temp/proxy;
				  fastcgi_temp_path temp/fastcgi;
				  uwsgi_temp_path temp/uwsgi;
				  scgi_temp_path temp/scgi;
				  log_format routed '$cookie_tf_route $upstream_addr $request_method $status $uri';
				  upstream threefold_pool { server 127.0.0.1:%1$d; server 127.0.0.1:%2$d; }
				  upstream threefold_a { server 127.0.0.1:%1$d; }
				  upstream threefold_b { server 127.0.0.1:%2$d; }
				  map $cookie_tf_route $threefold_upstream { a threefold_a; b threefold_b; default threefold_pool; }
				  map $upstream_addr $threefold_route { 127.0.0.1:%1$d a; 127.0.0.1:%2$d b; default ""; }
				  map $http_upgrade $connection_upgrade { default upgrade; '' close; }
				  server {
				    listen 127.0.0.1:%3$d;
				    access_log logs/access.log routed;
				    location / {
				      proxy_pass http://$threefold_upstream;
				      proxy_http_version 1.1;
				      proxy_set_header Host $http_host;
				      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
				      proxy_set_header X-Forwarded-Proto $scheme;
				      proxy_set_header Upgrade $http_upgrade;
				      proxy_set_header Connection $connection_upgrade;
				      proxy_read_timeout 1h;
				      add_header Set-Cookie "tf_route=$threefold_route; Path=/; HttpOnly; SameSite=Lax" always;
				    }
				  }
				}
				""".formatted(first, second, listen);
	}

	private ConfigurableApplicationContext instance() {
		String separator = Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?";
		String name = schemaName();
		return new SpringApplicationBuilder(ThreefoldApplication.class).profiles("postgres")
			.run("--server.port=0", "--threefold.demo.enabled=true", "--threefold.scheduling.enabled=false",
					"--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off",
					"--spring.datasource.url=" + Infrastructure.POSTGRES_URL + separator + "currentSchema=" + name,
					"--spring.datasource.username=" + Infrastructure.POSTGRES_USER,
					"--spring.datasource.password=" + Infrastructure.POSTGRES_PASSWORD,
					"--spring.flyway.schemas=" + name, "--spring.flyway.create-schemas=true",
					"--spring.datasource.hikari.maximum-pool-size=5", "--threefold.live.bus=postgres");
	}

	private String schemaName() {
		// PostgresTestSchema registers its name through Spring's registry; read it back
		// once.
		if (this.schemaName == null) {
			java.util.Map<String, java.util.function.Supplier<Object>> properties = new java.util.HashMap<>();
			this.schema.register(new org.springframework.test.context.DynamicPropertyRegistry() {
				@Override
				public void add(String name, java.util.function.Supplier<Object> valueSupplier) {
					properties.put(name, valueSupplier);
				}
			});
			this.schemaName = String.valueOf(properties.get("spring.flyway.schemas").get());
		}
		return this.schemaName;
	}

	private String schemaName;

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static boolean listening(int port) {
		try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** Sets the route cookie before the first page, as nginx would have set it. */
	private void pin(Browser browser, String route) {
		browser.driver.executeCdpCommand("Network.setCookie",
				Map.of("name", "tf_route", "value", route, "url", url(""), "path", "/"));
	}

	private static AssessmentId anOpenStaffPulse(AssessmentService assessments, JdbcTemplate jdbc,
			SignedInUser leader) {
		List<PartnerId> two = jdbc
			.queryForList("select id from partner where ics_id = ? order by name fetch first 2 rows only", Long.class,
					leader.icsId().orElseThrow().value())
			.stream()
			.map(PartnerId::new)
			.toList();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
		AssessmentPlan plan = new AssessmentPlan("Staff pulse on two servers", null, today, today.plusDays(14), 5, 10,
				true, true, null, "staff-pulse", new HashSet<>(two));
		return SignIn.run(leader, () -> {
			AssessmentId id = assessments.createDraft(plan).id();
			assessments.open(id);
			return id;
		});
	}

	private static String staffLinkCode(AssessmentService assessments, SignedInUser leader, AssessmentId id) {
		String link = SignIn.run(leader, () -> assessments.links(id))
			.stream()
			.filter((view) -> view.audience() == Audience.STAFF)
			.map(InvitationLinkView::url)
			.findFirst()
			.orElseThrow();
		return link.substring(link.indexOf("/r/") + 3);
	}

	/**
	 * Chooses the n-th answer of every radio group on the page, waiting for each save.
	 */
	private static void answerEveryQuestion(Browser browser, int n) {
		List<WebElement> questions = browser.driver.findElements(By.cssSelector(".tf-question"));
		for (int i = 0; i < questions.size(); i++) {
			WebElement question = questions.get(i);
			if (!question.findElements(By.tagName("vaadin-radio-group")).isEmpty()) {
				String item = question.getAttribute("id").substring(2);
				click(browser, browser.wait.until(ExpectedConditions.presenceOfElementLocated(
						By.xpath("(//*[@id='q-" + item + "']//vaadin-radio-button)[" + n + "]"))));
				int number = i + 1;
				browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tf-save-status"),
						"Saved your answer to question " + number + "."));
			}
		}
	}

	private static void heading(Browser browser, String text) {
		browser.wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
	}

	private static WebElement button(Browser browser, String text) {
		return browser.wait.until(ExpectedConditions
			.elementToBeClickable(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
	}

	private static void click(Browser browser, WebElement element) {
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	private String url(String path) {
		return "http://localhost:" + this.nginxPort + "/" + path;
	}

}
