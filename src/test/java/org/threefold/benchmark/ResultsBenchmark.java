package org.threefold.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.SubDimension;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.ResultsService;
import org.threefold.scoring.internal.ScoreCubeRepository;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;

/**
 * Measures what the results overview and heatmap need for a large assessment (issue
 * target: 20,000 respondents × 60 items, all data in under 1 s on PostgreSQL and within
 * 2× of a bare SQL {@code GROUP BY} over the same respondent-score rows, measured in the
 * same run). Not a test: Maven never runs it; docs/performance.md gives the command and
 * the results.
 * <p>
 * It starts the application on the chosen database with the demo partnership, opens an
 * assessment of the 69-item partnership assessment, and writes respondent-score rows for
 * N synthetic respondents straight into the table with batched JDBC (what is measured is
 * reading, so how the rows got there does not matter). Then it times
 * {@link ResultsService#results} as an ICS leader, cold once and then warm, against the
 * floor: the bare aggregate query over the same rows.
 */
public final class ResultsBenchmark {

	private final BenchmarkApplication app;

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private ResultsBenchmark(BenchmarkApplication app) {
		this.app = app;
		this.context = app.context();
		this.jdbc = app.jdbc();
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "postgres";
		int respondents = (args.length > 1) ? Integer.parseInt(args[1]) : 20_000;
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 20;
		try (BenchmarkApplication app = BenchmarkApplication.start(database)) {
			new ResultsBenchmark(app).run(database, respondents, runs);
		}
	}

	private void run(String database, int respondents, int runs) throws Exception {
		SignedInUser leader = this.app.demoLeader();
		List<Long> partners = this.app.partners(leader);
		AssessmentId id = this.app.openAssessment(leader, "Benchmark", 1, partners);
		long version = this.app.questionnaireVersion(leader, id);
		QuestionnaireDefinition questionnaire = this.context.getBean(QuestionnaireCatalog.class)
			.definitionOfVersion(version);
		List<Item> items = questionnaire.items().filter(Item::scored).toList();
		List<SubDimension> subdimensions = this.context.getBean(QuestionnaireCatalog.class)
			.framework()
			.orElseThrow()
			.subdimensions();

		long writeStart = System.nanoTime();
		long rows = write(id, version, respondents, partners, items, subdimensions);
		System.out.printf(Locale.UK,
				"%nWrote %,d respondents and %,d respondent-score rows (%d scored items each) in %.1f s%n", respondents,
				rows, items.size(), (System.nanoTime() - writeStart) / 1e9);
		if (database.equals("postgres")) {
			// Autovacuum would do this within minutes in production; done here so the
			// index-only scan
			// the covering index allows is measured in its steady state.
			this.jdbc.execute("vacuum analyze respondent_score");
		}

		ResultsService results = this.context.getBean(ResultsService.class);
		ScoreCubeRepository cube = this.context.getBean(ScoreCubeRepository.class);
		long cold = System.nanoTime();
		AssessmentResults first = SystemTask.as(leader, () -> results.results(id));
		double coldMs = (System.nanoTime() - cold) / 1e6;
		double[] service = new double[runs];
		double[] floor = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			SystemTask.as(leader, () -> results.results(id));
			service[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			// The floor is the very aggregate query the service sends, with nothing
			// around it.
			cube.cube(id.value(), List.of("OVERALL", "DIMENSION", "SUBDIMENSION"), List.of());
			floor[i] = (System.nanoTime() - start) / 1e6;
		}
		System.out.printf(Locale.UK, "%nResults for %s, %,d respondents (%d partners shown of %d), %d warm runs%n",
				database, first.respondents(), first.groups(org.threefold.scoring.Grouping.PARTNER).size(),
				partners.size(), runs);
		System.out.printf(Locale.UK, "  first call (cold; computes Cronbach's alpha): %8.1f ms%n", coldMs);
		report("  ResultsService.results (warm)", service);
		report("  floor: bare SQL GROUP BY     ", floor);
		System.out.printf(Locale.UK, "  ratio of medians: %.2f%n", median(service) / median(floor));
	}

