package org.threefold.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.ThreefoldApplication;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.Rescoring;
import org.threefold.partner.Profession;
import org.threefold.partner.Sector;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.UserId;
import org.threefold.support.Infrastructure;

/**
 * Fills a PostgreSQL schema with a national-scale synthetic dataset for the benchmarks
 * (issue 9): 42 integrated care systems, each with a realistic partnership (an ICB,
 * acute, mental health, community and ambulance trusts, primary care networks,
 * pharmacies, councils, care providers, hospices and voluntary organisations, with
 * headcounts), and three closed rounds of the staff pulse per ICS ("Staff pulse" series:
 * winter 2025, summer 2025, winter 2026) holding 1,000,000 submitted responses between
 * them by default. Respondents are spread over partners by headcount, over professions by
 * sector (nurses in hospitals, social workers in councils…) and over seniority bands
 * (mostly frontline). Answers come from a simple latent model (ICS, partner, sector,
 * seniority and respondent effects, a little improvement each round, leaders a little
 * more positive than frontline staff) with "not applicable" and "don't know" where
 * offered.
 * <p>
 * Responses and answers are written with PostgreSQL {@code COPY}; the respondent scores
 * are then computed from those answers by the application's own bulk rescoring
 * ({@link Rescoring#rescoreAll}), exactly as at submission. The schema is created by the
 * application's Flyway migrations and kept afterwards (drop it with
 * {@code drop schema national cascade}).
 * <p>
 * Command (docs/performance.md, "National scale"):
 *
 * <pre>
 * ./mvnw -q test-compile exec:exec -Dspring-javaformat.skip -Dexec.executable=java \
 *   -Dexec.classpathScope=test \
 *   -Dexec.args="-Xmx2g -classpath %classpath org.threefold.benchmark.NationalDataGenerator national 1000000"
 * </pre>
 *
 * Arguments: schema (default {@code national}, must not exist yet), respondents (default
 * 1,000,000), ICSs (default 42).
 */
public final class NationalDataGenerator {

	/** Share of each round's responses: winter 2025, summer 2025, winter 2026. */
	private static final double[] ROUND_SHARE = { 0.25, 0.30, 0.45 };

	private static final String[] ROUND_TITLE = { "Staff pulse, winter 2025", "Staff pulse, summer 2025",
			"Staff pulse, winter 2026" };

	private static final String[] REGIONS = { "North East and Yorkshire", "North West", "Midlands", "East of England",
			"London", "South East", "South West" };

	private final ConfigurableApplicationContext context;

	private final JdbcTemplate jdbc;

	private final String schema;

	private final Random random = new Random(20261122);

	NationalDataGenerator(ConfigurableApplicationContext context, String schema) {
		this.context = context;
		this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		this.schema = schema;
	}

	public static void main(String[] args) throws Exception {
		String schema = (args.length > 0) ? args[0] : "national";
		int respondents = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
		int icss = (args.length > 2) ? Integer.parseInt(args[2]) : 42;
		if (!schema.matches("[a-z][a-z0-9_]{0,40}")) {
			throw new IllegalArgumentException("Schema names here are lower-case letters, digits and _: " + schema);
		}
		try (ConfigurableApplicationContext context = start(schema, true)) {
			new NationalDataGenerator(context, schema).generate(respondents, icss);
		}
	}

	/**
	 * Starts the application on a PostgreSQL schema (created by Flyway if it does not
	 * exist), without the demo or scheduled jobs, on a random port.
	 */
	static ConfigurableApplicationContext start(String schema, boolean create) throws Exception {
		if (create) {
			try (Connection connection = Infrastructure.postgres();
					Statement statement = connection.createStatement()) {
				var exists = statement.executeQuery(
						"select count(*) from information_schema.schemata where schema_name = '" + schema + "'");
				exists.next();
				if (exists.getInt(1) > 0) {
					throw new IllegalStateException("Schema " + schema + " exists already; drop it first (drop schema "
							+ schema + " cascade) or pick another name");
				}
			}
		}
		String separator = Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?";
		return new SpringApplicationBuilder(ThreefoldApplication.class).profiles("postgres")
			.run("--threefold.demo.enabled=false", "--threefold.scheduling.enabled=false", "--logging.level.root=warn",
					"--spring.main.banner-mode=off", "--server.port=0",
					"--spring.datasource.url=" + Infrastructure.POSTGRES_URL + separator + "currentSchema=" + schema,
					"--spring.datasource.username=" + Infrastructure.POSTGRES_USER,
					"--spring.datasource.password=" + Infrastructure.POSTGRES_PASSWORD,
					"--spring.flyway.schemas=" + schema, "--spring.flyway.create-schemas=true");
	}

