package org.threefold.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.threefold.ThreefoldApplication;
import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.InvitationLinkView;
import org.threefold.assessment.RespondentProfile;
import org.threefold.assessment.RespondentService;
import org.threefold.assessment.ResponseState;
import org.threefold.assessment.internal.AnswerStore;
import org.threefold.assessment.internal.Secrets;
import org.threefold.partner.PartnerNames;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.RespondentScorer;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;
import org.threefold.support.Infrastructure;

/**
 * Measures the respondent's two server-side operations under concurrency, for the
 * performance targets: saving one answer (p95 under 30 ms with 100 respondents answering
 * at once) and a complete submission including scoring (p95 under 100 ms). Not a test:
 * Maven never runs it (it is neither {@code *Test} nor {@code *IT}); docs/performance.md
 * gives the command and the results.
 * <p>
 * It starts the whole application on the chosen database, opens a staff pulse across
 * every demo partner, and then runs rounds in which each of N virtual respondents (one
 * thread each, as a servlet container would give each request a thread) starts a
 * response, answers every question with a pause between answers, and submits. The time of
 * each {@link RespondentService#saveAnswer} and {@link RespondentService#submit} call is
 * taken with {@link System#nanoTime()}. The first round warms the JIT and the connection
 * pool and is not counted.
 * <p>
 * For comparison it measures a floor the same way: the same threads, pauses and pool,
 * each call a bare JDBC single-row upsert (the statement {@code AnswerStore} uses) in its
 * own transaction. The ratio of the service to the floor shows how much of the time is
 * the application rather than the database round trip.
 * <p>
 * Arguments: {@code database [respondents] [rounds] [pauseMs]}, where database is
 * {@code h2} (embedded H2 on disk, the default installation), {@code h2mem} or
 * {@code postgres} (the {@code postgres} profile, in a throwaway schema dropped
 * afterwards; the connection comes from {@link Infrastructure}). Defaults: 100
 * respondents, 3 measured rounds, pauses of 500–1500 ms between answers (mean 1 s,
 * several times faster than people read and answer). A pause of 0 measures saturation
 * instead: every thread calls back to back.
 */
public final class RespondentBenchmark {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	/** The statement {@code AnswerStore} uses, on a table of its own. */
	private static final String FLOOR_UPSERT = """
			merge into bench_floor f
			using (values (cast(? as bigint), cast(? as varchar(64)), cast(? as varchar(4000))))
			  as v(k, item_id, answer_value)
			on f.k = v.k and f.item_id = v.item_id
			when matched then update set answer_value = v.answer_value
			when not matched then insert (k, item_id, answer_value) values (v.k, v.item_id, v.answer_value)""";

	private final ConfigurableApplicationContext context;

	private final RespondentService respondents;

	private final AssessmentService assessments;

	private final DataSource dataSource;

	private final int threads;

	private final int pauseMs;

