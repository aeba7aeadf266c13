package org.threefold.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A throwaway PostgreSQL schema for one test class, so runs never see each other's rows:
 * Flyway creates it, the class's context uses it, and {@link #drop()} removes it after.
 */
public final class PostgresTestSchema {

	private final String name = "tf_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	/** The schema's name, for a test that builds its own datasource URL. */
	public String name() {
		return this.name;
	}

	/** Points the datasource and Flyway at this schema. */
	public void register(DynamicPropertyRegistry registry) {
		String separator = Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?";
		registry.add("spring.datasource.url",
				() -> Infrastructure.POSTGRES_URL + separator + "currentSchema=" + this.name);
		registry.add("spring.datasource.username", () -> Infrastructure.POSTGRES_USER);
		registry.add("spring.datasource.password", () -> Infrastructure.POSTGRES_PASSWORD);
		registry.add("spring.flyway.schemas", () -> this.name);
		registry.add("spring.flyway.create-schemas", () -> "true");
		// Spring keeps every test class's context (and its pool) open until the JVM ends,
		// and
		// each class here has its own schema, so its own context: small pools that let
		// idle
		// connections go keep a whole run under PostgreSQL's default of 100 connections.
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
		registry.add("spring.datasource.hikari.minimum-idle", () -> "0");
		registry.add("spring.datasource.hikari.idle-timeout", () -> "10000");
	}

	public void drop() throws SQLException {
		try (Connection connection = Infrastructure.postgres(); Statement statement = connection.createStatement()) {
			statement.execute("drop schema if exists " + this.name + " cascade");
		}
	}

}
