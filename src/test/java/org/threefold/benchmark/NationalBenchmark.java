package org.threefold.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.assessment.Rescoring;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.ResultsService;
import org.threefold.scoring.internal.ScoreCubeRepository;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.UserId;

/**
 * Benchmarks on the national dataset made by {@link NationalDataGenerator} (issues 4 and
 * 9), each against its floor measured in the same run:
 * <ul>
 * <li><b>results</b> of the largest assessment in the nation (all the overview and
 * heatmap need, {@link ResultsService#results}) against the bare aggregate query it
 * sends, cold and warm, with every other ICS's rows in the same table;</li>
 * <li><b>rescoring</b> every submitted response of the nation
 * ({@link Rescoring#rescoreAll}) against its floor: reading the same answer rows with the
 * same query, and writing the same number of score rows into an empty copy of the table
 * with the same indexes.</li>
 * </ul>
 * Not a test: Maven never runs it. Command (docs/performance.md, "National scale"):
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dspring-javaformat.skip -Dexec.executable=java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -classpath %classpath org.threefold.benchmark.NationalBenchmark national 20 rescore"
 * </pre>
 *
 * Arguments: schema, warm runs of the results (default 20), and {@code rescore} to
 * rescore the nation as well (it rewrites every score row, so it is left out unless
 * asked).
 */
public final class NationalBenchmark {

