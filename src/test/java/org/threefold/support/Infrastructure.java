package org.threefold.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the slower tests need from the machine. CI sets
 * {@code THREEFOLD_REQUIRE_INFRASTRUCTURE=true} (see .ci/run) so that a missing
 * PostgreSQL or Chromium fails the build instead of quietly skipping the tests that prove
 * the application works on them.
 */
public final class Infrastructure {

	public static final String POSTGRES_URL = env("THREEFOLD_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");

	public static final String POSTGRES_USER = env("THREEFOLD_TEST_PG_USER", "postgres");

	public static final String POSTGRES_PASSWORD = env("THREEFOLD_TEST_PG_PASSWORD", "");

	public static final Path CHROMIUM = Path.of(env("THREEFOLD_CHROMIUM", "/usr/bin/chromium"));

	public static final Path CHROMEDRIVER = Path.of(env("THREEFOLD_CHROMEDRIVER", "/usr/bin/chromedriver"));

	private Infrastructure() {
	}

	public static boolean required() {
		return Boolean.parseBoolean(env("THREEFOLD_REQUIRE_INFRASTRUCTURE", "false"));
	}

	public static Connection postgres() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", POSTGRES_USER);
		properties.setProperty("password", POSTGRES_PASSWORD);
		properties.setProperty("connectTimeout", "3");
		return DriverManager.getConnection(POSTGRES_URL, properties);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

	private static ConditionEvaluationResult unavailable(String what) {
		if (required()) {
			throw new IllegalStateException(what + " - required because THREEFOLD_REQUIRE_INFRASTRUCTURE=true");
		}
		String message = what + " - skipping (CI makes these tests mandatory)";
		System.err.println("*** " + message);
		return ConditionEvaluationResult.disabled(message);
	}

	static final class PostgresCondition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			try (Connection connection = postgres()) {
				return ConditionEvaluationResult.enabled("PostgreSQL answers at " + POSTGRES_URL);
			}
			catch (SQLException ex) {
				return unavailable("PostgreSQL is not reachable at " + POSTGRES_URL + " (" + ex.getMessage() + ")");
			}
		}

	}

	static final class ChromiumCondition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
				return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
			}
			return unavailable("Chromium or ChromeDriver not found at " + CHROMIUM + " / " + CHROMEDRIVER
					+ " (apt-get install chromium chromium-driver)");
		}

	}

}