	private RespondentBenchmark(ConfigurableApplicationContext context, int threads, int pauseMs) {
		this.context = context;
		this.respondents = context.getBean(RespondentService.class);
		this.assessments = context.getBean(AssessmentService.class);
		this.dataSource = context.getBean(DataSource.class);
		this.threads = threads;
		this.pauseMs = pauseMs;
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "h2";
		int respondents = (args.length > 1) ? Integer.parseInt(args[1]) : 100;
		int rounds = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		int pauseMs = (args.length > 3) ? Integer.parseInt(args[3]) : 1000;
		String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Path h2Directory = Files.createTempDirectory("threefold-bench");
		// As command-line arguments, which win over application.properties.
		List<String> settings = new ArrayList<>(List.of("--threefold.demo.enabled=true",
				"--threefold.scheduling.enabled=false", "--logging.level.root=warn",
				"--logging.level.org.threefold.demo=info", "--spring.main.banner-mode=off"));
		// The web server runs, on any free port, because Vaadin's security set-up needs a
		// servlet context; nothing calls it.
		settings.add("--server.port=0");
		SpringApplicationBuilder builder = new SpringApplicationBuilder(ThreefoldApplication.class);
		switch (database) {
			case "h2" -> settings
				.add("--spring.datasource.url=jdbc:h2:file:" + h2Directory.resolve("threefold") + ";AUTO_SERVER=FALSE");
			case "h2mem" -> settings.add("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
			case "postgres" -> {
				String separator = Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?";
				builder.profiles("postgres");
				settings.addAll(List.of(
						"--spring.datasource.url=" + Infrastructure.POSTGRES_URL + separator + "currentSchema="
								+ schema,
						"--spring.datasource.username=" + Infrastructure.POSTGRES_USER,
						"--spring.datasource.password=" + Infrastructure.POSTGRES_PASSWORD,
						"--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true"));
			}
			default -> throw new IllegalArgumentException("database must be h2, h2mem or postgres, not " + database);
		}
		ConfigurableApplicationContext context = null;
		try {
			context = builder.run(settings.toArray(String[]::new));
			new RespondentBenchmark(context, respondents, pauseMs).run(database, rounds);
		}
		finally {
			// Also after a failed start: the schema or the H2 files may exist already.
			if (context != null) {
				context.close();
			}
			if (database.equals("postgres")) {
				try (Connection connection = Infrastructure.postgres();
						Statement statement = connection.createStatement()) {
					statement.execute("drop schema if exists " + schema + " cascade");
				}
			}
			deleteQuietly(h2Directory);
		}
	}

	private void run(String database, int rounds) throws Exception {
		SignedInUser leader = leader();
		AssessmentId id = SystemTask.as(leader, () -> {
			LocalDate today = LocalDate.now(LONDON);
			Set<PartnerId> partners = new JdbcTemplate(this.dataSource)
				.queryForList("select id from partner where ics_id = ?", Long.class,
						leader.icsId().orElseThrow().value())
				.stream()
				.map(PartnerId::new)
				.collect(Collectors.toSet());
			AssessmentId created = this.assessments
				.createDraft(new AssessmentPlan("Benchmark pulse", "Benchmark", today, today.plusDays(30), 5, 10, true,
						true, null, "staff-pulse", partners))
				.id();
			this.assessments.open(created);
			return created;
		});
		List<String> links = SystemTask.as(leader, () -> this.assessments.links(id))
			.stream()
			.filter((link) -> link.audience() == Audience.STAFF)
			.map(InvitationLinkView::url)
			.map((url) -> url.substring(url.lastIndexOf('/') + 1))
			.toList();
		createFloorTable();

		System.out.printf(Locale.ROOT,
				"%nThreefold respondent benchmark: %s, %d respondents, %d measured rounds, "
						+ "pause %s, %d cores, JDK %s, pool %s, load average %s%n",
				database, this.threads, rounds,
				(this.pauseMs == 0) ? "none (saturation)" : (this.pauseMs / 2) + "-" + (this.pauseMs * 3 / 2) + " ms",
				Runtime.getRuntime().availableProcessors(), Runtime.version(), poolSize(), loadAverage());
		Samples warmSaves = new Samples();
		Samples warmSubmits = new Samples();
		respondentRound(links, warmSaves, warmSubmits);
		floorRound(new Samples(), warmSaves.count());
		System.out.printf(Locale.ROOT, "warm-up round: %d saves, %d submissions (not counted)%n", warmSaves.count(),
				warmSubmits.count());

		Samples saves = new Samples();
		Samples submits = new Samples();
		Samples floor = new Samples();
		long serviceNanos = 0;
		long floorNanos = 0;
		for (int round = 0; round < rounds; round++) {
			long started = System.nanoTime();
			respondentRound(links, saves, submits);
			serviceNanos += System.nanoTime() - started;
			started = System.nanoTime();
			floorRound(floor, saves.count() / (round + 1));
			floorNanos += System.nanoTime() - started;
		}
		System.out.println();
		System.out.println("| operation | calls | p50 ms | p95 ms | p99 ms | max ms | calls/s |");
		System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
		saves.print("saveAnswer", serviceNanos);
		submits.print("submit (with scoring)", serviceNanos);
		floor.print("floor: bare JDBC upsert", floorNanos);
		System.out.printf(Locale.ROOT, "%nsaveAnswer / floor: p50 %.1f×, p95 %.1f×%n",
				saves.percentile(50) / floor.percentile(50), saves.percentile(95) / floor.percentile(95));
		System.out.printf(Locale.ROOT,
				"targets: saveAnswer p95 %.1f ms (target < 30): %s; submit p95 %.1f ms (target < 100): %s%n",
				saves.percentile(95), (saves.percentile(95) < 30) ? "met" : "MISSED", submits.percentile(95),
				(submits.percentile(95) < 100) ? "met" : "MISSED");
		breakdown(links.get(0));
		System.out.printf(Locale.ROOT, "%nload average (1, 5, 15 min) at the end: %s%n", loadAverage());
	}

	/**
	 * Where the time of one save goes, with nothing else running: the parts of
	 * {@code saveAnswer} timed one by one on a single thread, so a slow part stands out.
	 */
	private void breakdown(String link) {
		String secret = this.respondents.startFromLink(link, null).deviceSecret();
		ResponseState state = this.respondents.resume(secret).orElseThrow();
		Item likert = state.questionnaire()
			.items()
			.filter((item) -> item.spec() instanceof ItemSpec.Likert)
			.findFirst()
			.orElseThrow();
		long responseId = new JdbcTemplate(this.dataSource)
			.queryForObject("select id from response where device_secret_hash = ?", Long.class, Secrets.sha256(secret));
		List<PartnerId> partners = state.partners()
			.stream()
			.map((p) -> new PartnerId(Long.parseLong(p.key())))
			.toList();
		AnswerStore store = this.context.getBean(AnswerStore.class);
		PartnerNames names = this.context.getBean(PartnerNames.class);
		TransactionTemplate transactions = this.context.getBean(TransactionTemplate.class);
		RespondentScorer scorer = new RespondentScorer(
				this.context.getBean(QuestionnaireCatalog.class).framework().orElseThrow());
		Map<String, Samples> parts = new LinkedHashMap<>();
		for (String part : List.of("saveAnswer (whole call)", "resume: find response + build its state",
				"partner names (one query)", "answer upsert alone, in a transaction", "score one response (no SQL)")) {
			parts.put(part, new Samples());
		}
		for (int i = 0; i < 600; i++) {
			String value = Integer.toString(1 + (i % 5));
			boolean counted = i >= 100;
			time(parts.get("saveAnswer (whole call)"), counted,
					() -> this.respondents.saveAnswer(secret, AnswerKey.of(likert.id()), value));
			time(parts.get("resume: find response + build its state"), counted, () -> this.respondents.resume(secret));
			time(parts.get("partner names (one query)"), counted, () -> names.of(partners));
			time(parts.get("answer upsert alone, in a transaction"), counted, () -> transactions
				.executeWithoutResult((status) -> store.save(responseId, AnswerKey.of(likert.id()), value)));
			ResponseState current = state;
			time(parts.get("score one response (no SQL)"), counted,
					() -> scorer.score(current.questionnaire(), current.singleAnswers()));
		}
		System.out.println();
		System.out.println("One thread, nothing else running (500 calls each after 100 to warm up):");
		System.out.println();
		System.out.println("| part | p50 ms | p95 ms |");
		System.out.println("| --- | ---: | ---: |");
		parts.forEach((part, samples) -> System.out.printf(Locale.ROOT, "| %s | %.2f | %.2f |%n", part,
				samples.percentile(50), samples.percentile(95)));
	}

	private static void time(Samples samples, boolean counted, Runnable call) {
		long started = System.nanoTime();
		call.run();
		if (counted) {
			samples.addAll(new long[] { System.nanoTime() - started });
		}
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	/**
	 * Every respondent starts, answers each question in order with pauses, and submits.
	 */
	private void respondentRound(List<String> links, Samples saves, Samples submits) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try {
			List<Future<long[][]>> results = new ArrayList<>();
			for (int i = 0; i < this.threads; i++) {
				String link = links.get(i % links.size());
				long seed = i;
				results.add(pool.submit(() -> {
					start.await();
					return respondent(link, new Random(seed));
				}));
			}
			start.countDown();
			for (Future<long[][]> result : results) {
				long[][] times = result.get();
				saves.addAll(times[0]);
				submits.addAll(times[1]);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * One person's journey; returns the save times and the submit time in nanoseconds.
	 */
	private long[][] respondent(String link, Random random) throws InterruptedException {
		pause(random);
		String secret = this.respondents
			.startFromLink(link, new RespondentProfile(Profession.NURSE, SeniorityBand.FRONTLINE))
			.deviceSecret();
		ResponseState state = this.respondents.resume(secret).orElseThrow();
		List<Item> items = state.questionnaire().items().toList();
		long[] saveTimes = new long[items.size()];
		int saved = 0;
		for (Item item : items) {
			String value = answer(item, random);
			if (value == null || !state.visible(item)) {
				continue;
			}
			pause(random);
			long started = System.nanoTime();
			state = this.respondents.saveAnswer(secret, AnswerKey.of(item.id()), value);
			saveTimes[saved++] = System.nanoTime() - started;
		}
		pause(random);
		long started = System.nanoTime();
		this.respondents.submit(secret);
		long submitTime = System.nanoTime() - started;
		return new long[][] { Arrays.copyOf(saveTimes, saved), { submitTime } };
	}

	/**
	 * The floor: the same threads and pauses, each call one single-row upsert in its own
	 * transaction, on a connection from the application's pool.
	 */
	private void floorRound(Samples floor, int calls) throws Exception {
		int perThread = Math.max(1, calls / this.threads);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try {
			List<Future<long[]>> results = new ArrayList<>();
			for (int i = 0; i < this.threads; i++) {
				long seed = 1000 + i;
				long key = i;
				results.add(pool.submit(() -> {
					start.await();
					Random random = new Random(seed);
					long[] times = new long[perThread];
					for (int call = 0; call < perThread; call++) {
						pause(random);
						long started = System.nanoTime();
						upsert(key, "item-" + (call % 16), Integer.toString(1 + random.nextInt(5)));
						times[call] = System.nanoTime() - started;
					}
					return times;
				}));
			}
			start.countDown();
			for (Future<long[]> result : results) {
				floor.addAll(result.get());
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private void upsert(long key, String item, String value) throws Exception {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(FLOOR_UPSERT)) {
				statement.setLong(1, key);
				statement.setString(2, item);
				statement.setString(3, value);
				statement.executeUpdate();
			}
			connection.commit();
			connection.setAutoCommit(true);
		}
	}

	private void createFloorTable() {
		new JdbcTemplate(this.dataSource).execute("""
				create table bench_floor (k bigint not null, item_id varchar(64) not null,
				  answer_value varchar(4000) not null, primary key (k, item_id))""");
	}

	private String poolSize() {
		return this.context.getEnvironment().getProperty("spring.datasource.hikari.maximum-pool-size", "10");
	}

	private void pause(Random random) throws InterruptedException {
		if (this.pauseMs > 0) {
			Thread.sleep(this.pauseMs / 2 + random.nextInt(this.pauseMs + 1));
		}
	}

	/** A valid answer of the kind a person gives; null for questions this run skips. */
	private static String answer(Item item, Random random) {
		return switch (item.spec()) {
			case ItemSpec.Likert likert -> Integer.toString(1 + random.nextInt(5));
			case ItemSpec.Choice choice -> choice.options().get(random.nextInt(choice.options().size())).value();
			case ItemSpec.NumberInput number -> number.min().toPlainString();
			case ItemSpec.FreeText text -> "Fewer logins, and one list of who to call in each team.";
			default -> null;
		};
	}

	private SignedInUser leader() {
		long ics = new JdbcTemplate(this.dataSource).queryForObject("select id from ics where code = 'NORTH-VALE'",
				Long.class);
		return new SignedInUser(new UserId(Long.MAX_VALUE - 1), "benchmark", "Benchmark", Role.ICS_LEADER,
				Optional.of(new IcsId(ics)), Optional.empty());
	}

	private static void deleteQuietly(Path directory) {
		try (var files = Files.walk(directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// A temporary directory left behind is harmless.
		}
	}

	/** Latencies in nanoseconds; percentiles by nearest rank. */
	private static final class Samples {

		private long[] values = new long[1024];

		private int count;

		synchronized void addAll(long[] more) {
			if (this.count + more.length > this.values.length) {
				this.values = Arrays.copyOf(this.values, Math.max(this.values.length * 2, this.count + more.length));
			}
			System.arraycopy(more, 0, this.values, this.count, more.length);
			this.count += more.length;
		}

		int count() {
			return this.count;
		}

		/** In milliseconds. */
		double percentile(double p) {
			long[] sorted = Arrays.copyOf(this.values, this.count);
			Arrays.sort(sorted);
			int rank = (int) Math.ceil(p / 100 * sorted.length);
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
		}

		void print(String operation, long wallNanos) {
			System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f |%n", operation, this.count,
					percentile(50), percentile(95), percentile(99), percentile(100), this.count / (wallNanos / 1e9));
		}

	}

}
