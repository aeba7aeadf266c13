package org.threefold.workshop;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.threefold.shared.WorkshopId;
import org.threefold.support.Infrastructure;
import org.threefold.support.PostgresTestSchema;
import org.threefold.support.RequiresPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workshop contract on PostgreSQL with the production profile, in a schema of its own
 * that is dropped afterwards.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(properties = { "threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class WorkshopOnPostgresTest extends WorkshopContract {

	private static final PostgresTestSchema SCHEMA = new PostgresTestSchema();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		SCHEMA.register(registry);
	}

	@Autowired
	LiveWorkshopBus bus;

	@Test
	void theProductionProfileHearsAnnouncementsFromOtherServers() throws Exception {
		assertThat(this.bus.getClass().getSimpleName()).isEqualTo("PostgresWorkshopBus");
		// A workshop id no other run uses, announced as another server would.
		WorkshopId workshop = new WorkshopId(900_000_000L + (System.nanoTime() & 0xFFFFFF));
		List<LiveWorkshopBus.WorkshopChange> told = new CopyOnWriteArrayList<>();
		try (LiveWorkshopBus.Subscription subscription = this.bus.subscribe(workshop, told::add);
				Connection connection = Infrastructure.postgres();
				PreparedStatement notify = connection.prepareStatement("select pg_notify('workshop_changes', ?)")) {
			notify.setString(1, workshop.value() + ":5");
			notify.execute();
			long end = System.nanoTime() + 2_000_000_000L;
			while (told.isEmpty() && System.nanoTime() < end) {
				Thread.sleep(10);
			}
		}
		assertThat(told).containsExactly(new LiveWorkshopBus.WorkshopChange(workshop, 5));
	}

	@AfterAll
	static void dropSchema() throws Exception {
		SCHEMA.drop();
	}

}
