package org.threefold.benchmark.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.context.WebApplicationContext;

import org.threefold.benchmark.BenchmarkApplication;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.InvitationLinkView;
import org.threefold.questionnaire.Audience;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;

/**
 * The load test of the respondent journey over HTTP (issue 9): virtual respondents answer
 * the staff pulse through the real application, speaking Vaadin Flow's protocol as a
 * browser does ({@link VaadinClient}), and the database is counted afterwards. Not a
 * test: Maven never runs it; docs/performance.md gives the command and the results.
 * <p>
 * It starts the whole application with its embedded Tomcat on a free port, on H2 on disk
 * (the default installation) or PostgreSQL (a throwaway schema), with the demo
 * partnership. Each stage opens a fresh staff pulse across the demo partners and lets
 * respondents arrive at a fixed rate for a fixed time (an open model: arrivals do not
 * wait for earlier respondents to finish). Each respondent opens a partner's link,
 * presses Start, answers all 16 questions with no pause between them, goes through the
 * three pages and submits; every request's round trip is timed. Afterwards the stage's
 * submitted responses, their answers and their receipt codes are read from the database
 * and compared with what the respondents were shown. One uncounted warm-up stage comes
 * first.
 * <p>
 * In the same run: the floor (an empty Vaadin page, {@link FloorView}, clicked as many
 * times per visitor as a respondent sends requests, at the same arrival rate) and the
 * heap retained per open respondent form.
 * <p>
 * Arguments: {@code database [rates] [seconds] [sessions]}: database {@code h2} or
 * {@code postgres}; arrival rates per second, comma-separated (default {@code 25,50});
 * seconds per stage (default 60); respondent forms held open for the memory measurement
 * (default 500, 0 skips it).
 */
public final class RespondentLoadBenchmark {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** The figure for the national peak. */
	private static final double NATIONAL_PEAK_PER_SECOND = 350;

	/** Targets of issue 9 for one 2-core node. */
	private static final double TARGET_SUBMISSIONS_PER_SECOND = 50;

	private static final double TARGET_SAVE_P95_MS = 100;

	/**
	 * Respondents in progress at once beyond which an arrival is refused (and counted).
	 */
	private static final int MAX_IN_FLIGHT = 600;

	/**
	 * Requests per respondent besides the page load: start, 16 saves, 3 pages, submit.
	 */
	private static final int FLOOR_CLICKS = 21;

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private final ConfigurableApplicationContext context;

	private final DataSource dataSource;

	private final AssessmentService assessments;

	private final URI base;

	private final HttpClient http;

	private final String database;

	private RespondentLoadBenchmark(ConfigurableApplicationContext context, String database) {
		this.context = context;
		this.database = database;
		this.dataSource = context.getBean(DataSource.class);
		this.assessments = context.getBean(AssessmentService.class);
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		this.base = URI.create("http://127.0.0.1:" + port + "/");
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.executor(Executors.newFixedThreadPool(2, named("load-http-")))
			.build();
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "h2";
		double[] rates = Arrays.stream(((args.length > 1) ? args[1] : "25,50").split(","))
			.mapToDouble(Double::parseDouble)
			.toArray();
		int seconds = (args.length > 2) ? Integer.parseInt(args[2]) : 60;
		int sessions = (args.length > 3) ? Integer.parseInt(args[3]) : 500;
		try (BenchmarkApplication app = start(database)) {
			new RespondentLoadBenchmark(app.context(), database).run(rates, seconds, sessions);
		}
	}

