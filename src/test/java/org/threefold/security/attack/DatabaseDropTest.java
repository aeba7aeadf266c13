package org.threefold.security.attack;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.ThreefoldApplication;
import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.Receipt;
import org.threefold.assessment.RespondentService;
import org.threefold.assessment.ResponseState;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Section;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopId;
import org.threefold.support.CuttableProxy;
import org.threefold.support.Infrastructure;
import org.threefold.support.PostgresTestSchema;
import org.threefold.support.RequiresPostgres;
import org.threefold.support.SignIn;
import org.threefold.workshop.JoinRequest;
import org.threefold.workshop.Joined;
import org.threefold.workshop.Stage;
import org.threefold.workshop.WorkshopMode;
import org.threefold.workshop.WorkshopParticipation;
import org.threefold.workshop.WorkshopPlan;
import org.threefold.workshop.WorkshopService;
import org.threefold.workshop.WorkshopSnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database goes away in the middle of a respondent's submission and of a
 * facilitator's action, through a proxy between the application and PostgreSQL (the
 * shared server keeps running). Each failure must be a technical error (the respondent
 * form and the workshop screens show "please try again" for those, not a validation
 * message), must leave nothing half-written, and the same action must succeed once the
 * database is back, with every answer stored exactly once and the workshop's state equal
 * to its event log.
 */
@RequiresPostgres
class DatabaseDropTest {

	private static final PostgresTestSchema SCHEMA = new PostgresTestSchema();

	private static CuttableProxy proxy;

	private static ConfigurableApplicationContext context;

	private static JdbcTemplate direct;

	private static IcsId ics;

	private static List<PartnerId> partners;

	@BeforeAll
	static void start() throws Exception {
		proxy = new CuttableProxy("127.0.0.1", 5432);
		String base = proxy.jdbcUrl(Infrastructure.POSTGRES_URL);
		String separator = base.contains("?") ? "&" : "?";
		// Plain text on the wire, and the statement text sent every time (no named
		// server-side
		// statements), so the proxy can see which statement is being sent.
		String url = base + separator + "sslmode=disable&prepareThreshold=0&currentSchema=" + SCHEMA.name();
		context = new SpringApplicationBuilder(ThreefoldApplication.class).profiles("postgres")

			// Command-line arguments, so they win over the postgres profile's own
			// settings.
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=" + Infrastructure.POSTGRES_USER,
					"--spring.datasource.password=" + Infrastructure.POSTGRES_PASSWORD,
					"--spring.flyway.schemas=" + SCHEMA.name(), "--spring.flyway.create-schemas=true",
					"--spring.datasource.hikari.maximum-pool-size=2", "--spring.datasource.hikari.minimum-idle=0",
					"--spring.datasource.hikari.connection-timeout=1500",
					"--spring.datasource.hikari.validation-timeout=1000", "--server.port=0",
					"--threefold.demo.enabled=true", "--threefold.scheduling.enabled=false");
		// Checks go straight to the server, never through the proxy.
		direct = new JdbcTemplate(
				new org.springframework.jdbc.datasource.SingleConnectionDataSource(
						Infrastructure.POSTGRES_URL + (Infrastructure.POSTGRES_URL.contains("?") ? "&" : "?")
								+ "currentSchema=" + SCHEMA.name(),
						Infrastructure.POSTGRES_USER, Infrastructure.POSTGRES_PASSWORD, true));
		ics = new IcsId(direct.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		partners = direct.queryForList("select id from partner where ics_id = ? order by name", Long.class, ics.value())
			.stream()
			.map(PartnerId::new)
			.toList();
	}

	@AfterAll
	static void stop() throws Exception {
		if (context != null) {
			context.close();
		}
		if (direct != null) {
			((org.springframework.jdbc.datasource.SingleConnectionDataSource) direct.getDataSource()).destroy();
		}
		if (proxy != null) {
			proxy.close();
		}
		SCHEMA.drop();
	}

