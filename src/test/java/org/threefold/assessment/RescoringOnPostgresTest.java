package org.threefold.assessment;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import org.threefold.support.PostgresTestSchema;
import org.threefold.support.RequiresPostgres;

/**
 * Bulk rescoring against submission on PostgreSQL with the production profile, in a
 * schema of its own that is dropped afterwards.
 */
@RequiresPostgres
@ActiveProfiles("postgres")
@SpringBootTest(properties = { "threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class RescoringOnPostgresTest extends RescoringContract {

	private static final PostgresTestSchema SCHEMA = new PostgresTestSchema();

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		SCHEMA.register(registry);
	}

	@AfterAll
	static void dropSchema() throws Exception {
		SCHEMA.drop();
	}

}