	private void generate(int respondents, int icss) throws Exception {
		long start = System.nanoTime();
		QuestionnaireCatalog catalog = this.context.getBean(QuestionnaireCatalog.class);
		QuestionnaireDefinition pulse = catalog.find("staff-pulse").orElseThrow();
		List<Item> likerts = pulse.items().filter((item) -> item.spec() instanceof ItemSpec.Likert).toList();
		List<Ics> systems = partnerships(icss);
		long partners = systems.stream().mapToLong((ics) -> ics.partners.size()).sum();
		System.out.printf(Locale.UK, "%d ICSs, %,d partners (%.1f s)%n", systems.size(), partners, seconds(start));

		// Responses per ICS in proportion to its staff, so large systems have large
		// rounds.
		double staff = systems.stream().mapToDouble(Ics::headcount).sum();
		LocalDate today = LocalDate.now();
		long nextResponse = this.jdbc.queryForObject("select coalesce(max(id), 0) from response", Long.class) + 1;
		long answers = 0;
		long written = 0;
		try (Connection connection = DriverManager
			.getConnection(
					Infrastructure.POSTGRES_URL + (Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?")
							+ "currentSchema=" + this.schema,
					Infrastructure.POSTGRES_USER, Infrastructure.POSTGRES_PASSWORD)) {
			connection.setAutoCommit(false);
			PGConnection pg = connection.unwrap(PGConnection.class);
			for (Ics ics : systems) {
				int icsRespondents = (int) Math.round(respondents * ics.headcount() / staff);
				if (ics == systems.get(systems.size() - 1)) {
					icsRespondents = respondents - (int) written;
				}
				for (int round = 0; round < ROUND_SHARE.length; round++) {
					int roundRespondents = (round == ROUND_SHARE.length - 1)
							? icsRespondents - (int) Math.round(icsRespondents * (ROUND_SHARE[0] + ROUND_SHARE[1]))
							: (int) Math.round(icsRespondents * ROUND_SHARE[round]);
					LocalDate closes = today.minusWeeks(52L * (ROUND_SHARE.length - 1 - round) / 2 + 1);
					Round created = round(ics, ROUND_TITLE[round], closes.minusWeeks(4), closes);
					CopyIn responseCopy = pg.getCopyAPI()
						.copyIn("copy response (id, assessment_id, partner_id, audience, questionnaire_version_id,"
								+ " device_secret_hash, resume_code_hash, profession, seniority, status, started_week,"
								+ " submitted_week, receipt_code, version) from stdin");
					StringBuilder rows = new StringBuilder(1 << 20);
					List<long[]> people = new ArrayList<>(roundRespondents);
					String week = closes.minusWeeks(1).with(DayOfWeek.MONDAY).toString();
					for (int r = 0; r < roundRespondents; r++) {
						Partner partner = ics.pick(this.random);
						Profession profession = partner.sector.profession(this.random);
						SeniorityBand band = seniority(this.random);
						long id = nextResponse++;
						people.add(new long[] { id, ics.partners.indexOf(partner), band.ordinal() });
						rows.append(id)
							.append('\t')
							.append(created.id)
							.append('\t')
							.append(partner.id)
							.append("\tSTAFF\t")
							.append(created.version)
							.append('\t')
							.append(String.format("d%063x", id))
							.append('\t')
							.append(String.format("r%063x", id))
							.append('\t')
							.append(profession.name())
							.append('\t')
							.append(band.name())
							.append("\tSUBMITTED\t")
							.append(week)
							.append('\t')
							.append(week)
							.append('\t')
							.append(String.format("N%03X-%04X", id % 4096, id % 65536))
							.append("\t0\n");
						if (rows.length() > (1 << 20)) {
							write(responseCopy, rows);
						}
					}
					write(responseCopy, rows);
					responseCopy.endCopy();
					CopyIn answerCopy = pg.getCopyAPI()
						.copyIn("copy answer (response_id, item_id, sub_key, answer_value) from stdin");
					for (long[] person : people) {
						Partner partner = ics.partners.get((int) person[1]);
						SeniorityBand band = SeniorityBand.values()[(int) person[2]];
						double latent = ics.effect + partner.effect + partner.sector.effect + 0.12 * round
								+ ((band == SeniorityBand.BOARD_EXECUTIVE || band == SeniorityBand.SENIOR_LEADER) ? 0.45
										: 0)
								+ this.random.nextGaussian() * 0.6;
						for (Item item : likerts) {
							ItemSpec.Likert likert = (ItemSpec.Likert) item.spec();
							double roll = this.random.nextDouble();
							String value;
							if (likert.notApplicable() && roll < 0.04) {
								value = "not-applicable";
							}
							else if (likert.dontKnow() && roll < 0.06) {
								value = "dont-know";
							}
							else if (!item.required() && roll > 0.95) {
								continue;
							}
							else {
								double itemEffect = (item.dimension() != null
										&& item.dimension().name().equals("TECHNOLOGY")) ? partner.sector.technology
												: 0;
								long answer = Math.round(3 + latent + itemEffect + this.random.nextGaussian() * 0.8);
								int likertValue = (int) Math.max(1, Math.min(5, answer));
								value = String.valueOf(likert.reverse() ? 6 - likertValue : likertValue);
							}
							rows.append(person[0])
								.append('\t')
								.append(item.id())
								.append("\t\t")
								.append(value)
								.append('\n');
							answers++;
						}
						if (rows.length() > (1 << 20)) {
							write(answerCopy, rows);
						}
					}
					write(answerCopy, rows);
					answerCopy.endCopy();
					connection.commit();
					written += roundRespondents;
				}
				System.out.printf(Locale.UK, "  %-28s %3d partners, staff %,9d, %,7d responses (%.0f s)%n", ics.name,
						ics.partners.size(), (long) ics.headcount(), icsRespondents, seconds(start));
			}
		}
		this.jdbc.execute("select setval('response_seq', (select max(id) from response) + 1000)");
		System.out.printf(Locale.UK, "Wrote %,d responses and %,d answers with COPY in %.1f s%n", written, answers,
				seconds(start));
		this.jdbc.execute("analyze");
		long scoring = System.nanoTime();
		// What Rescoring.rescoreAll does, one assessment at a time so progress shows.
		Rescoring rescoring = this.context.getBean(Rescoring.class);
		long scored = 0;
		long scoreRows = 0;
		List<Long> ids = this.jdbc.queryForList("select id from assessment order by id", Long.class);
		for (int i = 0; i < ids.size(); i++) {
			AssessmentId id = new AssessmentId(ids.get(i));
			Rescoring.Result result = SystemTask.asAdministrator(() -> rescoring.rescore(id));
			scored += result.responses();
			scoreRows += result.rows();
			if ((i + 1) % 12 == 0 || i == ids.size() - 1) {
				System.out.printf(Locale.UK,
						"  scored %d of %d assessments: %,d responses, %,d rows (%.0f s," + " %,.0f responses/s)%n",
						i + 1, ids.size(), scored, scoreRows, seconds(scoring), scored / seconds(scoring));
			}
		}
		System.out.printf(Locale.UK, "Scored them with the bulk rescoring: %,d responses, %,d score rows in %.1f s%n",
				scored, scoreRows, seconds(scoring));
		long vacuum = System.nanoTime();
		this.jdbc.execute("vacuum analyze");
		System.out.printf(Locale.UK, "vacuum analyze: %.1f s%nDone: schema %s in %.1f s%n", seconds(vacuum),
				this.schema, seconds(start));
	}

	private static void write(CopyIn copy, StringBuilder rows) throws Exception {
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		rows.setLength(0);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** Creates ICSs and their partners in SQL, as an import would. */
	private List<Ics> partnerships(int count) {
		long nextIcs = this.jdbc.queryForObject("select coalesce(max(id), 0) from ics", Long.class) + 1;
		long nextPartner = this.jdbc.queryForObject("select coalesce(max(id), 0) from partner", Long.class) + 1;
		List<Ics> systems = new ArrayList<>();
		OffsetDateTime now = OffsetDateTime.now();
		for (int i = 0; i < count; i++) {
			Ics ics = new Ics(nextIcs++, "National ICS " + (i + 1), this.random.nextGaussian() * 0.35);
			this.jdbc.update("insert into ics (id, code, name, region, demo, created_at) values (?, ?, ?, ?, false, ?)",
					ics.id, "NAT-" + (i + 1), ics.name, REGIONS[i % REGIONS.length], now);
			// Populations differ about fourfold between the smallest and largest systems.
			double size = 0.5 + 1.5 * this.random.nextDouble();
			for (Template template : Template.values()) {
				int n = template.min + this.random.nextInt(template.max - template.min + 1);
				for (int k = 1; k <= n; k++) {
					int headcount = (int) Math.max(20,
							template.headcount * size * (0.6 + 0.8 * this.random.nextDouble()));
					Partner partner = new Partner(nextPartner++, template, headcount, this.random.nextGaussian() * 0.3);
					String name = template.label + ((n > 1) ? " " + k : "") + ", " + ics.name;
					this.jdbc.update(
							"insert into partner (id, ics_id, name, sector, ods_code, headcount, budget_band, created_at,"
									+ " version) values (?, ?, ?, ?, null, ?, null, ?, 0)",
							partner.id, ics.id, name, template.sector.name(), headcount, now);
					ics.partners.add(partner);
				}
			}
			ics.index();
			systems.add(ics);
		}
		this.jdbc.execute("select setval('ics_seq', (select max(id) from ics) + 1000)");
		this.jdbc.execute("select setval('partner_seq', (select max(id) from partner) + 1000)");
		return systems;
	}

	/**
	 * Creates one closed round through the assessment service (so links and the stored
	 * questionnaire version are real), then moves its dates into the past.
	 */
	private Round round(Ics ics, String title, LocalDate opens, LocalDate closes) {
		SignedInUser leader = new SignedInUser(new UserId(Long.MAX_VALUE - 2), "generator", "National generator",
				Role.ICS_LEADER, Optional.of(new IcsId(ics.id)), Optional.empty());
		AssessmentService assessments = this.context.getBean(AssessmentService.class);
		Set<PartnerId> partners = new LinkedHashSet<>();
		ics.partners.forEach((p) -> partners.add(new PartnerId(p.id)));
		return SystemTask.as(leader, () -> {
			AssessmentId id = assessments
				.createDraft(new AssessmentPlan(title, "Staff pulse", LocalDate.now(), LocalDate.now().plusWeeks(4), 5,
						10, true, true, null, "staff-pulse", partners))
				.id();
			assessments.open(id);
			assessments.close(id);
			this.jdbc.update("update assessment set opens_on = ?, closes_on = ? where id = ?", opens, closes,
					id.value());
			Map<Audience, Long> versions = assessments.questionnaireVersions(id);
			return new Round(id.value(), versions.get(Audience.STAFF));
		});
	}

	private static SeniorityBand seniority(Random random) {
		double roll = random.nextDouble();
		return (roll < 0.03) ? SeniorityBand.BOARD_EXECUTIVE : (roll < 0.11) ? SeniorityBand.SENIOR_LEADER
				: (roll < 0.32) ? SeniorityBand.MANAGER_TEAM_LEADER : SeniorityBand.FRONTLINE;
	}

	private record Round(long id, long version) {
	}

	/**
	 * The kinds of partner in a typical ICS: how many of each (min–max), typical staff
	 * headcount, and how staff split over professions.
	 */
	private enum Template {

		ICB("Integrated care board", Sector.INTEGRATED_CARE_BOARD, 1, 1, 600, 0.1, 0.1,
				Profession.MANAGEMENT_ADMINISTRATION, 60, Profession.DIGITAL_DATA, 15, Profession.NURSE, 10,
				Profession.INFORMATION_GOVERNANCE, 5, Profession.OTHER, 10),
		ACUTE("Acute hospital trust", Sector.ACUTE_TRUST, 1, 3, 8000, 0, 0.2, Profession.NURSE, 35, Profession.DOCTOR,
				14, Profession.ALLIED_HEALTH, 12, Profession.MANAGEMENT_ADMINISTRATION, 20, Profession.CARE_AND_SUPPORT,
				10, Profession.PHARMACY, 3, Profession.DIGITAL_DATA, 3, Profession.OTHER, 3),
		MENTAL_HEALTH("Mental health trust", Sector.MENTAL_HEALTH_TRUST, 1, 1, 4000, 0, 0.1, Profession.NURSE, 30,
				Profession.MENTAL_HEALTH, 25, Profession.DOCTOR, 6, Profession.MANAGEMENT_ADMINISTRATION, 20,
				Profession.CARE_AND_SUPPORT, 14, Profession.OTHER, 5),
		COMMUNITY("Community health services", Sector.COMMUNITY_HEALTH, 1, 2, 2500, 0.1, 0, Profession.NURSE, 40,
				Profession.ALLIED_HEALTH, 25, Profession.MANAGEMENT_ADMINISTRATION, 20, Profession.CARE_AND_SUPPORT, 10,
				Profession.OTHER, 5),
		AMBULANCE("Ambulance service", Sector.AMBULANCE_SERVICE, 1, 1, 1500, -0.1, 0, Profession.PARAMEDIC, 65,
				Profession.MANAGEMENT_ADMINISTRATION, 25, Profession.OTHER, 10),
		PCN("Primary care network", Sector.PRIMARY_CARE_NETWORK, 6, 14, 180, 0.1, 0.1, Profession.DOCTOR, 25,
				Profession.NURSE, 20, Profession.MANAGEMENT_ADMINISTRATION, 35, Profession.PHARMACY, 8,
				Profession.ALLIED_HEALTH, 7, Profession.OTHER, 5),
		PHARMACY("Community pharmacies", Sector.COMMUNITY_PHARMACY, 1, 3, 300, 0, -0.1, Profession.PHARMACY, 80,
				Profession.MANAGEMENT_ADMINISTRATION, 15, Profession.OTHER, 5),
		DENTAL("Dental and optical practices", Sector.DENTISTRY, 1, 2, 200, -0.1, -0.3, Profession.DENTAL_OPTICAL, 80,
				Profession.MANAGEMENT_ADMINISTRATION, 20),
		COUNCIL("Local authority", Sector.LOCAL_AUTHORITY, 1, 4, 2000, -0.1, -0.4, Profession.SOCIAL_WORK, 30,
				Profession.MANAGEMENT_ADMINISTRATION, 40, Profession.CARE_AND_SUPPORT, 20, Profession.DIGITAL_DATA, 5,
				Profession.OTHER, 5),
		CARE("Adult social care provider", Sector.ADULT_SOCIAL_CARE, 2, 6, 400, -0.2, -0.6, Profession.CARE_AND_SUPPORT,
				75, Profession.NURSE, 5, Profession.MANAGEMENT_ADMINISTRATION, 20),
		HOSPICE("Hospice", Sector.HOSPICE, 1, 2, 250, 0.2, -0.3, Profession.NURSE, 40, Profession.CARE_AND_SUPPORT, 30,
				Profession.DOCTOR, 5, Profession.MANAGEMENT_ADMINISTRATION, 25),
		VOLUNTARY("Voluntary and community organisation", Sector.VOLUNTARY_COMMUNITY, 2, 5, 120, 0.1, -0.5,
				Profession.VOLUNTARY_SECTOR, 70, Profession.MANAGEMENT_ADMINISTRATION, 20, Profession.OTHER, 10);

		private final String label;

		private final Sector sector;

		private final int min;

		private final int max;

		private final int headcount;

		private final double effect;

		private final double technology;

		private final Profession[] professions;

		private final int[] weights;

		Template(String label, Sector sector, int min, int max, int headcount, double effect, double technology,
				Object... mix) {
			this.label = label;
			this.sector = sector;
			this.min = min;
			this.max = max;
			this.headcount = headcount;
			this.effect = effect;
			this.technology = technology;
			this.professions = new Profession[mix.length / 2];
			this.weights = new int[mix.length / 2];
			for (int i = 0; i < mix.length / 2; i++) {
				this.professions[i] = (Profession) mix[2 * i];
				this.weights[i] = (Integer) mix[2 * i + 1];
			}
		}

		Profession profession(Random random) {
			int total = 0;
			for (int weight : this.weights) {
				total += weight;
			}
			int roll = random.nextInt(total);
			for (int i = 0; i < this.weights.length; i++) {
				roll -= this.weights[i];
				if (roll < 0) {
					return this.professions[i];
				}
			}
			return this.professions[this.professions.length - 1];
		}

	}

	private static final class Partner {

		private final long id;

		private final Template sector;

		private final int headcount;

		private final double effect;

		Partner(long id, Template sector, int headcount, double effect) {
			this.id = id;
			this.sector = sector;
			this.headcount = headcount;
			this.effect = effect;
		}

	}

	private static final class Ics {

		private final long id;

		private final String name;

		private final double effect;

		private final List<Partner> partners = new ArrayList<>();

		private double[] cumulative;

		Ics(long id, String name, double effect) {
			this.id = id;
			this.name = name;
			this.effect = effect;
		}

		double headcount() {
			return this.partners.stream().mapToDouble((p) -> p.headcount).sum();
		}

		void index() {
			this.cumulative = new double[this.partners.size()];
			double sum = 0;
			for (int i = 0; i < this.partners.size(); i++) {
				sum += this.partners.get(i).headcount;
				this.cumulative[i] = sum;
			}
		}

		/** A partner at random, in proportion to its staff. */
		Partner pick(Random random) {
			double roll = random.nextDouble() * this.cumulative[this.cumulative.length - 1];
			int index = java.util.Arrays.binarySearch(this.cumulative, roll);
			return this.partners.get((index >= 0) ? index : Math.min(-index - 1, this.partners.size() - 1));
		}

	}

}
