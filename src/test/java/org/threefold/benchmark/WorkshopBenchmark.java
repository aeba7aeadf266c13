package org.threefold.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;

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
import org.threefold.support.SpringMockServlet;
import org.threefold.workshop.JoinRequest;
import org.threefold.workshop.Joined;
import org.threefold.workshop.LiveWorkshopBus;
import org.threefold.workshop.TurnOutcome;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopParticipation;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;
import org.threefold.workshop.ui.ParticipantView;

/**
 * 300 participants connected to one workshop, each with a real {@link ParticipantView} in
 * a Vaadin session and UI of their own: how long a facilitator action takes to reach
 * every participant's pushed screen, and how much heap the workshop holds per
 * participant.
 * <p>
 * Real: the application and its database (H2 on disk), the facilitator's service call
 * with its stored event, the in-memory bus and its two delivery threads, and per
 * participant the view Spring builds on navigation to {@code /w/<code>} (found by its
 * cookie), its subscription through {@code LiveRefresh} on attach, {@code UI.access} from
 * the bus thread, the session lock taken on that thread, the view's redraw, and Vaadin's
 * push encoding the change as the UIDL message. Simulated: the browsers (sessions are
 * built as Karibu-Testing builds them, {@link ParticipantSessions}); the push message is
 * handed to the benchmark instead of Atmosphere's websocket, so the socket write, the
 * network and the browser's rendering are not included.
 *
 * <pre>
 * ./mvnw -q -B -Dspring-javaformat.skip test-compile exec:exec -Dexec.executable=java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.args="-classpath %classpath org.threefold.benchmark.WorkshopBenchmark 300 40"
 * </pre>
 */
public final class WorkshopBenchmark {

