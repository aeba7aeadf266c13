package org.threefold.scoring;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.threefold.support.Infrastructure;
import org.threefold.support.RequiresPostgres;

/**
 * The results contract on PostgreSQL with the production profile, in a schema of its own
 * that is dropped afterwards, so runs never see each other's rows.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(properties = { "threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class ResultsOnPostgresTest extends ResultsContract {

	private static final String SCHEMA = "tf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		String separator = Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?";
		registry.add("spring.datasource.url",
				() -> Infrastructure.POSTGRES_URL + separator + "currentSchema=" + SCHEMA);
		registry.add("spring.datasource.username", () -> Infrastructure.POSTGRES_USER);
		registry.add("spring.datasource.password", () -> Infrastructure.POSTGRES_PASSWORD);
		registry.add("spring.flyway.schemas", () -> SCHEMA);
		registry.add("spring.flyway.create-schemas", () -> "true");
	}

	@AfterAll
	static void dropSchema() throws Exception {
		try (Connection connection = Infrastructure.postgres(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + SCHEMA + " cascade");
		}
	}

}
