package org.threefold.benchmark;

import java.io.StringReader;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.power.PowerMaps;
import org.threefold.power.PowerService;
import org.threefold.power.RaterGrouping;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;

/**
 * Measures the power maps for a large ICS (issue target: 60 partners and 20,000
 * respondents, heatmap data in under 1 s on PostgreSQL), against the floor of the bare
 * SQL {@code GROUP BY} over the same answers, in the same run. Not a test: Maven never
 * runs it; docs/performance.md gives the command and the results.
 * <p>
 * It starts the application with the demo partnership, adds partners up to 60, opens an
 * assessment of the partnership assessment for all of them, and writes N submitted
 * responses with every power answer straight into the tables (PostgreSQL COPY): each
 * respondent rates all 60 partners on influence, respect and data trust (180 answers) and
 * shares cost, risk and benefit over 8 partners each (24 answers). What is measured is
 * reading, so how the rows got there does not matter.
 */
public final class PowerBenchmark {

	private final BenchmarkApplication app;

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private PowerBenchmark(BenchmarkApplication app) {
		this.app = app;
		this.context = app.context();
		this.jdbc = app.jdbc();
	}

	public static void main(String[] args) throws Exception {
		int respondents = (args.length > 0) ? Integer.parseInt(args[0]) : 20_000;
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		try (BenchmarkApplication app = BenchmarkApplication.start("postgres")) {
			new PowerBenchmark(app).run(respondents, runs);
		}
	}

	private void run(int respondents, int runs) throws Exception {
		SignedInUser leader = this.app.demoLeader();
		List<Long> partners = this.app.partnersUpTo(leader, 60);
		AssessmentId id = this.app.openAssessment(leader, "Power benchmark", 1, partners);
		long version = this.app.questionnaireVersion(leader, id);

		long writeStart = System.nanoTime();
		long rows = write(id, version, respondents, partners);
		System.out.printf(Locale.UK, "%nWrote %,d respondents and %,d power answers (%d partners) in %.1f s%n",
				respondents, rows, partners.size(), (System.nanoTime() - writeStart) / 1e9);
		this.jdbc.execute("vacuum analyze response");
		this.jdbc.execute("vacuum analyze answer");

		PowerService power = this.context.getBean(PowerService.class);
		long cold = System.nanoTime();
		PowerMaps first = SystemTask.as(leader, () -> power.maps(id, RaterGrouping.PARTNER));
		double coldMs = (System.nanoTime() - cold) / 1e6;
		double[] service = new double[runs];
		double[] floor = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			SystemTask.as(leader, () -> power.maps(id, RaterGrouping.PARTNER));
			service[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			floor(id.value());
			floor[i] = (System.nanoTime() - start) / 1e6;
		}
		System.out.printf(Locale.UK, "%nPower maps on PostgreSQL, %,d respondents, %d partners, %d warm runs%n",
				respondents, first.partners().size(), runs);
		System.out.printf(Locale.UK, "  first call (cold):              %8.1f ms%n", coldMs);
		report("  PowerService.maps (warm)      ", service);
		report("  floor: bare SQL GROUP BYs     ", floor);
		System.out.printf(Locale.UK, "  ratio of medians: %.2f%n", median(service) / median(floor));
	}

	/**
	 * The floor: the very aggregate query the service sends, rows counted and nothing
	 * else.
	 */
	private void floor(long assessmentId) {
		long[] count = new long[1];
		this.jdbc.query(
				"select partner_id, item_id, sub_key, answers, total, squares from answer_tally "
						+ "where assessment_id = ? and item_id in "
						+ "('pp-influence', 'pp-respect', 'pp-data-trust', 'pp-cost', 'pp-risk', 'pp-benefit')",
				(row) -> {
					count[0]++;
				}, assessmentId);
	}

	/**
	 * Responses spread unevenly over partners; ratings on 1–5 around a level per rated
	 * partner; 100 points shared over 8 partners per allocation.
	 */
	private long write(AssessmentId id, long version, int respondents, List<Long> partners) throws Exception {
		Random random = new Random(20261122);
		long nextResponse = this.jdbc.queryForObject("select coalesce(max(id), 0) from response", Long.class)
				+ 1_000_000;
		double[] level = new double[partners.size()];
		for (int p = 0; p < level.length; p++) {
			level[p] = 1.5 + random.nextDouble() * 3;
		}
		String week = LocalDate.now().with(java.time.DayOfWeek.MONDAY).toString();
		long rows = 0;
		try (Connection connection = this.context.getBean(DataSource.class).getConnection()) {
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
				// What submission adds to the answer tally, for all of them at once (the
				// migration's backfill), counted afresh: the assessment may already hold
				// a
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
		}
		return rows;
	}

	private static void report(String label, double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.printf(Locale.UK, "%s: median %7.1f ms, p95 %7.1f ms, max %7.1f ms%n", label, median(millis),
				sorted[(int) Math.ceil(0.95 * sorted.length) - 1], sorted[sorted.length - 1]);
	}

	private static double median(double[] millis) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
