package org.threefold.workshop.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.threefold.shared.WorkshopId;
import org.threefold.support.Infrastructure;
import org.threefold.support.RequiresPostgres;
import org.threefold.workshop.LiveWorkshopBus.WorkshopChange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two buses standing for two servers on one PostgreSQL database, each with its own
 * listening connection, sharing one connection for announcements (a pool of one). Four
 * connections in all. The channel is this run's own, so parallel runs on the same
 * database do not hear each other.
 */
@RequiresPostgres
class PostgresWorkshopBusTest {

	private static final WorkshopId WORKSHOP = new WorkshopId(7);

	private final String channel = "workshop_changes_test_"
			+ UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	private SingleConnectionDataSource pool;

	private Connection admin;

	private PostgresWorkshopBus serverA;

	private PostgresWorkshopBus serverB;

	/** What server B's state was asked to do, in order, with its listener's changes. */
	private final List<String> seenOnB = new CopyOnWriteArrayList<>();

	private final AtomicInteger catchUpAllOnB = new AtomicInteger();

	@BeforeEach
	void start() throws Exception {
		this.pool = new SingleConnectionDataSource(Infrastructure.POSTGRES_URL, Infrastructure.POSTGRES_USER,
				Infrastructure.POSTGRES_PASSWORD, true);
		this.admin = Infrastructure.postgres();
		JdbcTemplate jdbc = new JdbcTemplate(this.pool);
		this.serverA = new PostgresWorkshopBus(jdbc, this::listeningConnection, new PostgresWorkshopBus.CatchUp() {

			@Override
			public long catchUp(WorkshopId workshop) {
				return -1;
			}

			@Override
			public void catchUpAll() {
			}

		}, this.channel);
		this.serverB = new PostgresWorkshopBus(jdbc, this::listeningConnection, new PostgresWorkshopBus.CatchUp() {

			@Override
			public long catchUp(WorkshopId workshop) {
				PostgresWorkshopBusTest.this.seenOnB.add("catch up " + workshop.value());
				return -1;
			}

			@Override
			public void catchUpAll() {
				PostgresWorkshopBusTest.this.catchUpAllOnB.incrementAndGet();
			}

		}, this.channel);
		this.serverA.start();
		this.serverB.start();
		waitUntil(Duration.ofSeconds(10), () -> this.serverA.listeningPid() != 0 && this.serverB.listeningPid() != 0);
	}

	private Connection listeningConnection() throws SQLException {
		return Infrastructure.postgres();
	}

	@AfterEach
	void stop() throws SQLException {
		this.serverA.destroy();
		this.serverB.destroy();
		this.admin.close();
		this.pool.destroy();
	}

	@Test
	void aChangePublishedOnOneServerReachesAListenerOnTheOtherWithinASecond() throws Exception {
		List<WorkshopChange> onA = new CopyOnWriteArrayList<>();
		this.serverA.subscribe(WORKSHOP, onA::add);
		this.serverB.subscribe(WORKSHOP, (change) -> this.seenOnB.add("told " + change));
		this.serverB.subscribe(new WorkshopId(8), (change) -> this.seenOnB.add("wrong workshop " + change));

		this.serverA.publish(new WorkshopChange(WORKSHOP, 3));

		waitUntil(Duration.ofSeconds(1), () -> this.seenOnB.contains("told " + new WorkshopChange(WORKSHOP, 3)));
		// B read the new events before telling its screens, and told them once.
		assertThat(this.seenOnB).containsExactly("catch up 7", "told " + new WorkshopChange(WORKSHOP, 3));
		// A told its own screens at once and ignored its own announcement coming back.
		Thread.sleep(700);
		assertThat(onA).containsExactly(new WorkshopChange(WORKSHOP, 3));
		assertThat(this.seenOnB).hasSize(2);
		assertThat(this.serverB.listeners(WORKSHOP)).isEqualTo(1);
	}

	@Test
	void aMalformedPayloadIsIgnoredAndLaterChangesStillArrive() throws Exception {
		List<WorkshopChange> onB = new CopyOnWriteArrayList<>();
		this.serverB.subscribe(WORKSHOP, onB::add);

		notify("7");
		notify("7:3; drop table workshop");
		notify("'7':'3'");
		notify("7:0");
		this.serverA.publish(new WorkshopChange(WORKSHOP, 4));

		waitUntil(Duration.ofSeconds(1), () -> !onB.isEmpty());
		Thread.sleep(300);
		assertThat(onB).containsExactly(new WorkshopChange(WORKSHOP, 4));
		assertThat(this.seenOnB).containsExactly("catch up 7");
		// An older version than the one already told is not news.
		notify("7:2");
		this.serverA.publish(new WorkshopChange(WORKSHOP, 5));
		waitUntil(Duration.ofSeconds(1), () -> onB.size() == 2);
		assertThat(onB).containsExactly(new WorkshopChange(WORKSHOP, 4), new WorkshopChange(WORKSHOP, 5));
	}

	@Test
	void afterTheListeningConnectionIsKilledItReconnectsAndScreensReRead() throws Exception {
		List<WorkshopChange> onB = new CopyOnWriteArrayList<>();
		this.serverB.subscribe(WORKSHOP, onB::add);
		this.serverA.publish(new WorkshopChange(WORKSHOP, 2));
		waitUntil(Duration.ofSeconds(1), () -> onB.size() == 1);
		int killed = this.serverB.listeningPid();

		try (Statement statement = this.admin.createStatement()) {
			statement.execute("select pg_terminate_backend(" + killed + ")");
		}
		// Missed while B was away.
		this.serverA.publish(new WorkshopChange(WORKSHOP, 3));

		waitUntil(Duration.ofSeconds(10), () -> this.serverB.connections() == 2 && this.serverB.listeningPid() != 0);
		assertThat(this.serverB.listeningPid()).isNotEqualTo(killed);
		// On reconnecting, B caught up everything it holds and told its screens to
		// re-read.
		waitUntil(Duration.ofSeconds(2), () -> this.catchUpAllOnB.get() == 1 && onB.size() >= 2);
		assertThat(onB.get(1).workshop()).isEqualTo(WORKSHOP);

		int before = onB.size();
		this.serverA.publish(new WorkshopChange(WORKSHOP, 9));
		waitUntil(Duration.ofSeconds(1), () -> onB.contains(new WorkshopChange(WORKSHOP, 9)));
		assertThat(onB).hasSize(before + 1);
		assertThat(this.serverA.connections()).isEqualTo(1);
	}

	private static void waitUntil(Duration limit, BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			assertThat(System.nanoTime()).as("waited %s", limit).isLessThan(end);
			Thread.sleep(10);
		}
	}

	private void notify(String payload) throws SQLException {
		try (var statement = this.admin.prepareStatement("select pg_notify(?, ?)")) {
			statement.setString(1, this.channel);
			statement.setString(2, payload);
			statement.execute();
		}
	}

}