	@Test
	void a_submission_cut_off_half_way_leaves_nothing_half_written_and_succeeds_on_retry() {
		AssessmentService assessments = context.getBean(AssessmentService.class);
		RespondentService respondents = context.getBean(RespondentService.class);
		SignedInUser leader = SignIn.as(Role.ICS_LEADER, ics, null);
		AssessmentId id = SignIn.run(leader, () -> {
			AssessmentId created = assessments
				.createDraft(new AssessmentPlan("Pulse " + System.nanoTime(), "Pulse", LocalDate.now().minusDays(1),
						LocalDate.now().plusDays(30), 5, 10, true, true, null, "staff-pulse",
						Set.of(partners.get(0), partners.get(1))))
				.id();
			assessments.open(created);
			return created;
		});
		String url = SignIn.run(leader, () -> assessments.links(id)).get(0).url();
		String secret = respondents
			.startFromLink(url.substring(url.lastIndexOf('/') + 1),
					new org.threefold.assessment.RespondentProfile(Profession.NURSE, SeniorityBand.FRONTLINE))
			.deviceSecret();
		Map<AnswerKey, String> given = answerEverything(respondents, secret);
		long response = direct.queryForObject("select id from response where assessment_id = ?", Long.class,
				id.value());
		assertThat(answerRows(response)).isEqualTo(given.size());

		// The database goes while the scores are being written: the submission's
		// transaction
		// had locked the response and was about to mark it submitted.
		proxy.cutWhenClientSends("insert into respondent_score");
		assertThatThrownBy(() -> respondents.submit(secret)).isInstanceOf(RuntimeException.class)
			.isNotInstanceOf(ValidationException.class);
		assertThat(proxy.isCut()).isTrue();
		// While it is gone, saving an answer fails the same way, and quickly.
		AnswerKey changed = given.keySet().iterator().next();
		assertThatThrownBy(() -> respondents.saveAnswer(secret, changed, given.get(changed)))
			.isInstanceOf(RuntimeException.class)
			.isNotInstanceOf(ValidationException.class);
		// Nothing half-written: still a draft, no receipt, no scores, every answer kept.
		assertThat(direct.queryForMap("select status, receipt_code from response where id = ?", response))
			.containsEntry("status", "DRAFT")
			.containsEntry("receipt_code", null);
		assertThat(direct.queryForObject("select count(*) from respondent_score where response_id = ?", Long.class,
				response))
			.isZero();
		assertThat(answerRows(response)).isEqualTo(given.size());

		proxy.restore();
		ResponseState resumed = respondents.resume(secret).orElseThrow();
		assertThat(resumed.submitted()).isFalse();
		assertThat(resumed.answers()).hasSize(given.size());
		respondents.saveAnswer(secret, changed, given.get(changed));
		Receipt receipt = respondents.submit(secret);
		assertThat(receipt.firstTime()).isTrue();
		assertThat(direct.queryForObject("select status from response where id = ?", String.class, response))
			.isEqualTo("SUBMITTED");
		assertThat(direct.queryForObject(
				"select count(*) from respondent_score where response_id = ? and scale_kind = 'OVERALL'", Long.class,
				response))
			.isEqualTo(1);
		// Every answer exactly once, with the value given.
		assertThat(direct.queryForObject(
				"select count(*) from (select item_id, sub_key from answer"
						+ " where response_id = ? group by item_id, sub_key having count(*) > 1) d",
				Long.class, response))
			.isZero();
		assertThat(answerRows(response)).isEqualTo(given.size());
		assertThat(respondents.resume(secret).orElseThrow().answers()).containsAllEntriesOf(given);
		assertThat(proxy.cuts()).isEqualTo(1);
	}

