package org.threefold.assessment;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.AnswerRules;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Option;
import org.threefold.questionnaire.QuestionnaireCatalog;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Paper responses recorded in bulk are worth exactly as much as online ones: the same
 * checks, the same stored answers and the same scores; and a pile with one bad form in it
 * is refused whole, with every problem named by its position. The demo partnership is
 * loaded for its partners; every test makes its own assessment, so the demo's own
 * assessments and their counts do not matter here.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:import-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
class ResponseImportTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

	@Autowired
	ResponseImport imports;

	@Autowired
	AssessmentService assessments;

	@Autowired
	RespondentService respondents;

	@Autowired
	QuestionnaireCatalog catalog;

	@Autowired
	JdbcTemplate jdbc;

	IcsId ics;

	SignedInUser leader;

	List<PartnerId> partners;

	@BeforeEach
	void demoLeader() {
		this.ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		this.leader = SignIn.as(Role.ICS_LEADER, this.ics, null);
		this.partners = this.jdbc
			.queryForList("select id from partner where ics_id = ? order by name", Long.class, this.ics.value())
			.stream()
			.map(PartnerId::new)
			.toList();
	}

	@Test
	void a_recorded_response_gets_exactly_the_answers_and_scores_of_the_same_one_submitted_online() {
		AssessmentId id = anOpenRound();
		for (Audience audience : List.of(Audience.STAFF, Audience.LEADS)) {
			Map<String, String> answers = everyAnswerKind(questionnaire(audience));
			RespondentProfile profile = new RespondentProfile(Profession.NURSE, SeniorityBand.SENIOR_LEADER);

			StartedResponse online = this.respondents.startFromLink(link(id, audience), profile);
			answers.forEach(
					(item, value) -> this.respondents.saveAnswer(online.deviceSecret(), AnswerKey.of(item), value));
			this.respondents.submit(online.deviceSecret());
			int recorded = asLeader(() -> this.imports.recordSubmitted(id,
					List.of(new CompletedResponse(this.partners.get(0), audience, profile, answers, TODAY))));

			assertThat(recorded).isEqualTo(1);
			List<Long> both = this.jdbc.queryForList(
					"select id from response where assessment_id = ? and audience = ? order by id", Long.class,
					id.value(), audience.name());
			assertThat(both).hasSize(2);
			assertThat(scores(both.get(1))).isNotEmpty().isEqualTo(scores(both.get(0)));
			assertThat(storedAnswers(both.get(1))).isEqualTo(storedAnswers(both.get(0)));
			assertThat(row(both.get(1))).isEqualTo(row(both.get(0)));
		}
	}

	@Test
	void a_recorded_response_is_submitted_in_the_monday_of_its_week_with_fresh_secrets() {
		AssessmentId id = anOpenRound();
		LocalDate lastWednesday = monday(TODAY).minusDays(5);
		asLeader(() -> this.imports.recordSubmitted(id, List.of(aStaffResponse(lastWednesday), aStaffResponse(TODAY))));

		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select * from response where assessment_id = ? order by id", id.value());
		assertThat(rows).hasSize(2).allSatisfy((row) -> {
			assertThat(row.get("STATUS")).isEqualTo("SUBMITTED");
			assertThat(row.get("RECEIPT_CODE")).isNotNull();
			assertThat(row.get("STARTED_WEEK")).isEqualTo(row.get("SUBMITTED_WEEK"));
		});
		assertThat(((java.sql.Date) rows.get(0).get("SUBMITTED_WEEK")).toLocalDate()).isEqualTo(monday(lastWednesday));
		assertThat(((java.sql.Date) rows.get(1).get("SUBMITTED_WEEK")).toLocalDate()).isEqualTo(monday(TODAY));
		assertThat(rows.get(0).get("DEVICE_SECRET_HASH")).isNotEqualTo(rows.get(1).get("DEVICE_SECRET_HASH"));
		assertThat(rows.get(0).get("RESUME_CODE_HASH")).isNotEqualTo(rows.get(1).get("RESUME_CODE_HASH"));
	}

	@Test
	void one_bad_answer_refuses_the_whole_batch_and_nothing_is_written() {
		AssessmentId id = anOpenRound();
		Map<String, String> seven = new LinkedHashMap<>(everyAnswerKind(questionnaire(Audience.STAFF)));
		seven.put("sp-t-kit", "7");
		List<CompletedResponse> batch = List.of(aStaffResponse(TODAY),
				new CompletedResponse(this.partners.get(1), Audience.STAFF, null, seven, TODAY), aStaffResponse(TODAY));

		assertThatThrownBy(() -> asLeader(() -> this.imports.recordSubmitted(id, batch)))
			.isInstanceOf(ValidationException.class)
			.satisfies((ex) -> assertThat(((ValidationException) ex).problems())
				.containsExactly("response 2: sp-t-kit: Choose one of the five answers, or \"not applicable\", or "
						+ "\"don't know\""));
		assertThat(count("select count(*) from response where assessment_id = ?", id)).isZero();
		assertThat(count(
				"select count(*) from answer a join response r on r.id = a.response_id where r.assessment_id = ?", id))
			.isZero();
		assertThat(count("select count(*) from respondent_score where assessment_id = ?", id)).isZero();
	}

	@Test
	void every_problem_in_a_batch_is_named_with_the_number_of_its_response() {
		AssessmentId id = anOpenRound();
		Map<String, String> lead = everyAnswerKind(questionnaire(Audience.LEADS));
		Map<String, String> hidden = new LinkedHashMap<>(lead);
		hidden.put("t-uses-shared-record", "no");
		Map<String, String> unknown = new LinkedHashMap<>(lead);
		unknown.put("no-such-item", "3");
		Map<String, String> matrix = new LinkedHashMap<>(lead);
		matrix.put("pp-influence", "3");
		PartnerId outsider = this.partners.get(2);
		List<CompletedResponse> batch = List.of(
				new CompletedResponse(this.partners.get(0), Audience.LEADS, null, lead, TODAY),
				new CompletedResponse(this.partners.get(0), Audience.LEADS, null, unknown, TODAY),
				new CompletedResponse(this.partners.get(0), Audience.LEADS, null, hidden, TODAY),
				new CompletedResponse(this.partners.get(0), Audience.LEADS, null, Map.of("r1-shared-purpose", "4"),
						TODAY),
				new CompletedResponse(outsider, Audience.LEADS, null, lead, TODAY),
				new CompletedResponse(this.partners.get(0), Audience.LEADS, null, lead, TODAY.minusWeeks(5)),
				new CompletedResponse(this.partners.get(0), Audience.LEADS, null, matrix, TODAY));

		assertThatThrownBy(() -> asLeader(() -> this.imports.recordSubmitted(id, batch)))
			.isInstanceOf(ValidationException.class)
			.satisfies((ex) -> {
				List<String> problems = ((ValidationException) ex).problems();
				assertThat(problems).noneMatch((problem) -> problem.startsWith("response 1: "));
				assertThat(problems).contains(
						"response 2: \"no-such-item\" is not a question of Partnership assessment",
						"response 3: t-shared-record-useful: does not apply, given the other answers",
						"response 5: the partner does not take part in this assessment");
				assertThat(problems)
					.anyMatch((problem) -> problem.startsWith("response 4: Technology: Please answer: "));
				assertThat(problems)
					.anyMatch((problem) -> problem.startsWith("response 6: the week completed must be"));
				assertThat(problems)
					.anyMatch((problem) -> problem.startsWith("response 7: pp-influence: takes one answer"));
			});
		assertThat(count("select count(*) from response where assessment_id = ?", id)).isZero();
	}

	@Test
	void only_a_leader_of_the_assessments_own_ics_may_record_and_only_while_it_is_open() {
		AssessmentId id = anOpenRound();
		List<CompletedResponse> one = List.of(aStaffResponse(TODAY));
		SignedInUser stranger = SignIn.as(Role.ICS_LEADER, new IcsId(Long.MAX_VALUE - 3), null);
		assertThatThrownBy(() -> SignIn.run(stranger, () -> this.imports.recordSubmitted(id, one)))
			.isInstanceOf(NotFoundException.class);
		SignedInUser partnerLead = SignIn.as(Role.PARTNER_LEAD, this.ics, this.partners.get(0));
		assertThatThrownBy(() -> SignIn.run(partnerLead, () -> this.imports.recordSubmitted(id, one)))
			.isInstanceOf(AccessDeniedException.class);

		asLeader(() -> this.assessments.close(id));
		assertThatThrownBy(() -> asLeader(() -> this.imports.recordSubmitted(id, one)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("only while the assessment is open");
		assertThat(count("select count(*) from response where assessment_id = ?", id)).isZero();
	}

	/** Opened two weeks ago with both questionnaires, for the first two demo partners. */
	AssessmentId anOpenRound() {
		return asLeader(() -> {
			AssessmentId id = this.assessments
				.createDraft(new AssessmentPlan("Paper round " + System.nanoTime(), "Paper", TODAY.minusDays(14),
						TODAY.plusDays(30), 5, 10, true, true, "partnership-assessment", "staff-pulse",
						Set.of(this.partners.get(0), this.partners.get(1))))
				.id();
			this.assessments.open(id);
			return id;
		});
	}

	CompletedResponse aStaffResponse(LocalDate week) {
		return new CompletedResponse(this.partners.get(0), Audience.STAFF,
				new RespondentProfile(Profession.PHARMACY, SeniorityBand.FRONTLINE),
				everyAnswerKind(questionnaire(Audience.STAFF)), week);
	}

	/**
	 * An answer to every single-valued question, in questionnaire order, using every
	 * likert answer including "not applicable" and "don't know", reverse-worded items, a
	 * follow-up revealed by an earlier answer, and raw text that needs making canonical
	 * (spaces, a multiple choice out of order).
	 */
	Map<String, String> everyAnswerKind(QuestionnaireDefinition questionnaire) {
		List<String> likert = List.of("4", "2", AnswerRules.NOT_APPLICABLE, "5", "1", AnswerRules.DONT_KNOW, "3", "4");
		Map<String, String> answers = new LinkedHashMap<>();
		int i = 0;
		for (Item item : questionnaire.items().toList()) {
			String value = switch (item.spec()) {
				case ItemSpec.Likert scale -> likert.get(i++ % likert.size());
				case ItemSpec.Choice choice ->
					choice.multiple() ? choice.options().get(3).value() + "\n" + choice.options().get(1).value()
							: choice.options().get(0).value();
				case ItemSpec.NumberInput number -> " 7 ";
				case ItemSpec.Ranking ranking ->
					String.join("\n", ranking.options().reversed().stream().map(Option::value).toList());
				case ItemSpec.FreeText text -> "Written on the back of the form.";
				default -> null;
			};
			if (value != null) {
				answers.put(item.id(), value);
			}
		}
		return answers;
	}

	QuestionnaireDefinition questionnaire(Audience audience) {
		return this.catalog.find((audience == Audience.LEADS) ? "partnership-assessment" : "staff-pulse").orElseThrow();
	}

	String link(AssessmentId id, Audience audience) {
		String url = asLeader(() -> this.assessments.links(id)).stream()
			.filter((link) -> link.partnerId().equals(this.partners.get(0)) && link.audience() == audience)
			.findFirst()
			.orElseThrow()
			.url();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	Map<String, Double> scores(long responseId) {
		Map<String, Double> scores = new HashMap<>();
		this.jdbc.query("select scale_kind, scale_id, score from respondent_score where response_id = ?", (row) -> {
			scores.put(row.getString(1) + " " + row.getString(2), row.getDouble(3));
		}, responseId);
		return scores;
	}

	Map<String, String> storedAnswers(long responseId) {
		Map<String, String> answers = new HashMap<>();
		this.jdbc.query("select item_id, sub_key, answer_value from answer where response_id = ?", (row) -> {
			answers.put(row.getString(1) + "/" + row.getString(2), row.getString(3));
		}, responseId);
		return answers;
	}

	/** What a report groups by, which must match between the two paths. */
	List<Object> row(long responseId) {
		return new ArrayList<>(this.jdbc.queryForMap("""
				select partner_id, audience, questionnaire_version_id, profession, seniority, status, submitted_week
				from response where id = ?""", responseId).values());
	}

	long count(String sql, AssessmentId id) {
		return this.jdbc.queryForObject(sql, Long.class, id.value());
	}

	static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	<T> T asLeader(java.util.function.Supplier<T> work) {
		return SignIn.run(this.leader, work);
	}

}
