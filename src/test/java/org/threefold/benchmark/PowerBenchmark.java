package org.threefold.benchmark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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
		long rows = this.app.writePowerAnswers(id, version, respondents, partners);
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
