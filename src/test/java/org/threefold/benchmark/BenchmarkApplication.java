package org.threefold.benchmark;

import java.io.IOException;
import java.util.Random;
import java.io.StringReader;
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

import org.postgresql.PGConnection;

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
public final class BenchmarkApplication implements AutoCloseable {

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
	public static BenchmarkApplication start(String database, String... settings) throws IOException {
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

	public ConfigurableApplicationContext context() {
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

	/**
	 * PostgreSQL only: {@code respondents} submitted partner-lead responses to the
	 * assessment, copied straight into the tables, each rating every partner on
	 * influence, respect and data trust (1–5 around a level per partner) and sharing 100
	 * points of cost, risk and benefit over 8 partners; then the answer tally, as
	 * submission keeps it. Returns the answer rows written.
	 */
	long writePowerAnswers(AssessmentId id, long version, int respondents, List<Long> partners) throws Exception {
		Random random = new Random(20261122);
		long nextResponse = this.jdbc.queryForObject("select coalesce(max(id), 0) from response", Long.class)
				+ 1_000_000;
		double[] level = new double[partners.size()];
		for (int p = 0; p < level.length; p++) {
			level[p] = 1.5 + random.nextDouble() * 3;
		}
		String week = LocalDate.now().with(java.time.DayOfWeek.MONDAY).toString();
		long rows = 0;
		try (Connection connection = bean(DataSource.class).getConnection()) {
			connection.setAutoCommit(false);
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			for (int chunk = 0; chunk < respondents; chunk += 1000) {
				StringBuilder responses = new StringBuilder();
				StringBuilder answers = new StringBuilder();
				for (int r = chunk; r < Math.min(respondents, chunk + 1000); r++) {
					long responseId = nextResponse + r;
					long partner = partners.get((int) Math.min(partners.size() - 1,
							Math.abs(random.nextGaussian()) * partners.size() / 2.5));
					responses.append(responseId)
						.append(',')
						.append(id.value())
						.append(',')
						.append(partner)
						.append(",LEADS,")
						.append(version)
						.append(",d")
						.append(responseId)
						.append(",r")
						.append(responseId)
						.append(",SUBMITTED,")
						.append(week)
						.append(',')
						.append(week)
						.append(",R")
						.append(responseId)
						.append(",0\n");
					for (String item : List.of("pp-influence", "pp-respect", "pp-data-trust")) {
						for (int p = 0; p < partners.size(); p++) {
							long value = Math.max(1, Math.min(5, Math.round(level[p] + random.nextGaussian() * 0.8)));
							answers.append(responseId)
								.append(',')
								.append(item)
								.append(',')
								.append(partners.get(p))
								.append(',')
								.append(value)
								.append('\n');
							rows++;
						}
					}
					for (String item : List.of("pp-cost", "pp-risk", "pp-benefit")) {
						List<Long> chosen = new ArrayList<>(partners);
						java.util.Collections.shuffle(chosen, random);
						int left = 100;
						for (int k = 0; k < 8; k++) {
							int points = (k == 7) ? left : random.nextInt(left / 2 + 1);
							left -= points;
							answers.append(responseId)
								.append(',')
								.append(item)
								.append(',')
								.append(chosen.get(k))
								.append(',')
								.append(points)
								.append('\n');
							rows++;
						}
					}
				}
				copy.copyIn("copy response (id, assessment_id, partner_id, audience, questionnaire_version_id, "
						+ "device_secret_hash, resume_code_hash, status, started_week, submitted_week, receipt_code, "
						+ "version) from stdin with (format csv)", new StringReader(responses.toString()));
				copy.copyIn("copy answer (response_id, item_id, sub_key, answer_value) from stdin with (format csv)",
						new StringReader(answers.toString()));
				connection.commit();
			}
			// What submission adds to the answer tally, for all of them at once (the
			// migration's backfill), counted afresh: the assessment may already hold a
			// tally from responses submitted through the service.
			try (var clear = connection.prepareStatement("delete from answer_tally where assessment_id = ?")) {
				clear.setLong(1, id.value());
				clear.executeUpdate();
			}
			try (var tally = connection.prepareStatement("""
					insert into answer_tally (assessment_id, partner_id, item_id, sub_key, answers, total, squares)
					select r.assessment_id, r.partner_id, a.item_id, a.sub_key, count(*),
					  sum(cast(a.answer_value as bigint)),
					  sum(cast(a.answer_value as bigint) * cast(a.answer_value as bigint))
					from answer a join response r on r.id = a.response_id
					where r.assessment_id = ? and r.status = 'SUBMITTED' and a.sub_key <> ''
					  and a.answer_value not in ('not-applicable', 'dont-know')
					group by r.assessment_id, r.partner_id, a.item_id, a.sub_key""")) {
				tally.setLong(1, id.value());
				tally.executeUpdate();
			}
			connection.commit();
		}
		return rows;
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