	private static final int WARM_UP = 5;

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
			new WorkshopBenchmark().run(context, people, actions);
		}
		finally {
			MockVaadin.tearDown();
			context.close();
			try (var files = Files.walk(h2)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
			}
		}
	}

	/**
	 * The state one action should bring to every screen: the line of the round's order at
	 * {@code position} reads {@code name — status}.
	 */
	private record Expected(int number, int position, String name, String status, long start) {

		boolean shownBy(UI ui) {
			Optional<OrderedList> order = ParticipantSessions.find(ui, OrderedList.class, "tf-ws-order");
			if (order.isEmpty()) {
				return false;
			}
			// A phone shows a window on a long order (OrderWindow): the line is found by
			// its
			// place in the order, the list item's value.
			String place = Integer.toString(this.position + 1);
			return order.get()
				.getChildren()
				.map(ListItem.class::cast)
				.filter((item) -> place.equals(item.getElement().getAttribute("value")))
				.map((item) -> item.getElement().getTextRecursively())
				.anyMatch((text) -> text.equals(this.name + " — " + this.status)
						|| text.equals(this.name + " (you) — " + this.status));
		}

	}

	private volatile Expected expected;

	private volatile CountDownLatch reached = new CountDownLatch(0);

	private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();

	private final AtomicLong pushedBytes = new AtomicLong();

	private final AtomicLong pushes = new AtomicLong();

	/** Per UI, the last action it was seen to show; read and written under its lock. */
	private final java.util.Map<UI, Integer> shown = new java.util.concurrent.ConcurrentHashMap<>();

	/** Called by every push, on the thread that pushed, with the UI's session locked. */
	private void pushed(UI ui, String message) {
		long now = System.nanoTime();
		this.pushes.incrementAndGet();
		this.pushedBytes.addAndGet(message.length());
		Expected target = this.expected;
		if (target != null && this.shown.getOrDefault(ui, -1) < target.number() && target.shownBy(ui)) {
			this.shown.put(ui, target.number());
			this.latencies.add(now - target.start());
			this.reached.countDown();
		}
	}

	private void run(ConfigurableApplicationContext context, int people, int actions) throws Exception {
		System.out.println(machine("before"));
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
		MockVaadin.setup(UI::new,
				new SpringMockServlet(new Routes(Set.of(ParticipantView.class), Set.of(), true), context));
		VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();

		// One participant of another workshop first, so that class loading and Vaadin's
		// caches are in the baseline rather than charged to the 300.
		WorkshopId warmUp = SystemTask.as(facilitator,
				() -> workshops.create(WorkshopPlan.template("Warm-up", WorkshopMode.ONLINE, null)));
		String warmUpCode = SystemTask.as(facilitator, () -> workshops.snapshot(warmUp)).joinCode();
		Joined warm = participation.join(warmUpCode, request(0, partners));
		VaadinSession warmSession = ParticipantSessions.open(service, "w/" + warmUpCode,
				List.of(cookie(warmUpCode, warm.token())), this::pushed);

		WorkshopId id = SystemTask.as(facilitator,
				() -> workshops.create(WorkshopPlan.template("Benchmark", WorkshopMode.ONLINE, null)));
		String code = SystemTask.as(facilitator, () -> workshops.snapshot(id)).joinCode();
		long heapBefore = settledHeap();

		long joinStart = System.nanoTime();
		List<Joined> joined = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			joined.add(participation.join(code, request(i, partners)));
		}
		long joinMs = (System.nanoTime() - joinStart) / 1_000_000;
		long heapJoined = settledHeap();
		long openStart = System.nanoTime();
		List<VaadinSession> sessions = new ArrayList<>();
		for (Joined person : joined) {
			sessions.add(ParticipantSessions.open(service, "w/" + code, List.of(cookie(code, person.token())),
					this::pushed));
		}
		long openMs = (System.nanoTime() - openStart) / 1_000_000;
		if (bus.listeners(id) != people) {
			throw new IllegalStateException(bus.listeners(id) + " views subscribed, not " + people);
		}
		List<Long> order = joined.stream().map(Joined::participant).toList();

		// Start the workshop and a round with everyone: every screen lists 300 people.
		SystemTask.as(facilitator, () -> workshops.start(id));
		act(people, 0, 0, nameOf(0), "Waiting",
				() -> SystemTask.as(facilitator, () -> workshops.startRound(id, "Q", order, null)));
		long heapAfter = settledHeap();
		long perParticipant = (heapAfter - heapBefore) / people;
		long serialised = 0;
		int sampled = Math.min(10, sessions.size());
		String serialisedNote;
		try {
			for (int i = 0; i < sampled; i++) {
				serialised += ParticipantSessions.serialisedSize(sessions.get(i));
			}
			serialisedNote = String.format(Locale.ROOT, "%.1f KB (mean of %d sessions)", serialised / 1024.0 / sampled,
					sampled);
		}
		catch (RuntimeException ex) {
			serialisedNote = "not measured: " + ex.getMessage();
		}

		List<Long> all = new ArrayList<>();
		long bytesBefore = this.pushedBytes.get();
		long pushesBefore = this.pushes.get();
		for (int i = 1; i <= actions; i++) {
			WorkshopSnapshot state = SystemTask.as(facilitator, () -> workshops.snapshot(id));
			WorkshopSnapshot.RoundView round = state.round().orElseThrow();
			if (round.speaker().isPresent()) {
				long speaker = round.speaker().get();
				act(people, i, order.indexOf(speaker), state.name(speaker), "Spoke",
						() -> SystemTask.as(facilitator, () -> workshops.endTurn(id, speaker, TurnOutcome.SPOKE)));
			}
			else {
				long next = round.next().orElseThrow();
				act(people, i, order.indexOf(next), state.name(next), "Speaking",
						() -> SystemTask.as(facilitator, () -> workshops.inviteNext(id)));
			}
			if (i > WARM_UP) {
				all.addAll(this.latencies);
			}
			// A facilitator does not act back to back: let the last stragglers settle.
			Thread.sleep(100);
		}
		long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
		double bytesPerPush = (this.pushedBytes.get() - bytesBefore) / (double) (this.pushes.get() - pushesBefore);
		System.out.printf(Locale.ROOT, "participants=%d, real ParticipantView each in its own VaadinSession and UI%n",
				people);
		System.out.printf(Locale.ROOT, "joins (service, one after another)=%d ms; views opened=%d ms%n", joinMs,
				openMs);
		System.out.printf(Locale.ROOT,
				"facilitator action -> every participant's pushed screen, %d actions (first %d warm-up),"
						+ " %d deliveries: p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
				actions, WARM_UP, sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted[sorted.length - 1] / 1e6);
		System.out.printf(Locale.ROOT, "push message per participant per action: %.1f KB of UIDL%n",
				bytesPerPush / 1024);
		System.out.printf(Locale.ROOT,
				"heap per participant (used heap after 5 GC rounds, before joining and with %d views alive):"
						+ " %.1f KB (%.1f MB total), of which joining (workshop state, database cache) %.1f KB"
						+ " and the session, UI, view and subscription %.1f KB%n",
				people, perParticipant / 1024.0, (heapAfter - heapBefore) / 1024.0 / 1024.0,
				(heapJoined - heapBefore) / 1024.0 / people, (heapAfter - heapJoined) / 1024.0 / people);
		System.out.println("serialised VaadinSession: " + serialisedNote);
		System.out.println(machine("after"));
		Reference.reachabilityFence(sessions);
		Reference.reachabilityFence(warmSession);
	}

	/**
	 * Runs one facilitator action and waits until every participant's pushed screen shows
	 * its result.
	 */
	private void act(int people, int number, int position, String name, String status, Runnable action)
			throws InterruptedException {
		this.latencies.clear();
		CountDownLatch latch = new CountDownLatch(people);
		this.reached = latch;
		this.expected = new Expected(number, position, name, status, System.nanoTime());
		action.run();
		if (!latch.await(60, TimeUnit.SECONDS)) {
			throw new IllegalStateException("Action " + number + " (" + name + " " + status + ") did not reach "
					+ latch.getCount() + " of " + people + " screens in 60 s");
		}
	}

	private static JoinRequest request(int i, List<PartnerId> partners) {
		return new JoinRequest(nameOf(i), partners.get(i % partners.size()),
				Profession.values()[i % Profession.values().length],
				SeniorityBand.values()[i % SeniorityBand.values().length]);
	}

	private static String nameOf(int i) {
		return "Person " + i;
	}

	/** The cookie the participant's browser keeps after joining (ParticipantCookies). */
	private static Cookie cookie(String code, String token) {
		return new Cookie("tf_w_" + code.toUpperCase(Locale.ROOT), token);
	}

	/** Used heap once several collections in a row leave it where it is. */
	private static long settledHeap() throws InterruptedException {
		var memory = ManagementFactory.getMemoryMXBean();
		for (int i = 0; i < 5; i++) {
			System.gc();
			Thread.sleep(300);
		}
		return memory.getHeapMemoryUsage().getUsed();
	}

	static String machine(String when) {
		var os = ManagementFactory.getOperatingSystemMXBean();
		String load;
		try {
			load = Files.readString(Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException ex) {
			load = String.valueOf(os.getSystemLoadAverage());
		}
		return String.format(Locale.ROOT, "machine (%s): %d cores, %s %s, Java %s, max heap %d MB, load average %s",
				when, os.getAvailableProcessors(), os.getName(), os.getArch(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / 1024 / 1024, load);
	}

	private static double percentile(long[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, index)] / 1e6;
	}

}
