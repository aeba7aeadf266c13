package org.threefold.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.ThreefoldApplication;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.WorkshopId;
import org.threefold.workshop.JoinRequest;
import org.threefold.workshop.Joined;
import org.threefold.workshop.LiveWorkshopBus;
import org.threefold.workshop.ParticipantScreen;
import org.threefold.workshop.TurnOutcome;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopParticipation;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;

/**
 * 300 participants connected to one workshop: how long a facilitator action takes to
 * reach every participant's screen state, and how much memory the workshop holds per
 * participant. Real: the application, the database (H2 on disk), the facilitator's
 * service call with its stored event, the in-memory bus and its delivery threads, and for
 * each participant the same coalescing and the same service call ({@code screen(token)})
 * that a participant's view makes on a push. Simulated: the 300 browsers. The Vaadin
 * component rebuild and the websocket write of each view are not included (see
 * docs/performance.md).
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dspring-javaformat.skip -Dexec.executable=java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.args="-classpath %classpath org.threefold.benchmark.WorkshopBenchmark 300 40"
 * </pre>
 */
public final class WorkshopBenchmark {

	private WorkshopBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int people = (args.length > 0) ? Integer.parseInt(args[0]) : 300;
		int actions = (args.length > 1) ? Integer.parseInt(args[1]) : 40;
		Path h2 = Files.createTempDirectory("threefold-workshop-bench");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(ThreefoldApplication.class).run(
				"--threefold.demo.enabled=true", "--threefold.scheduling.enabled=false", "--logging.level.root=warn",
				"--spring.main.banner-mode=off", "--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + h2.resolve("threefold") + ";AUTO_SERVER=FALSE");
		try {
			run(context, people, actions);
		}
		finally {
			context.close();
			try (var files = Files.walk(h2)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	/** One simulated participant screen: what LiveRefresh and ParticipantView do. */
	private static final class Screen {

		final AtomicBoolean pending = new AtomicBoolean();

		final AtomicReference<ParticipantScreen> shown = new AtomicReference<>();

		final String token;

		Screen(String token) {
			this.token = token;
		}

	}

	private static void run(ConfigurableApplicationContext context, int people, int actions) throws Exception {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		WorkshopService workshops = context.getBean(WorkshopService.class);
		WorkshopParticipation participation = context.getBean(WorkshopParticipation.class);
		LiveWorkshopBus bus = context.getBean(LiveWorkshopBus.class);
		IcsId ics = new IcsId(jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		List<PartnerId> partners = jdbc.queryForList("select id from partner where ics_id = ?", Long.class, ics.value())
			.stream()
			.map(PartnerId::new)
			.toList();
		SignedInUser facilitator = new SignedInUser(new org.threefold.shared.UserId(1), "bench", "Bench",
				Role.FACILITATOR, java.util.Optional.of(ics), java.util.Optional.empty());
		WorkshopId id = SystemTask.as(facilitator,
				() -> workshops.create(WorkshopPlan.template("Benchmark", WorkshopMode.ONLINE, null)));
		String code = SystemTask.as(facilitator, () -> workshops.snapshot(id)).joinCode();

		System.gc();
		long heapBefore = usedHeap();
		long joinStart = System.nanoTime();
		List<Screen> screens = new ArrayList<>();
		List<Long> order = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			Joined joined = participation.join(code,
					new JoinRequest("Person " + i, partners.get(i % partners.size()),
							Profession.values()[i % Profession.values().length],
							SeniorityBand.values()[i % SeniorityBand.values().length]));
			screens.add(new Screen(joined.token()));
			order.add(joined.participant());
		}
		long joinMs = (System.nanoTime() - joinStart) / 1_000_000;

		AtomicLong target = new AtomicLong();
		AtomicLong actionStart = new AtomicLong();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicReference<CountDownLatch> reached = new AtomicReference<>(new CountDownLatch(0));
		List<LiveWorkshopBus.Subscription> subscriptions = new ArrayList<>();
		for (Screen screen : screens) {
			screen.shown.set(participation.screen(screen.token));
			subscriptions.add(bus.subscribe(id, (change) -> {
				if (screen.pending.compareAndSet(false, true)) {
					// What UI.access runs: clear the flag, read the latest state, redraw.
					screen.pending.set(false);
					ParticipantScreen latest = participation.screen(screen.token);
					ParticipantScreen before = screen.shown.getAndSet(latest);
					if (latest.version() >= target.get() && (before == null || before.version() < target.get())) {
						latencies.add(System.nanoTime() - actionStart.get());
						reached.get().countDown();
					}
				}
			}));
		}
		SystemTask.as(facilitator, () -> workshops.start(id));
		SystemTask.as(facilitator, () -> workshops.startRound(id, "Q", order, null));
		Thread.sleep(500);
		System.gc();
		long heapAfter = usedHeap();

		List<Long> all = new ArrayList<>();
		for (int i = 0; i < actions; i++) {
			WorkshopSnapshot state = SystemTask.as(facilitator, () -> workshops.snapshot(id));
			latencies.clear();
			CountDownLatch latch = new CountDownLatch(people);
			reached.set(latch);
			target.set(state.version() + 1);
			actionStart.set(System.nanoTime());
			if (state.round().orElseThrow().speaker().isPresent()) {
				long speaker = state.round().orElseThrow().speaker().get();
				SystemTask.as(facilitator, () -> workshops.endTurn(id, speaker, TurnOutcome.SPOKE));
			}
			else {
				SystemTask.as(facilitator, () -> workshops.inviteNext(id));
			}
			if (!latch.await(30, TimeUnit.SECONDS)) {
				throw new IllegalStateException("Not every screen was reached in 30 s: " + latch.getCount() + " left");
			}
			if (i >= 5) {
				latencies.forEach(all::add);
			}
		}
		subscriptions.forEach(LiveWorkshopBus.Subscription::close);
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		System.out.printf("participants=%d actions=%d (first 5 are warm-up) joins=%d ms%n", people, actions, joinMs);
		System.out.printf("action -> every participant screen: p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
				percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted[sorted.length - 1] / 1e6);
		System.out.printf(
				"retained heap for the workshop, participants, subscriptions and screen states:"
						+ " %.1f KB per participant (%d KB total)%n",
				(heapAfter - heapBefore) / 1024.0 / people, (heapAfter - heapBefore) / 1024);
		System.out.println("cores=" + Runtime.getRuntime().availableProcessors() + " load="
				+ ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		if (screens.isEmpty()) {
			System.out.println(Arrays.toString(sorted));
		}
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
