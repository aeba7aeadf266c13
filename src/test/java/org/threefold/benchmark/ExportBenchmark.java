package org.threefold.benchmark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.sql.DataSource;

import org.apache.poi.util.Units;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.chart.ChartImage;
import org.threefold.chart.HeatmapChart;
import org.threefold.chart.ProfileChart;
import org.threefold.export.ExportFormat;
import org.threefold.export.ExportService;
import org.threefold.export.Progress;
import org.threefold.export.internal.RenderedCharts;
import org.threefold.export.internal.ResultsCache;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.SubDimension;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.ResultsService;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;

/**
 * Measures the exports (issue 7): the board report plus the workbook for an ICS of 60
 * partners and 20,000 respondents, against a floor of a bare POI write of the same
 * pictures and cells with nothing around it; and responses.csv for 1,000,000 respondents,
 * streamed to a counting sink while the heap is sampled. Not a test: Maven never runs it;
 * docs/performance.md gives the command and the results.
 * <p>
 * Respondent rows are written straight into the tables with batched JDBC, with scores for
 * the overall score, the dimensions and the sub-dimensions (the 1,000,000 have the
 * overall score and the dimensions only, to keep loading them short); what is measured is
 * reading and writing the files.
 */
public final class ExportBenchmark {

	private final BenchmarkApplication app;

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private ExportBenchmark(BenchmarkApplication app) {
		this.app = app;
		this.context = app.context();
		this.jdbc = app.jdbc();
	}

	public static void main(String[] args) throws Exception {
		String database = (args.length > 0) ? args[0] : "postgres";
		int respondents = (args.length > 1) ? Integer.parseInt(args[1]) : 20_000;
		int csvRespondents = (args.length > 2) ? Integer.parseInt(args[2]) : 1_000_000;
		int runs = (args.length > 3) ? Integer.parseInt(args[3]) : 5;
		try (BenchmarkApplication app = BenchmarkApplication.start(database)) {
			new ExportBenchmark(app).run(database, respondents, csvRespondents, runs);
		}
	}