	/**
	 * Respondents spread over partners, professions and seniority bands, scores 0–100 in
	 * steps of 25.
	 */
	private long write(AssessmentId id, long version, int respondents, List<Long> partners, List<Item> items,
			List<SubDimension> subdimensions) throws Exception {
		Random random = new Random(20261122);
		java.util.Map<String, Integer> itemsPerScale = new java.util.HashMap<>();
		items.forEach((item) -> itemsPerScale.merge(item.subdimension(), 1, Integer::sum));
		Profession[] professions = Profession.values();
		SeniorityBand[] bands = SeniorityBand.values();
		long nextResponse = this.jdbc.queryForObject("select coalesce(max(id), 0) from response", Long.class)
				+ 1_000_000;
		long rows = 0;
		try (Connection connection = this.context.getBean(DataSource.class).getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement response = connection.prepareStatement("insert into response (id, assessment_id,"
					+ " partner_id, audience, questionnaire_version_id, device_secret_hash, resume_code_hash, profession,"
					+ " seniority, status, started_week, submitted_week, receipt_code, version)"
					+ " values (?, ?, ?, 'LEADS', ?, ?, ?, ?, ?, 'SUBMITTED', ?, ?, ?, 0)");
					PreparedStatement score = connection.prepareStatement("insert into respondent_score (response_id,"
							+ " assessment_id, partner_id, audience, profession, seniority, scale_kind, scale_id, score,"
							+ " scale_items) values (?, ?, ?, 'LEADS', ?, ?, ?, ?, ?, ?)")) {
				Date week = Date.valueOf(LocalDate.now().with(java.time.DayOfWeek.MONDAY));
				for (int r = 0; r < respondents; r++) {
					long responseId = nextResponse + r;
					long partner = partners.get((int) Math.min(partners.size() - 1,
							Math.abs(random.nextGaussian()) * partners.size() / 2.5));
					String profession = professions[random.nextInt(professions.length)].name();
					String seniority = bands[random.nextInt(bands.length)].name();
					response.setLong(1, responseId);
					response.setLong(2, id.value());
					response.setLong(3, partner);
					response.setLong(4, version);
					response.setString(5, "d" + responseId);
					response.setString(6, "r" + responseId);
					response.setString(7, profession);
					response.setString(8, seniority);
					response.setDate(9, week);
					response.setDate(10, week);
					response.setString(11, "R" + responseId);
					response.addBatch();
					double bias = random.nextGaussian() * 15;
					java.util.Map<String, double[]> bySub = new java.util.HashMap<>();
					for (Item item : items) {
						double value = Math.max(0,
								Math.min(100, Math.round((50 + bias + random.nextGaussian() * 25) / 25) * 25));
						rows += addScore(score, responseId, id, partner, profession, seniority, "ITEM", item.id(),
								value, itemsPerScale.get(item.subdimension()));
						bySub.computeIfAbsent(item.subdimension(), (k) -> new double[2])[0] += value;
						bySub.get(item.subdimension())[1]++;
					}
					java.util.Map<String, double[]> byDimension = new java.util.HashMap<>();
					for (SubDimension subdimension : subdimensions) {
						double[] sum = bySub.get(subdimension.id());
						if (sum != null) {
							double mean = sum[0] / sum[1];
							rows += addScore(score, responseId, id, partner, profession, seniority, "SUBDIMENSION",
									subdimension.id(), mean, (int) sum[1]);
							byDimension.computeIfAbsent(subdimension.dimension().code(),
									(k) -> new double[2])[0] += mean;
							byDimension.get(subdimension.dimension().code())[1]++;
						}
					}
					double overall = 0;
					for (var entry : byDimension.entrySet()) {
						double mean = entry.getValue()[0] / entry.getValue()[1];
						rows += addScore(score, responseId, id, partner, profession, seniority, "DIMENSION",
								entry.getKey(), mean, 0);
						overall += entry.getKey().equals("change-readiness") ? 0 : mean / 3;
					}
					rows += addScore(score, responseId, id, partner, profession, seniority, "OVERALL", "overall",
							overall, 0);
					if (r % 500 == 499) {
						response.executeBatch();
						score.executeBatch();
						connection.commit();
					}
				}
				response.executeBatch();
				score.executeBatch();
				connection.commit();
			}
		}
		return rows;
	}

	private static int addScore(PreparedStatement score, long responseId, AssessmentId id, long partner,
			String profession, String seniority, String kind, String scale, double value, int scaleItems)
			throws Exception {
		score.setLong(1, responseId);
		score.setLong(2, id.value());
		score.setLong(3, partner);
		score.setString(4, profession);
		score.setString(5, seniority);
		score.setString(6, kind);
		score.setString(7, scale);
		score.setDouble(8, value);
		score.setInt(9, scaleItems);
		score.addBatch();
		return 1;
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