	@Test
	void a_facilitator_action_during_a_cut_fails_cleanly_and_the_workshop_carries_on_from_its_log() {
		WorkshopService workshops = context.getBean(WorkshopService.class);
		WorkshopParticipation participation = context.getBean(WorkshopParticipation.class);
		SignedInUser facilitator = SignIn.as(Role.FACILITATOR, ics, null);
		WorkshopId id = SignIn.run(facilitator,
				() -> workshops.create(WorkshopPlan.template("Cut", WorkshopMode.ONLINE, null)));
		String code = SignIn.run(facilitator, () -> workshops.snapshot(id)).joinCode();
		Joined ann = participation.join(code,
				new JoinRequest("Ann", partners.get(0), Profession.NURSE, SeniorityBand.FRONTLINE));
		participation.join(code,
				new JoinRequest("Bo", partners.get(1), Profession.DOCTOR, SeniorityBand.MANAGER_TEAM_LEADER));
		SignIn.run(facilitator, () -> {
			workshops.start(id);
			workshops.openStage(id, Stage.INDIVIDUAL_THOUGHTS);
		});
		participation.writePostIt(ann.token(), 1, "Shared records");
		WorkshopSnapshot before = SignIn.run(facilitator, () -> workshops.snapshot(id));

		// Cut as the new stage's event is being appended, inside the transaction.
		proxy.cutWhenClientSends("insert into workshop_event");
		assertThatThrownBy(() -> SignIn.run(facilitator, () -> workshops.openStage(id, Stage.TIME_TO_THINK)))
			.isInstanceOf(RuntimeException.class)
			.isNotInstanceOf(ValidationException.class);
		assertThat(proxy.isCut()).isTrue();
		// A participant's post-it during the cut fails too, and is not half-stored.
		assertThatThrownBy(() -> participation.writePostIt(ann.token(), 1, "Lost in the cut"))
			.isInstanceOf(RuntimeException.class)
			.isNotInstanceOf(ValidationException.class);
		assertThat(eventRows(id)).isEqualTo(before.version());
		assertThat(direct.queryForObject("select version from workshop where id = ?", Long.class, id.value()))
			.isEqualTo(before.version());

		proxy.restore();
		WorkshopSnapshot after = SignIn.run(facilitator, () -> workshops.snapshot(id));
		assertThat(after).isEqualTo(before);
		assertThat(after.stage()).isEqualTo(Stage.INDIVIDUAL_THOUGHTS);
		WorkshopSnapshot moved = SignIn.run(facilitator, () -> workshops.openStage(id, Stage.TIME_TO_THINK));
		assertThat(moved.stage()).isEqualTo(Stage.TIME_TO_THINK);
		assertThat(moved.version()).isGreaterThan(before.version());
		assertThat(eventRows(id)).isEqualTo(moved.version());
		assertThat(moved.postIts()).extracting(WorkshopSnapshot.PostIt::text).containsExactly("Shared records");
	}

	private static long eventRows(WorkshopId id) {
		return direct.queryForObject("select count(*) from workshop_event where workshop_id = ?", Long.class,
				id.value());
	}

	private static long answerRows(long response) {
		return direct.queryForObject("select count(*) from answer where response_id = ?", Long.class, response);
	}

	private static Map<AnswerKey, String> answerEverything(RespondentService respondents, String secret) {
		ResponseState state = respondents.resume(secret).orElseThrow();
		for (Section section : state.questionnaire().sections()) {
			for (Item item : section.items()) {
				if (!state.visible(item)) {
					continue;
				}
				String value = switch (item.spec()) {
					case ItemSpec.Likert likert -> String.valueOf(2 + Math.floorMod(item.id().hashCode(), 4));
					case ItemSpec.Choice choice -> choice.options().get(0).value();
					case ItemSpec.FreeText text -> "More time together.";
					case ItemSpec.NumberInput number -> number.min().toPlainString();
					default -> null;
				};
				if (value != null) {
					state = respondents.saveAnswer(secret, AnswerKey.of(item.id()), value);
				}
			}
		}
		return state.answers();
	}

}