	/**
	 * The application as installed, with two changes for a load test from one machine:
	 * every virtual respondent comes from 127.0.0.1, so the per-address limits on survey
	 * page loads (300 a minute, meant for a whole trust behind one address) are raised;
	 * and Vaadin's development tools are off, as in the browser tests. Connection pools
	 * and Tomcat threads keep their defaults.
	 */
	static BenchmarkApplication start(String database) throws IOException {
		BenchmarkApplication app = BenchmarkApplication.start(database, "--vaadin.devmode.devTools.enabled=false",
				"--threefold.rate-limit.survey-link=100000000/60",
				"--threefold.rate-limit.survey-link-navigation=100000000/60",
				"--logging.level.org.threefold.demo=info");
		ConfigurableApplicationContext context = app.context();
		// The floor page exists only in this application, at /load-floor, with no layout.
		VaadinServletContext servletContext = new VaadinServletContext(
				((WebApplicationContext) context).getServletContext());
		RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(servletContext))
			.setRoute("load-floor", FloorView.class, List.of());
		return app;
	}

	private void run(double[] rates, int seconds, int sessions) throws Exception {
		System.out.printf(Locale.ROOT,
				"%nThreefold respondent load test over HTTP: %s, %s, %d cores, JDK %s, "
						+ "max heap %d MB, pool %s, load average %s%n",
				this.database,
				ZonedDateTime.now(ZoneId.of("UTC")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
				Runtime.getRuntime().availableProcessors(), Runtime.version(), Runtime.getRuntime().maxMemory() >> 20,
				this.context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10"),
				loadAverage());

		Stage warmUp = respondents("warm-up", Math.min(10, rates[0]), Math.min(20, seconds));
		System.out.printf(Locale.ROOT, "warm-up: %d submissions, %d errors (not counted)%n", warmUp.completed(),
				warmUp.errorCount());

		if (sessions > 0) {
			memory(sessions);
		}
		List<Stage> stages = new ArrayList<>();
		for (double rate : rates) {
			Stage stage = respondents("respondents at " + format(rate) + "/s", rate, seconds);
			stages.add(stage);
			stage.print();
		}
		double floorRate = Arrays.stream(rates).max().orElse(25);
		Stage floor = floor(floorRate, seconds);
		floor.print();
		Stage busiest = stages.get(stages.size() - 1);
		System.out.printf(Locale.ROOT,
				"%nanswer save / empty-page click at %s arrivals/s: p50 %.1f / %.1f ms (%.1f×), p95 %.1f / %.1f ms (%.1f×)%n",
				format(floorRate), busiest.latencies.percentile(RespondentJourney.SAVE, 50),
				floor.latencies.percentile(FLOOR_CLICK, 50),
				busiest.latencies.percentile(RespondentJourney.SAVE, 50) / floor.latencies.percentile(FLOOR_CLICK, 50),
				busiest.latencies.percentile(RespondentJourney.SAVE, 95), floor.latencies.percentile(FLOOR_CLICK, 95),
				busiest.latencies.percentile(RespondentJourney.SAVE, 95) / floor.latencies.percentile(FLOOR_CLICK, 95));
		sizing(stages);
		System.out.printf(Locale.ROOT, "%nload average (1, 5, 15 min) at the end: %s%n", loadAverage());
	}

	/** Respondents arriving at {@code rate} a second for {@code seconds}. */
	private Stage respondents(String label, double rate, int seconds) throws Exception {
		AssessmentId assessment = openStaffPulse(label);
		List<String> links = staffLinks(assessment);
		Set<String> receipts = ConcurrentHashMap.newKeySet();
		Stage stage = arrivals(label, rate, seconds, (index, latencies) -> {
			VaadinClient client = new VaadinClient(this.http, this.base, REQUEST_TIMEOUT);
			RespondentJourney journey = new RespondentJourney(client, latencies, new Random(index));
			journey.start(links.get(index % links.size()));
			receipts.add(journey.answerAndSubmit());
		});
		stage.count(new JdbcTemplate(this.dataSource), assessment.value(), receipts);
		return stage;
	}

	static final String FLOOR_PAGE = "floor: empty page load";

	static final String FLOOR_CLICK = "floor: empty-page click (UIDL round trip)";

	/**
	 * Visitors to the empty page arriving at the same rate, each clicking as often as a
	 * respondent sends requests.
	 */
	private Stage floor(double rate, int seconds) throws Exception {
		return arrivals("floor (empty page) at " + format(rate) + "/s", rate, seconds, (index, latencies) -> {
			VaadinClient client = new VaadinClient(this.http, this.base, REQUEST_TIMEOUT);
			long started = System.nanoTime();
			client.open("load-floor");
			latencies.record(FLOOR_PAGE, System.nanoTime() - started);
			UidlTree.Node ping = client.tree()
				.shownWithClass("load-ping")
				.orElseThrow(() -> new VaadinClient.ProtocolException("no Ping button on the floor page"));
			for (int click = 1; click <= FLOOR_CLICKS; click++) {
				started = System.nanoTime();
				client.click(ping);
				latencies.record(FLOOR_CLICK, System.nanoTime() - started);
				String shown = client.tree().shownWithClass("load-count").map(client.tree()::text).orElse("");
				if (!shown.equals(Integer.toString(click))) {
					throw new VaadinClient.ProtocolException("floor page shows " + shown + " after click " + click);
				}
			}
		});
	}

	@FunctionalInterface
	private interface Visitor {

		void visit(int index, Latencies latencies) throws Exception;

	}

	/**
	 * Starts one visitor every 1/rate seconds, whatever the earlier ones are doing, each
	 * on a thread of its own (as its browser would be), and waits for all to finish.
	 */
	private Stage arrivals(String label, double rate, int seconds, Visitor visitor) throws Exception {
		Stage stage = new Stage(label, rate);
		int total = (int) Math.round(rate * seconds);
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger maxInFlight = new AtomicInteger();
		AtomicLong lastEnd = new AtomicLong();
		ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_IN_FLIGHT, MAX_IN_FLIGHT, 60, TimeUnit.SECONDS,
				new SynchronousQueue<>(), named("load-visitor-"));
		java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(total);
		CpuClock cpu = new CpuClock();
		String loadBefore = loadAverage();
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = start + Math.round(i * 1e9 / rate);
			long wait;
			while ((wait = due - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			int index = i;
			try {
				pool.execute(() -> {
					maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
					try {
						visitor.visit(index, stage.latencies);
						stage.completed.incrementAndGet();
					}
					catch (Exception ex) {
						stage.error(ex);
					}
					finally {
						inFlight.decrementAndGet();
						lastEnd.accumulateAndGet(System.nanoTime(), Math::max);
						finished.countDown();
					}
				});
			}
			catch (RejectedExecutionException ex) {
				stage.error(new IllegalStateException("arrival refused: " + MAX_IN_FLIGHT + " visitors in progress"));
				finished.countDown();
			}
		}
		if (!finished.await(10, TimeUnit.MINUTES)) {
			throw new IllegalStateException("visitors still running after 10 minutes");
		}
		// Measured before the pool's threads end, so their CPU time is still known.
		stage.cpu = cpu.since();
		pool.shutdown();
		stage.elapsedNanos = Math.max(1, lastEnd.get() - start);
		stage.arrivals = total;
		stage.maxInFlight = maxInFlight.get();
		stage.loadAverage = loadBefore + " → " + loadAverage();
		return stage;
	}

	/** What one stage measured. */
	private static final class Stage {

		final String label;

		final double rate;

		final Latencies latencies = new Latencies();

		final AtomicInteger completed = new AtomicInteger();

		final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

		private final java.util.concurrent.atomic.AtomicBoolean firstError = new java.util.concurrent.atomic.AtomicBoolean();

		int arrivals;

		int maxInFlight;

		long elapsedNanos;

		CpuClock.Used cpu;

		String loadAverage;

		String databaseCheck = "";

		boolean nothingLost = true;

		Stage(String label, double rate) {
			this.label = label;
			this.rate = rate;
		}

		void error(Exception ex) {
			if (this.firstError.compareAndSet(false, true)) {
				System.err.println(this.label + ": first error, for the record:");
				ex.printStackTrace();
			}
			String message = (ex instanceof HttpTimeoutException) ? "request timed out after " + REQUEST_TIMEOUT
					: ex.getClass().getSimpleName() + ": " + ex.getMessage();
			message = message.replaceAll("\\d+", "N");
			if (message.length() > 160) {
				message = message.substring(0, 160) + "…";
			}
			this.errors.computeIfAbsent(message, (key) -> new AtomicInteger()).incrementAndGet();
		}

		int completed() {
			return this.completed.get();
		}

		int errorCount() {
			return this.errors.values().stream().mapToInt(AtomicInteger::get).sum();
		}

		double perSecond() {
			return completed() / (this.elapsedNanos / 1e9);
		}

		/**
		 * Counts the stage's rows and compares them with what the respondents were shown.
		 */
		void count(JdbcTemplate jdbc, long assessment, Set<String> receipts) {
			int submitted = jdbc.queryForObject(
					"select count(*) from response where assessment_id = ? and status = 'SUBMITTED'", Integer.class,
					assessment);
			int drafts = jdbc.queryForObject(
					"select count(*) from response where assessment_id = ? and status = 'DRAFT'", Integer.class,
					assessment);
			int answers = jdbc.queryForObject("select count(*) from answer a join response r on r.id = a.response_id "
					+ "where r.assessment_id = ? and r.status = 'SUBMITTED'", Integer.class, assessment);
			Set<String> stored = new HashSet<>(jdbc.queryForList(
					"select receipt_code from response where assessment_id = ? and status = 'SUBMITTED'", String.class,
					assessment));
			int questions = 16;
			this.nothingLost = stored.equals(receipts) && submitted == completed() && answers == questions * submitted;
			this.databaseCheck = String.format(Locale.ROOT,
					"database: %d submitted responses (driver saw %d receipts, %s), %d answers (%d expected), "
							+ "%d drafts left by failed journeys: %s",
					submitted, receipts.size(), stored.equals(receipts) ? "the same codes" : "DIFFERENT codes", answers,
					questions * completed(), drafts, this.nothingLost ? "nothing lost" : "MISMATCH");
		}

		void print() {
			System.out.printf(Locale.ROOT, "%n### %s for %.0f s (load average %s)%n%n", this.label,
					this.arrivals / this.rate, this.loadAverage);
			System.out.printf(Locale.ROOT,
					"arrivals %d, completed %d, errors %d, %.1f completed/s, at most %d in progress at once%n",
					this.arrivals, completed(), errorCount(), perSecond(), this.maxInFlight);
			this.errors
				.forEach((message, count) -> System.out.printf(Locale.ROOT, "  error ×%d: %s%n", count.get(), message));
			System.out.println();
			System.out.println("| request | count | p50 ms | p95 ms | p99 ms | max ms |");
			System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
			this.latencies.counts()
				.forEach((kind, count) -> System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
						kind, count, this.latencies.percentile(kind, 50), this.latencies.percentile(kind, 95),
						this.latencies.percentile(kind, 99), this.latencies.percentile(kind, 100)));
			System.out.println();
			System.out.printf(Locale.ROOT,
					"CPU: server %.2f cores, load driver %.2f cores, whole machine %.2f of %d cores (%s)%n",
					this.cpu.serverCores(), this.cpu.driverCores(), this.cpu.machineCores(),
					Runtime.getRuntime().availableProcessors(),
					"server = this JVM less the driver's threads; the machine includes PostgreSQL and anything else");
			if (completed() > 0) {
				System.out.printf(Locale.ROOT, "server CPU per completed visitor: %.1f ms%n",
						this.cpu.serverNanos / 1e6 / completed());
			}
			if (!this.databaseCheck.isEmpty()) {
				System.out.println(this.databaseCheck);
			}
		}

	}

	/**
	 * Node count for the national peak from the stages that met the targets (no errors,
	 * nothing lost, answer-save p95 under 100 ms), and from CPU per submission.
	 */
	private static void sizing(List<Stage> stages) {
		System.out.println();
		Optional<Stage> best = stages.stream()
			.filter((s) -> s.errorCount() == 0 && s.nothingLost
					&& s.latencies.percentile(RespondentJourney.SAVE, 95) < TARGET_SAVE_P95_MS)
			.max(Comparator.comparingDouble(Stage::perSecond));
		for (Stage stage : stages) {
			boolean met = stage.errorCount() == 0 && stage.nothingLost
					&& stage.perSecond() >= TARGET_SUBMISSIONS_PER_SECOND * 0.98
					&& stage.latencies.percentile(RespondentJourney.SAVE, 95) < TARGET_SAVE_P95_MS;
			System.out.printf(Locale.ROOT,
					"target (≥ %.0f submissions/s, answer-save p95 < %.0f ms, no errors, nothing lost) at %s/s: %s "
							+ "(%.1f/s, p95 %.1f ms, %d errors)%n",
					TARGET_SUBMISSIONS_PER_SECOND, TARGET_SAVE_P95_MS, format(stage.rate), met ? "met" : "NOT met",
					stage.perSecond(), stage.latencies.percentile(RespondentJourney.SAVE, 95), stage.errorCount());
		}
		best.ifPresentOrElse((stage) -> System.out.printf(Locale.ROOT,
				"national peak of %.0f submissions/s: the highest rate within the targets was %.1f/s per node "
						+ "(a lower bound of its capacity unless that stage was saturated) → at most %d nodes%n",
				NATIONAL_PEAK_PER_SECOND, stage.perSecond(),
				(int) Math.ceil(NATIONAL_PEAK_PER_SECOND / stage.perSecond())),
				() -> System.out.println("no stage met the latency and error targets: no measured per-node rate"));
		for (Stage stage : stages) {
			if (stage.completed() > 0) {
				double cpuPerSubmission = stage.cpu.serverNanos / 1e9 / stage.completed();
				double perNode = Runtime.getRuntime().availableProcessors() / cpuPerSubmission;
				System.out.printf(Locale.ROOT,
						"from CPU at %s/s: %.1f ms of server CPU per submission → at most %.0f submissions/s on %d "
								+ "cores fully busy → %d nodes for %.0f/s%n",
						format(stage.rate), cpuPerSubmission * 1000, perNode,
						Runtime.getRuntime().availableProcessors(), (int) Math.ceil(NATIONAL_PEAK_PER_SECOND / perNode),
						NATIONAL_PEAK_PER_SECOND);
			}
		}
	}

	/**
	 * Heap retained per open respondent form: the used heap after full collections before
	 * and after respondents have opened a link, pressed Start and answered the first
	 * page, divided by their number; in two equal steps, so that the two figures show
	 * whether the growth is linear. The driver keeps nothing of them, so what stays is
	 * the server's: HTTP session, Vaadin session, UI and component tree. Measured before
	 * the load stages, whose thousands of finished sessions would otherwise be collected
	 * in between.
	 */
	private void memory(int sessions) throws Exception {
		AssessmentId assessment = openStaffPulse("memory");
		List<String> links = staffLinks(assessment);
		int half = sessions / 2;
		long before = heapAfterGc();
		int opened = openForms(links, 0, half);
		long middle = heapAfterGc();
		opened += openForms(links, half, sessions);
		long after = heapAfterGc();
		int drafts = new JdbcTemplate(this.dataSource).queryForObject(
				"select count(*) from response where assessment_id = ? and status = 'DRAFT'", Integer.class,
				assessment.value());
		System.out.printf(Locale.ROOT,
				"%nmemory: %d respondent forms open (first page answered; %d drafts in the database); heap after "
						+ "full GC %.1f → %.1f → %.1f MB: %.1f KB per respondent session in the first %d, %.1f KB in "
						+ "the next %d (load average %s)%n",
				opened, drafts, before / 1048576.0, middle / 1048576.0, after / 1048576.0,
				(middle - before) / 1024.0 / half, half, (after - middle) / 1024.0 / (sessions - half), sessions - half,
				loadAverage());
	}

	private int openForms(List<String> links, int from, int to) throws InterruptedException {
		AtomicInteger opened = new AtomicInteger();
		try (ExecutorService pool = Executors.newFixedThreadPool(8, named("load-memory-"))) {
			for (int i = from; i < to; i++) {
				int index = i;
				pool.execute(() -> {
					try {
						VaadinClient client = new VaadinClient(this.http, this.base, REQUEST_TIMEOUT);
						RespondentJourney journey = new RespondentJourney(client, (kind, nanos) -> {
						}, new Random(index));
						journey.start(links.get(index % links.size()));
						journey.answerPage();
						opened.incrementAndGet();
					}
					catch (Exception ex) {
						System.err.println("memory: a respondent form failed: " + ex);
					}
				});
			}
		}
		return opened.get();
	}

	/** Used heap after full collections: the least of five. */
	static long heapAfterGc() throws InterruptedException {
		long least = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(300);
			least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return least;
	}

	private AssessmentId openStaffPulse(String label) {
		SignedInUser leader = leader();
		return SystemTask.as(leader, () -> {
			LocalDate today = LocalDate.now(LONDON);
			Set<PartnerId> partners = new JdbcTemplate(this.dataSource)
				.queryForList("select id from partner where ics_id = ?", Long.class,
						leader.icsId().orElseThrow().value())
				.stream()
				.map(PartnerId::new)
				.collect(Collectors.toSet());
			AssessmentId created = this.assessments
				.createDraft(new AssessmentPlan("Load test: " + label, "Load test", today, today.plusDays(30), 5, 10,
						true, true, null, "staff-pulse", partners))
				.id();
			this.assessments.open(created);
			return created;
		});
	}

	private List<String> staffLinks(AssessmentId id) {
		return SystemTask.as(leader(), () -> this.assessments.links(id))
			.stream()
			.filter((link) -> link.audience() == Audience.STAFF)
			.map(InvitationLinkView::url)
			.map((url) -> url.substring(url.lastIndexOf('/') + 1))
			.toList();
	}

	private SignedInUser leader() {
		long ics = new JdbcTemplate(this.dataSource).queryForObject("select id from ics where code = 'NORTH-VALE'",
				Long.class);
		return new SignedInUser(new UserId(Long.MAX_VALUE - 1), "load-test", "Load test", Role.ICS_LEADER,
				Optional.of(new IcsId(ics)), Optional.empty());
	}

	/**
	 * CPU time of this JVM split into the load driver's threads (visitors, the HTTP
	 * client's) and the rest (the server: Tomcat, Vaadin, Hibernate, the pool, H2, GC),
	 * and of the whole machine from {@code /proc/stat}.
	 */
	private static final class CpuClock {

		record Used(long serverNanos, long driverNanos, long machineNanos, long wallNanos) {

			double serverCores() {
				return this.serverNanos / (double) this.wallNanos;
			}

			double driverCores() {
				return this.driverNanos / (double) this.wallNanos;
			}

			double machineCores() {
				return this.machineNanos / (double) this.wallNanos;
			}

		}

		private final long process = processCpu();

		private final long driver = driverCpu();

		private final long machine = machineBusy();

		private final long wall = System.nanoTime();

		Used since() {
			long driverUsed = driverCpu() - this.driver;
			return new Used(processCpu() - this.process - driverUsed, driverUsed, machineBusy() - this.machine,
					System.nanoTime() - this.wall);
		}

		private static long processCpu() {
			return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
		}

		/** Threads of the driver still alive; visitor pools live until measured. */
		private static long driverCpu() {
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long total = 0;
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				String name = thread.getName();
				if (name.startsWith("load-") || name.startsWith("HttpClient-")) {
					long used = threads.getThreadCpuTime(thread.threadId());
					total += Math.max(0, used);
				}
			}
			return total;
		}

		/** Busy time of all cores (user, nice, system, irq, softirq), in nanoseconds. */
		private static long machineBusy() {
			try {
				String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long ticks = 0;
				for (int i : new int[] { 1, 2, 3, 6, 7 }) {
					ticks += Long.parseLong(fields[i]);
				}
				return ticks * 10_000_000L;
			}
			catch (IOException | RuntimeException ex) {
				return 0;
			}
		}

	}

	private static java.util.concurrent.ThreadFactory named(String prefix) {
		AtomicInteger number = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, prefix + number.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	private static String format(double rate) {
		return (rate == Math.rint(rate)) ? Long.toString((long) rate) : Double.toString(rate);
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

}
