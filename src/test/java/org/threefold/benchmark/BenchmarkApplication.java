package org.threefold.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.ThreefoldApplication;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.partner.BudgetBand;
import org.threefold.partner.PartnerDraft;
import org.threefold.partner.PartnerService;
import org.threefold.partner.Sector;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;
import org.threefold.support.Infrastructure;

/**
 * The whole application with the demo partnership, started for one benchmark run on the
 * embedded H2 (in a temporary directory) or on PostgreSQL (in a throwaway schema), and
 * removed again on {@link #close()}. What the benchmarks have in common lives here, so
 * each runner holds only what it measures.
 */
final class BenchmarkApplication implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private final boolean postgres;

	private final String schema;

	private final Path h2Directory;

	private BenchmarkApplication(ConfigurableApplicationContext context, boolean postgres, String schema,
			Path h2Directory) {
		this.context = context;
		this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		this.postgres = postgres;
		this.schema = schema;
		this.h2Directory = h2Directory;
	}

	/**
	 * Starts the application on {@code h2} or {@code postgres}, with the demo data, no
	 * scheduled jobs, quiet logging and a random port; {@code settings} are added to the
	 * command line (for example {@code --threefold.live.bus=postgres}).
	 */
	static BenchmarkApplication start(String database, String... settings) throws IOException {
		boolean postgres = switch (database) {
			case "postgres" -> true;
			case "h2" -> false;
			default -> throw new IllegalArgumentException("The database is h2 or postgres, not " + database);
		};
		String schema = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Path h2Directory = Files.createTempDirectory("threefold-bench");
		List<String> arguments = new ArrayList<>(
				List.of("--threefold.demo.enabled=true", "--threefold.scheduling.enabled=false",
						"--logging.level.root=warn", "--spring.main.banner-mode=off", "--server.port=0"));
		SpringApplicationBuilder builder = new SpringApplicationBuilder(ThreefoldApplication.class);
		if (postgres) {
			String separator = Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?";
			builder.profiles("postgres");
			arguments.addAll(List.of(
					"--spring.datasource.url=" + Infrastructure.POSTGRES_URL + separator + "currentSchema=" + schema
							+ "&reWriteBatchedInserts=true",
					"--spring.datasource.username=" + Infrastructure.POSTGRES_USER,
					"--spring.datasource.password=" + Infrastructure.POSTGRES_PASSWORD,
					"--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true"));
		}
		else {
			arguments
				.add("--spring.datasource.url=jdbc:h2:file:" + h2Directory.resolve("threefold") + ";AUTO_SERVER=FALSE");
		}
		arguments.addAll(List.of(settings));
		return new BenchmarkApplication(builder.run(arguments.toArray(String[]::new)), postgres, schema, h2Directory);
	}

	ConfigurableApplicationContext context() {
		return this.context;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	JdbcTemplate jdbc() {
		return this.jdbc;
	}

	boolean postgres() {
		return this.postgres;
	}

	/** An ICS leader of the demo partnership, North Vale, as a benchmark acts. */
	SignedInUser demoLeader() {
		long ics = this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class);
		return new SignedInUser(new UserId(Long.MAX_VALUE - 1), "bench", "Benchmark", Role.ICS_LEADER,
				Optional.of(new IcsId(ics)), Optional.empty());
	}

	/**
	 * Adds partners to the leader's partnership until it has {@code count}, sectors and
	 * budgets in turn, and returns every partner id in id order.
	 */
	List<Long> partnersUpTo(SignedInUser leader, int count) {
		PartnerService partners = bean(PartnerService.class);
		Sector[] sectors = Sector.values();
		BudgetBand[] budgets = BudgetBand.values();
		SystemTask.as(leader, () -> {
			for (int i = partners.list().size(); i < count; i++) {
				partners.create(new PartnerDraft("Benchmark partner " + (i + 1), sectors[i % sectors.length], null,
						100 + i * 37, budgets[i % budgets.length]));
			}
			return null;
		});
		return partners(leader);
	}

	/** The ids of the leader's partners, in id order. */
	List<Long> partners(SignedInUser leader) {
		return this.jdbc.queryForList("select id from partner where ics_id = ? order by id", Long.class,
				leader.icsId().orElseThrow().value());
	}

	/**
	 * Creates and opens an assessment of the partnership questionnaire across the given
	 * partners, opened {@code daysAgo} days ago and open for 30 more.
	 */
	AssessmentId openAssessment(SignedInUser leader, String title, int daysAgo, List<Long> partners) {
		AssessmentService assessments = bean(AssessmentService.class);
		return SystemTask.as(leader, () -> {
			AssessmentId created = assessments
				.createDraft(new AssessmentPlan(title, title, LocalDate.now().minusDays(daysAgo),
						LocalDate.now().plusDays(30), 5, 10, true, true, "partnership-assessment", null,
						Set.copyOf(partners.stream().map(PartnerId::new).toList())))
				.id();
			assessments.open(created);
			return created;
		});
	}

	/** The questionnaire version the assessment's respondents answer. */
	long questionnaireVersion(SignedInUser leader, AssessmentId assessment) {
		return SystemTask.as(leader,
				() -> bean(AssessmentService.class).questionnaireVersions(assessment).values().iterator().next());
	}

	@Override
	public void close() throws IOException, SQLException {
		this.context.close();
		if (this.postgres) {
			try (Connection connection = Infrastructure.postgres();
					Statement statement = connection.createStatement()) {
				statement.execute("drop schema if exists " + this.schema + " cascade");
			}
		}
		try (var files = Files.walk(this.h2Directory)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
	}

}