	public static void main(String[] args) throws Exception {
		String schema = (args.length > 0) ? args[0] : "national";
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 20;
		String rescore = (args.length > 2) ? args[2] : "";
		long starting = System.nanoTime();
		try (ConfigurableApplicationContext context = NationalDataGenerator.start(schema, false)) {
			double startSeconds = (System.nanoTime() - starting) / 1e9;
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			System.out.printf(Locale.UK, "Application started on the national schema in %.1f s (JVM up %.1f s)%n",
					startSeconds, java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
			System.out.printf(Locale.UK, "%s; %s%n", RespondentBenchmarkMachine.describe(),
					jdbc.queryForObject("select version()", String.class));
			System.out.printf(Locale.UK,
					"National dataset %s: %,d ICSs, %,d partners, %,d assessments, %,d submitted responses,"
							+ " %,d answers, %,d score rows%n",
					schema, count(jdbc, "ics"), count(jdbc, "partner"), count(jdbc, "assessment"),
					count(jdbc, "response"), count(jdbc, "answer"), count(jdbc, "respondent_score"));
			long largest = jdbc.queryForObject("select assessment_id from response group by assessment_id"
					+ " order by count(*) desc fetch first 1 rows only", Long.class);
			if (jdbc.queryForObject("select count(*) from respondent_score where assessment_id = ?", Long.class,
					largest) == 0) {
				long start = System.nanoTime();
				Rescoring.Result first = SystemTask
					.asAdministrator(() -> context.getBean(Rescoring.class).rescore(new AssessmentId(largest)));
				System.out.printf(Locale.UK, "Scored the largest assessment first: %,d responses in %.1f s%n",
						first.responses(), (System.nanoTime() - start) / 1e9);
				jdbc.execute("vacuum analyze respondent_score");
			}
			results(context, jdbc, runs);
			if (rescore.equals("rescore")) {
				rescoring(context, jdbc, largest);
			}
			else if (rescore.equals("rescore-all")) {
				rescoring(context, jdbc, null);
			}
		}
	}

	private static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	private static void results(ConfigurableApplicationContext context, JdbcTemplate jdbc, int runs) {
		long assessment = jdbc.queryForObject("select assessment_id from response group by assessment_id"
				+ " order by count(*) desc fetch first 1 rows only", Long.class);
		System.out.printf(Locale.UK, "Load average before the results: %s%n", RespondentBenchmarkMachine.load());
		long ics = jdbc.queryForObject("select ics_id from assessment where id = ?", Long.class, assessment);
		SignedInUser leader = new SignedInUser(new UserId(Long.MAX_VALUE - 1), "bench", "Benchmark", Role.ICS_LEADER,
				Optional.of(new IcsId(ics)), Optional.empty());
		AssessmentId id = new AssessmentId(assessment);
		ResultsService results = context.getBean(ResultsService.class);
		ScoreCubeRepository cube = context.getBean(ScoreCubeRepository.class);
		long start = System.nanoTime();
		AssessmentResults first = SystemTask.as(leader, () -> results.results(id));
		double coldMs = (System.nanoTime() - start) / 1e6;
		start = System.nanoTime();
		cube.cube(assessment, List.of("OVERALL", "DIMENSION", "SUBDIMENSION"), List.of());
		double coldFloorMs = (System.nanoTime() - start) / 1e6;
		double[] service = new double[runs];
		double[] floor = new double[runs];
		for (int i = 0; i < runs; i++) {
			start = System.nanoTime();
			SystemTask.as(leader, () -> results.results(id));
			service[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			cube.cube(assessment, List.of("OVERALL", "DIMENSION", "SUBDIMENSION"), List.of());
			floor[i] = (System.nanoTime() - start) / 1e6;
		}
		System.out.printf(Locale.UK,
				"%nResults of the largest assessment (%,d respondents, %d partners, %d"
						+ " earlier rounds in its series), %d warm runs%n",
				first.respondents(),
				jdbc.queryForObject("select count(*) from assessment_partner where assessment_id = ?", Long.class,
						assessment),
				jdbc.queryForObject("select count(*) from assessment where ics_id = ? and id <> ?", Long.class, ics,
						assessment),
				runs);
		System.out.printf(Locale.UK, "  first call (cold, with Cronbach's alpha and the trend): %8.1f ms%n", coldMs);
		System.out.printf(Locale.UK, "  floor, first call:                                     %8.1f ms%n",
				coldFloorMs);
		report("  ResultsService.results (warm)", service);
		report("  floor: bare SQL GROUP BY     ", floor);
		System.out.printf(Locale.UK, "  ratio of medians: %.2f, of p95s: %.2f%n",
				percentile(service, 50) / percentile(floor, 50), percentile(service, 95) / percentile(floor, 95));
	}

	private static void rescoring(ConfigurableApplicationContext context, JdbcTemplate jdbc, Long only)
			throws Exception {
		String scope = (only == null) ? "" : " where assessment_id = " + only;
		long responses = jdbc.queryForObject("select count(*) from response"
				+ ((only == null) ? " where" : scope + " and") + " status = 'SUBMITTED'", Long.class);
		long rows = jdbc.queryForObject("select count(*) from respondent_score" + scope, Long.class);
		System.out.printf(Locale.UK, "%nRescoring %s: %,d submitted responses, %,d score rows%n",
				(only == null) ? "the nation" : "the largest assessment", responses, rows);
		// Floor, part 1: the same answer rows read with the same query shape, per
		// assessment, doing nothing with them.
		long start = System.nanoTime();
		long read = 0;
		List<Long> assessments = (only == null) ? jdbc.queryForList("select id from assessment order by id", Long.class)
				: List.of(only);
		try (Connection connection = context.getBean(DataSource.class).getConnection()) {
			connection.setAutoCommit(false);
			for (long assessment : assessments) {
				try (PreparedStatement statement = connection.prepareStatement("""
						select r.id, r.assessment_id, r.partner_id, r.audience, r.profession, r.seniority,
						  r.questionnaire_version_id, a.item_id, a.answer_value
						from response r left join answer a on a.response_id = r.id and a.sub_key = ''
						  and a.response_id between (select min(id) from response where assessment_id = ?)
						  and (select max(id) from response where assessment_id = ?)
						where r.assessment_id = ? and r.status = 'SUBMITTED' order by r.id""")) {
					statement.setFetchSize(10_000);
					statement.setLong(1, assessment);
					statement.setLong(2, assessment);
					statement.setLong(3, assessment);
					try (ResultSet result = statement.executeQuery()) {
						while (result.next()) {
							read++;
						}
					}
				}
			}
			connection.commit();
		}
		double readSeconds = (System.nanoTime() - start) / 1e9;
		// Floor, part 2: the same number of score rows written into an empty copy of the
		// table with the same indexes, in one statement inside the database.
		jdbc.execute("drop table if exists floor_score");
		jdbc.execute("create unlogged table floor_score (like respondent_score including all)");
		jdbc.execute("alter table floor_score set logged");
		start = System.nanoTime();
		jdbc.execute("insert into floor_score select * from respondent_score" + scope);
		double writeSeconds = (System.nanoTime() - start) / 1e9;
		jdbc.execute("drop table floor_score");
		jdbc.execute("checkpoint");

		start = System.nanoTime();
		Rescoring rescoring = context.getBean(Rescoring.class);
		Rescoring.Result result = SystemTask
			.asAdministrator(() -> (only == null) ? rescoring.rescoreAll() : rescoring.rescore(new AssessmentId(only)));
		double rescoreSeconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.UK,
				"  Rescoring.rescoreAll: %,d assessments, %,d responses, %,d rows in %.1f s" + " (%,.0f responses/s)%n",
				result.assessments(), result.responses(), result.rows(), rescoreSeconds,
				result.responses() / rescoreSeconds);
		System.out.printf(Locale.UK,
				"  floor: read the same %,d answer rows %.1f s + insert %,d rows into an"
						+ " indexed empty copy %.1f s = %.1f s%n",
				read, readSeconds, rows, writeSeconds, readSeconds + writeSeconds);
		System.out.printf(Locale.UK, "  ratio: %.2f%n", rescoreSeconds / (readSeconds + writeSeconds));
		System.out.printf(Locale.UK, "  load average after: %s%n", RespondentBenchmarkMachine.load());
	}

	private static void report(String label, double[] values) {
		System.out.printf(Locale.UK, "%s p50 %8.1f ms  p95 %8.1f ms  max %8.1f ms%n", label, percentile(values, 50),
				percentile(values, 95), Arrays.stream(values).max().orElse(0));
	}

	static double percentile(double[] values, double percentile) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

}