	private void run(String database, int respondents, int csvRespondents, int runs) throws Exception {
		SignedInUser leader = this.app.demoLeader();
		List<Long> partners = this.app.partnersUpTo(leader, 60);
		List<SubDimension> subdimensions = this.context.getBean(QuestionnaireCatalog.class)
			.framework()
			.orElseThrow()
			.subdimensions();

		AssessmentId packs = this.app.openAssessment(leader, "Export benchmark", 40, partners);
		long start = System.nanoTime();
		long rows = write(packs, respondents, partners, subdimensions);
		System.out.printf(Locale.UK, "%nWrote %,d respondents over %d partners (%,d score rows) in %.1f s%n",
				respondents, partners.size(), rows, (System.nanoTime() - start) / 1e9);
		if (database.equals("postgres")) {
			// The board report and workbook carry the power heatmaps: as many partner
			// leads again rate all 60 partners (PostgreSQL only: copied in).
			long powerStart = System.nanoTime();
			long powerRows = this.app.writePowerAnswers(packs, this.app.questionnaireVersion(leader, packs),
					respondents, partners);
			System.out.printf(Locale.UK, "Wrote %,d power answers of %,d respondents in %.1f s%n", powerRows,
					respondents, (System.nanoTime() - powerStart) / 1e9);
			this.jdbc.execute("vacuum analyze answer");
			this.jdbc.execute("vacuum analyze respondent_score");
			this.jdbc.execute("vacuum analyze response");
		}
		ExportService exports = this.context.getBean(ExportService.class);
		ResultsService resultsService = this.context.getBean(ResultsService.class);
		long[] sizes = new long[2];
		double cold = time(() -> {
			sizes[0] = export(leader, exports, packs, ExportFormat.BOARD_REPORT, new ByteArrayOutputStream());
			sizes[1] = export(leader, exports, packs, ExportFormat.WORKBOOK, new ByteArrayOutputStream());
		});
		double[] both = new double[runs];
		double[] fresh = new double[runs];
		double[] floor = new double[runs];
		ResultsCache resultsCache = this.context.getBean(ResultsCache.class);
		RenderedCharts charts = this.context.getBean(RenderedCharts.class);
		AssessmentResults results = SystemTask.as(leader, () -> resultsService.results(packs));
		List<ChartImage> pictures = pictures(results);
		int scoreRows = (1 + Arrays.stream(Grouping.values()).mapToInt((g) -> results.groups(g).size()).sum())
				* results.scales().size();
		for (int i = 0; i < runs; i++) {
			resultsCache.clear();
			charts.clear();
			fresh[i] = time(() -> {
				export(leader, exports, packs, ExportFormat.BOARD_REPORT, new ByteArrayOutputStream());
				export(leader, exports, packs, ExportFormat.WORKBOOK, new ByteArrayOutputStream());
			});
			both[i] = time(() -> {
				export(leader, exports, packs, ExportFormat.BOARD_REPORT, new ByteArrayOutputStream());
				export(leader, exports, packs, ExportFormat.WORKBOOK, new ByteArrayOutputStream());
			});
			floor[i] = time(() -> floor(pictures, scoreRows + respondents, 6 + results.scales().size()));
		}
		System.out.printf(Locale.UK,
				"%nBoard report (%,d bytes) + workbook (%,d bytes), %s, %,d respondents, %d partners, %d warm runs%n",
				sizes[0], sizes[1], database, results.respondents(), partners.size(), runs);
		System.out.printf(Locale.UK, "  first pair (cold):                 %8.1f ms%n", cold);
		report("  board report + workbook (warm, nothing kept)", fresh);
		report("  board report + workbook (warm, results and charts kept)", both);
		report("  floor: bare POI, same pictures and cells", floor);
		System.out.printf(Locale.UK, "  ratio of medians, nothing kept: %.2f; kept: %.2f%n",
				median(fresh) / median(floor), median(both) / median(floor));

		if (csvRespondents > 0) {
			AssessmentId big = this.app.openAssessment(leader, "CSV benchmark", 40, partners);
			start = System.nanoTime();
			rows = writeHeadline(big, csvRespondents, partners);
			System.out.printf(Locale.UK, "%nWrote %,d respondents (%,d score rows) in %.1f s%n", csvRespondents, rows,
					(System.nanoTime() - start) / 1e9);
			if (database.equals("postgres")) {
				this.jdbc.execute("vacuum analyze respondent_score");
				this.jdbc.execute("vacuum analyze response");
			}
			System.gc();
			long baseline = heapUsed();
			HeapSampler sampler = new HeapSampler();
			sampler.start();
			CountingSink sink = new CountingSink();
			long[] lines = new long[1];
			double millis = time(() -> SystemTask.as(leader, () -> {
				try {
					return exports.write(big, ExportFormat.RESPONSES_CSV, sink, (fraction, step) -> lines[0]++);
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}));
			sampler.stop = true;
			sampler.join();
			System.out.printf(Locale.UK,
					"%nresponses.csv of %,d respondents (%s): %,d bytes in %.1f s (%,.0f rows/s)%n"
							+ "  heap used before: %,d MB; while streaming: min %,d MB, median %,d MB, max %,d MB "
							+ "(%d samples, max heap %,d MB)%n",
					csvRespondents, database, sink.count, millis / 1000, csvRespondents / (millis / 1000),
					baseline >> 20, sampler.min() >> 20, sampler.median() >> 20, sampler.max() >> 20,
					sampler.samples.size(), Runtime.getRuntime().maxMemory() >> 20);
		}
	}

	private static long export(SignedInUser leader, ExportService exports, AssessmentId id, ExportFormat format,
			ByteArrayOutputStream out) {
		SystemTask.as(leader, () -> {
			try {
				return exports.write(id, format, out, Progress.NONE);
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		return out.size();
	}

	/** The charts the board report draws, rendered once outside the timing. */
	private static List<ChartImage> pictures(AssessmentResults results) {
		List<ChartImage> pictures = new ArrayList<>();
		pictures.add(ProfileChart.render(org.threefold.export.internal.ResultWords.profile(results)));
		for (Grouping grouping : List.of(Grouping.PARTNER, Grouping.SECTOR, Grouping.PROFESSION, Grouping.SENIORITY)) {
			pictures.add(HeatmapChart.render(org.threefold.export.internal.ResultWords.heatmap(results, grouping)));
		}
		return pictures;
	}

	/**
	 * The floor: a .docx holding the same pictures and a .xlsx of the same number of rows
	 * and columns of numbers, streamed, with nothing else.
	 */
	private static void floor(List<ChartImage> pictures, int rows, int columns) {
		try (XWPFDocument document = new XWPFDocument(); SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			for (ChartImage picture : pictures) {
				XWPFRun run = document.createParagraph().createRun();
				run.addPicture(new ByteArrayInputStream(picture.png()), Document.PICTURE_TYPE_PNG, "p.png",
						Units.toEMU(480), Units.toEMU(480.0 * picture.height() / picture.width()));
			}
			document.write(new ByteArrayOutputStream());
			SXSSFSheet sheet = workbook.createSheet("Floor");
			for (int r = 0; r < rows; r++) {
				var row = sheet.createRow(r);
				for (int c = 0; c < columns; c++) {
					row.createCell(c).setCellValue(r * 0.5 + c);
				}
			}
			workbook.write(new ByteArrayOutputStream());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private long write(AssessmentId id, int respondents, List<Long> partners, List<SubDimension> subdimensions)
			throws Exception {
		return generate(id, respondents, subdimensions);
	}

	private long writeHeadline(AssessmentId id, int respondents, List<Long> partners) throws Exception {
		return generate(id, respondents, List.of());
	}

	/**
	 * The same kind of rows as {@link #insert}, made by the database itself with
	 * {@code INSERT … SELECT} over a generated series, which loads a million respondents
	 * in minutes instead of hours on a busy machine: partners skewed (a few large, many
	 * small), professions, seniority and five weeks spread by the row number, random
	 * receipt codes and scores.
	 */
	private long generate(AssessmentId id, int respondents, List<SubDimension> subdimensions) {
		String series = this.app.postgres() ? "generate_series(1::bigint, " + respondents + ") as g(x)"
				: "system_range(1, " + respondents + ") as g";
		String random = this.app.postgres() ? "random()" : "rand()";
		String code = this.app.postgres() ? "substr(md5(random()::text), 1, 20)"
				: "substring(cast(random_uuid() as varchar), 1, 20)";
		long version = this.jdbc.queryForObject("select leads_questionnaire_id from assessment where id = ?",
				Long.class, id.value());
		long base = this.jdbc.queryForObject("select coalesce(max(id), 0) from response", Long.class) + 1_000_000;
		this.jdbc.execute("create table if not exists bench_partner (idx int primary key, partner_id bigint)");
		this.jdbc.update("delete from bench_partner");
		List<Long> partners = this.jdbc.queryForList(
				"select partner_id from assessment_partner where assessment_id = ?" + " order by partner_id",
				Long.class, id.value());
		for (int i = 0; i < partners.size(); i++) {
			this.jdbc.update("insert into bench_partner values (?, ?)", i, partners.get(i));
		}
		StringBuilder professions = new StringBuilder();
		Profession[] all = Profession.values();
		for (int i = 0; i < all.length; i++) {
			professions.append(" when ").append(i).append(" then '").append(all[i].name()).append("'");
		}
		StringBuilder bands = new StringBuilder();
		SeniorityBand[] seniority = SeniorityBand.values();
		for (int i = 0; i < seniority.length; i++) {
			bands.append(" when ").append(i).append(" then '").append(seniority[i].name()).append("'");
		}
		LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
		StringBuilder weeks = new StringBuilder("case mod(x, 5)");
		for (int i = 0; i < 5; i++) {
			weeks.append(" when ").append(i).append(" then date '").append(monday.minusWeeks(i)).append("'");
		}
		weeks.append(" end");
		// Partner index: the square of a uniform number, so low indexes are large
		// partners.
		String partnerIndex = "cast(floor(" + partners.size() + " * (mod(x * 7919, 10007) / 10007.0) * (mod(x * 7919, "
				+ "10007) / 10007.0)) as int)";
		this.jdbc.update("insert into response (id, assessment_id, partner_id, audience, questionnaire_version_id,"
				+ " device_secret_hash, resume_code_hash, profession, seniority, status, started_week, submitted_week,"
				+ " receipt_code, version) select " + base + " + x, " + id.value() + ", p.partner_id, 'LEADS', "
				+ version + ", concat('d', " + base + " + x), concat('r', " + base + " + x), case mod(x, " + all.length
				+ ")" + professions + " end, case mod(x * 31, " + seniority.length + ")" + bands + " end, 'SUBMITTED', "
				+ weeks + ", " + weeks + ", " + code + ", 0 from " + series + " join bench_partner p on p.idx = "
				+ partnerIndex);
		long rows = 0;
		List<String[]> scales = new ArrayList<>();
		scales.add(new String[] { "OVERALL", "overall" });
		for (String dimension : List.of("technology", "relationships", "enabling-environment", "change-readiness")) {
			scales.add(new String[] { "DIMENSION", dimension });
		}
		subdimensions.forEach((sub) -> scales.add(new String[] { "SUBDIMENSION", sub.id() }));
		for (String[] scale : scales) {
			rows += this.jdbc.update("insert into respondent_score (response_id, assessment_id, partner_id, audience,"
					+ " profession, seniority, scale_kind, scale_id, score, scale_items) select id, assessment_id,"
					+ " partner_id, audience, profession, seniority, '" + scale[0] + "', '" + scale[1] + "', round("
					+ random + " * 4) * 25, 0 from response where assessment_id = " + id.value());
		}
		return rows;
	}

	/**
	 * Respondents spread over partners (a few large, many small), professions, seniority
	 * and five weeks; with sub-dimension scores when {@code subdimensions} is not empty.
	 */
	private long insert(AssessmentId id, int respondents, List<Long> partners, List<SubDimension> subdimensions)
			throws Exception {
		Random random = new Random(20261122);
		Profession[] professions = Profession.values();
		SeniorityBand[] bands = SeniorityBand.values();
		long version = this.jdbc.queryForObject("select leads_questionnaire_id from assessment where id = ?",
				Long.class, id.value());
		long nextResponse = this.jdbc.queryForObject("select coalesce(max(id), 0) from response", Long.class)
				+ 1_000_000;
		List<String> dimensions = List.of("technology", "relationships", "enabling-environment", "change-readiness");
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
				LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY);
				for (int r = 0; r < respondents; r++) {
					long responseId = nextResponse + r;
					long partner = partners.get((int) Math.min(partners.size() - 1,
							Math.abs(random.nextGaussian()) * partners.size() / 2.5));
					String profession = professions[random.nextInt(professions.length)].name();
					String seniority = bands[random.nextInt(bands.length)].name();
					Date week = Date.valueOf(monday.minusWeeks(random.nextInt(5)));
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
					response.setString(11, Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
					response.addBatch();
					double bias = random.nextGaussian() * 15;
					double overall = 0;
					for (String dimension : dimensions) {
						double mean = clamp(50 + bias + random.nextGaussian() * 12);
						for (SubDimension sub : subdimensions) {
							if (sub.dimension().code().equals(dimension)) {
								rows += add(score, responseId, id, partner, profession, seniority, "SUBDIMENSION",
										sub.id(), clamp(mean + random.nextGaussian() * 10));
							}
						}
						rows += add(score, responseId, id, partner, profession, seniority, "DIMENSION", dimension,
								mean);
						overall += dimension.equals("change-readiness") ? 0 : mean / 3;
					}
					rows += add(score, responseId, id, partner, profession, seniority, "OVERALL", "overall", overall);
					if (r % 1000 == 999) {
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

	private static double clamp(double value) {
		return Math.max(0, Math.min(100, value));
	}

	private static int add(PreparedStatement score, long responseId, AssessmentId id, long partner, String profession,
			String seniority, String kind, String scale, double value) throws Exception {
		score.setLong(1, responseId);
		score.setLong(2, id.value());
		score.setLong(3, partner);
		score.setString(4, profession);
		score.setString(5, seniority);
		score.setString(6, kind);
		score.setString(7, scale);
		score.setDouble(8, value);
		score.setInt(9, 0);
		score.addBatch();
		return 1;
	}

	private static double time(Runnable work) {
		long start = System.nanoTime();
		work.run();
		return (System.nanoTime() - start) / 1e6;
	}

	private static long heapUsed() {
		long used = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				used += pool.getUsage().getUsed();
			}
		}
		return used;
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

	/** Counts bytes and drops them. */
	private static final class CountingSink extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

	/** Samples heap use after each young collection would have run: every 200 ms. */
	private static final class HeapSampler extends Thread {

		final List<Long> samples = new java.util.concurrent.CopyOnWriteArrayList<>();

		volatile boolean stop;

		HeapSampler() {
			setDaemon(true);
		}

		@Override
		public void run() {
			while (!this.stop) {
				this.samples.add(heapUsed());
				try {
					Thread.sleep(200);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		long min() {
			return this.samples.stream().mapToLong(Long::longValue).min().orElse(0);
		}

		long max() {
			return this.samples.stream().mapToLong(Long::longValue).max().orElse(0);
		}

		long median() {
			long[] sorted = this.samples.stream().mapToLong(Long::longValue).sorted().toArray();
			return (sorted.length == 0) ? 0 : sorted[sorted.length / 2];
		}

	}

}
