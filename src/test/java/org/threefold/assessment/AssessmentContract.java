package org.threefold.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Audience;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Section;
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
 * Campaigns and the respondent journey against a real database: the rules a leader and a
 * respondent rely on, and every kind of bad input the issue lists. Run on H2 and
 * PostgreSQL by the subclasses.
 */
abstract class AssessmentContract {

	@Autowired
	AssessmentService assessments;

	@Autowired
	RespondentService respondents;

	@Autowired
	JdbcTemplate jdbc;

	SignedInUser leader;

	List<PartnerId> twoPartners;

	@BeforeEach
	void demoLeader() {
		IcsId ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		this.leader = SignIn.as(Role.ICS_LEADER, ics, null);
		this.twoPartners = this.jdbc
			.queryForList("select id from partner where ics_id = ? order by name fetch first 2 rows only", Long.class,
					ics.value())
			.stream()
			.map(PartnerId::new)
			.toList();
	}

	@Test
	void a_respondent_answers_everything_submits_and_the_leader_sees_the_count_rise() {
		AssessmentId id = anOpenPulse();
		String link = staffLink(id);
		StartedResponse started = this.respondents.startFromLink(link,
				new RespondentProfile(Profession.NURSE, SeniorityBand.FRONTLINE));
		assertThat(asLeader(() -> this.assessments.monitor(id)).inProgress()).isEqualTo(1);

		answerEverything(started.deviceSecret());
		Receipt receipt = this.respondents.submit(started.deviceSecret());

		assertThat(receipt.firstTime()).isTrue();
		assertThat(receipt.code()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}");
		ResponseMonitor monitor = asLeader(() -> this.assessments.monitor(id));
		assertThat(monitor.submitted()).isEqualTo(1);
		assertThat(monitor.inProgress()).isZero();
		assertThat(monitor.byProfession()).extracting(ResponseMonitor.GroupCount::group)
			.containsExactly("Nurse or midwife");
		assertThat(scoreRows(id, "DIMENSION")).isEqualTo(4);
		assertThat(scoreRows(id, "OVERALL")).isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select min(score) from respondent_score s join assessment a on a.id = s.assessment_id where a.id = ?",
				Double.class, id.value()))
			.isBetween(0.0, 100.0);
	}

	@Test
	void a_partner_lead_sees_small_groups_of_their_organisation_only_added_together() {
		AssessmentId id = anOpenPulse();
		String link = staffLink(id);
		this.respondents.startFromLink(link, new RespondentProfile(Profession.NURSE, SeniorityBand.BOARD_EXECUTIVE));
		String partnerName = asLeader(() -> this.assessments.links(id)).get(0).partnerName();
		PartnerId partner = this.twoPartners.stream()
			.filter((p) -> this.jdbc.queryForObject("select name from partner where id = ?", String.class, p.value())
				.equals(partnerName))
			.findFirst()
			.orElseThrow();
		SignedInUser lead = SignIn.as(Role.PARTNER_LEAD, this.leader.icsId().orElseThrow(), partner);
		ResponseMonitor own = SignIn.run(lead, () -> this.assessments.monitor(id));
		assertThat(own.bySeniority()).extracting(ResponseMonitor.GroupCount::group)
			.containsExactly("Groups of fewer than 5, together");
		assertThat(own.byPartner()).extracting(ResponseMonitor.GroupCount::group).containsExactly(partnerName);
		// The leader sees the partnership's counts as they are: counts, not answers.
		assertThat(asLeader(() -> this.assessments.monitor(id)).bySeniority())
			.extracting(ResponseMonitor.GroupCount::group)
			.containsExactly("Board or executive");
	}

	@Test
	void submitting_twice_returns_the_first_receipt_and_stores_scores_once() {
		AssessmentId id = anOpenPulse();
		String secret = this.respondents.startFromLink(staffLink(id), null).deviceSecret();
		answerEverything(secret);
		Receipt first = this.respondents.submit(secret);
		Receipt again = this.respondents.submit(secret);
		assertThat(again).isEqualTo(new Receipt(first.code(), false));
		assertThat(scoreRows(id, "OVERALL")).isEqualTo(1);
	}

	@Test
	void two_tabs_submitting_at_once_get_one_receipt() throws Exception {
		AssessmentId id = anOpenPulse();
		String secret = this.respondents.startFromLink(staffLink(id), null).deviceSecret();
		answerEverything(secret);
		ExecutorService tabs = Executors.newFixedThreadPool(2);
		try {
			Callable<Receipt> submit = () -> this.respondents.submit(secret);
			List<Future<Receipt>> results = tabs.invokeAll(List.of(submit, submit));
			List<Receipt> receipts = new ArrayList<>();
			for (Future<Receipt> result : results) {
				receipts.add(result.get());
			}
			assertThat(receipts).extracting(Receipt::code).containsOnly(receipts.get(0).code());
			assertThat(receipts).filteredOn(Receipt::firstTime).hasSize(1);
		}
		finally {
			tabs.shutdown();
		}
		assertThat(scoreRows(id, "OVERALL")).isEqualTo(1);
	}

	@Test
	void answers_survive_and_resume_on_the_same_device_and_with_the_typed_resume_code() {
		AssessmentId id = anOpenPulse();
		StartedResponse started = this.respondents.startFromLink(staffLink(id), null);
		Item first = firstLikert(started.deviceSecret());
		this.respondents.saveAnswer(started.deviceSecret(), AnswerKey.of(first.id()), "4");

		assertThat(this.respondents.resume(started.deviceSecret()).orElseThrow().answer(first.id())).isEqualTo("4");
		String typed = " " + started.resumeCode().toLowerCase().replace("-", " ") + " ";
		String canonical = this.respondents.checkResumeCode(typed).orElseThrow();
		assertThat(this.respondents.resume(canonical).orElseThrow().answer(first.id())).isEqualTo("4");
		assertThat(this.respondents.checkResumeCode("ZZZZ-ZZZZ-ZZZZ")).isEmpty();
		assertThat(this.respondents.resume("not-a-secret")).isEmpty();
	}

	@Test
	void crafted_answers_are_refused_with_a_message_and_nothing_is_stored() {
		AssessmentId id = anOpenPulse();
		String secret = this.respondents.startFromLink(staffLink(id), null).deviceSecret();
		Item likert = firstLikert(secret);
		assertThatThrownBy(() -> this.respondents.saveAnswer(secret, AnswerKey.of(likert.id()), "7"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("Choose one of the five answers");
		assertThatThrownBy(() -> this.respondents.saveAnswer(secret, AnswerKey.of("no-such-item"), "3"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("not part of your questionnaire");
		assertThatThrownBy(() -> this.respondents.saveAnswer(secret, new AnswerKey(likert.id(), "99"), "3"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("single answer");
		assertThatThrownBy(() -> this.respondents.saveAnswer("forged", AnswerKey.of(likert.id()), "3"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("could not find your response");
		Item text = this.respondents.resume(secret)
			.orElseThrow()
			.questionnaire()
			.items()
			.filter((item) -> item.spec() instanceof ItemSpec.FreeText)
			.findFirst()
			.orElseThrow();
		int max = ((ItemSpec.FreeText) text.spec()).maxLength();
		assertThatThrownBy(() -> this.respondents.saveAnswer(secret, AnswerKey.of(text.id()), "x".repeat(max + 1)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("shorten");
		assertThat(this.respondents.resume(secret).orElseThrow().answers()).isEmpty();
	}

	@Test
	void an_answer_to_a_question_hidden_by_an_earlier_answer_is_refused_and_an_earlier_one_kept_aside() {
		AssessmentId id = asLeader(() -> {
			AssessmentPlan leads = new AssessmentPlan("Leads " + System.nanoTime(), "Leads",
					LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), 5, 10, true, true,
					"partnership-assessment", null, Set.copyOf(this.twoPartners));
			AssessmentId created = this.assessments.createDraft(leads).id();
			this.assessments.open(created);
			return created;
		});
		String secret = this.respondents.startFromLink(staffLink(id), null).deviceSecret();
		ResponseState state = this.respondents.resume(secret).orElseThrow();
		Item dependent = state.questionnaire()
			.items()
			.filter((item) -> item.showIf() != null)
			.findFirst()
			.orElseThrow();
		String gate = dependent.showIf().item();
		assertThat(state.visible(dependent)).isFalse();
		assertThatThrownBy(() -> this.respondents.saveAnswer(secret, AnswerKey.of(dependent.id()), "4"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("does not apply");

		this.respondents.saveAnswer(secret, AnswerKey.of(gate), dependent.showIf().anyOf().get(0));
		this.respondents.saveAnswer(secret, AnswerKey.of(dependent.id()), "4");
		String other = state.questionnaire()
			.item(gate)
			.map((item) -> ((ItemSpec.Choice) item.spec()).options()
				.stream()
				.map((option) -> option.value())
				.filter((value) -> !dependent.showIf().anyOf().contains(value))
				.findFirst()
				.orElseThrow())
			.orElseThrow();
		ResponseState after = this.respondents.saveAnswer(secret, AnswerKey.of(gate), other);
		assertThat(after.visible(dependent)).isFalse();
		assertThat(after.answer(dependent.id())).as("kept until submission, in case the gate changes back")
			.isEqualTo("4");
	}

	@Test
	void free_text_is_stored_as_typed_never_interpreted() {
		AssessmentId id = anOpenPulse();
		String secret = this.respondents.startFromLink(staffLink(id), null).deviceSecret();
		Item text = this.respondents.resume(secret)
			.orElseThrow()
			.questionnaire()
			.items()
			.filter((item) -> item.spec() instanceof ItemSpec.FreeText)
			.findFirst()
			.orElseThrow();
		String markup = "<script>alert('x')</script> & =SUM(A1)";
		this.respondents.saveAnswer(secret, AnswerKey.of(text.id()), markup);
		assertThat(this.respondents.resume(secret).orElseThrow().answer(text.id())).isEqualTo(markup);
	}

	@Test
	void a_submission_with_required_questions_missing_is_refused_with_each_one_named() {
		AssessmentId id = anOpenPulse();
		String secret = this.respondents.startFromLink(staffLink(id), null).deviceSecret();
		assertThatThrownBy(() -> this.respondents.submit(secret)).isInstanceOf(ValidationException.class)
			.hasMessage("You have not answered any question yet");
		Item first = firstLikert(secret);
		ResponseState state = this.respondents.saveAnswer(secret, AnswerKey.of(first.id()), "not-applicable");
		long required = state.questionnaire()
			.items()
			.filter((item) -> item.required() && state.visible(item) && !state.answered(item))
			.count();
		assertThat(required).isPositive();
		assertThatThrownBy(() -> this.respondents.submit(secret)).isInstanceOf(ValidationException.class)
			.satisfies((ex) -> assertThat(((ValidationException) ex).problems()).hasSize((int) required));
		assertThat(scoreRows(id, "OVERALL")).isZero();
	}

	@Test
	void after_closing_nothing_more_can_be_started_or_changed() {
		AssessmentId id = anOpenPulse();
		String link = staffLink(id);
		String secret = this.respondents.startFromLink(link, null).deviceSecret();
		Item likert = firstLikert(secret);
		asLeader(() -> this.assessments.close(id));
		assertThatThrownBy(() -> this.respondents.saveAnswer(secret, AnswerKey.of(likert.id()), "3"))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("closed");
		assertThatThrownBy(() -> this.respondents.startFromLink(link, null)).isInstanceOf(ValidationException.class)
			.hasMessageContaining("closed");
		assertThatThrownBy(() -> this.respondents.submit(secret)).isInstanceOf(ValidationException.class);
		assertThat(this.respondents.invitationForLink(link).orElseThrow().open()).isFalse();
	}

	@Test
	void an_emailed_invitation_starts_one_response_and_records_only_that_it_was_used() {
		AssessmentId id = anOpenPulse();
		InvitationResult result = asLeader(() -> this.assessments.invite(id, this.twoPartners.get(0), Audience.STAFF,
				List.of("Ann.Example@nhs.net", "ann.example@nhs.net", "bob@example.org")));
		assertThat(result.sent()).isEqualTo(2);
		InvitationResult again = asLeader(
				() -> this.assessments.invite(id, this.twoPartners.get(0), Audience.STAFF, List.of("bob@example.org")));
		assertThat(again.skipped()).containsExactly("bob@example.org");

		String token = tokenSentTo("bob@example.org");
		assertThat(this.respondents.invitationForToken(token).orElseThrow().alreadyUsed()).isFalse();
		this.respondents.startFromToken(token, null);
		assertThatThrownBy(() -> this.respondents.startFromToken(token, null)).isInstanceOf(ValidationException.class)
			.hasMessageContaining("already been used");
		assertThat(this.respondents.invitationForToken("tampered" + token)).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from invitation_token where used = true", Long.class))
			.isGreaterThanOrEqualTo(1L);
		assertThat(this.jdbc.queryForList("select token_hash from invitation_token", String.class))
			.doesNotContain(token);
	}

	@Test
	void a_response_row_holds_nothing_that_identifies_its_author() {
		assertThat(columns("response")).containsExactlyInAnyOrder("id", "assessment_id", "partner_id", "audience",
				"questionnaire_version_id", "device_secret_hash", "resume_code_hash", "profession", "seniority",
				"status", "started_week", "submitted_week", "receipt_code", "version");
		AssessmentId id = anOpenPulse();
		String secret = this.respondents.startFromLink(staffLink(id), null).deviceSecret();
		answerEverything(secret);
		this.respondents.submit(secret);
		this.jdbc.query("select started_week, submitted_week from response where assessment_id = ?", (row) -> {
			assertThat(row.getDate(1).toLocalDate().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
			assertThat(row.getDate(2).toLocalDate().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
		}, id.value());
	}

	@Test
	void a_campaign_moves_only_forward_and_questions_freeze_when_it_opens() {
		AssessmentId id = asLeader(() -> this.assessments.createDraft(plan())).id();
		assertThat(this.respondents.invitationForLink("anything")).isEmpty();
		asLeader(() -> this.assessments.open(id));
		assertThatThrownBy(() -> asLeader(() -> this.assessments.open(id))).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> asLeader(() -> this.assessments.updateDraft(id, plan())))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("can no longer change");
		assertThat(asLeader(() -> this.assessments.links(id))).hasSize(2)
			.allSatisfy((link) -> assertThat(link.url()).matches("http://localhost:\\d+/r/[A-Za-z0-9_-]{22}"));
	}

	@Test
	void a_plan_with_problems_is_refused_whole_and_another_ics_sees_nothing() {
		AssessmentPlan bad = new AssessmentPlan("", null, LocalDate.now(), LocalDate.now().minusDays(1), 2, 1, true,
				true, null, "partnership-assessment", Set.of());
		assertThatThrownBy(() -> asLeader(() -> this.assessments.createDraft(bad)))
			.isInstanceOf(ValidationException.class)
			.satisfies((ex) -> assertThat(((ValidationException) ex).problems()).hasSizeGreaterThanOrEqualTo(5));
		AssessmentId id = asLeader(() -> this.assessments.createDraft(plan())).id();
		SignedInUser stranger = SignIn.as(Role.ICS_LEADER, new IcsId(Long.MAX_VALUE - 7), null);
		assertThatThrownBy(() -> SignIn.run(stranger, () -> this.assessments.get(id)))
			.isInstanceOf(NotFoundException.class);
	}

	AssessmentPlan plan() {
		return new AssessmentPlan("Pulse " + System.nanoTime(), "Pulse", LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(30), 5, 10, true, true, null, "staff-pulse", Set.copyOf(this.twoPartners));
	}

	AssessmentId anOpenPulse() {
		return asLeader(() -> {
			AssessmentId id = this.assessments.createDraft(plan()).id();
			this.assessments.open(id);
			return id;
		});
	}

	String staffLink(AssessmentId id) {
		String url = asLeader(() -> this.assessments.links(id)).get(0).url();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/**
	 * Answers every visible question with something valid, as a diligent respondent
	 * would.
	 */
	void answerEverything(String secret) {
		ResponseState state = this.respondents.resume(secret).orElseThrow();
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
					state = this.respondents.saveAnswer(secret, AnswerKey.of(item.id()), value);
				}
			}
		}
	}

	Item firstLikert(String secret) {
		return this.respondents.resume(secret)
			.orElseThrow()
			.questionnaire()
			.items()
			.filter((item) -> item.spec() instanceof ItemSpec.Likert)
			.findFirst()
			.orElseThrow();
	}

	long scoreRows(AssessmentId id, String kind) {
		return this.jdbc.queryForObject(
				"select count(*) from respondent_score where assessment_id = ? and scale_kind = ?", Long.class,
				id.value(), kind);
	}

	String tokenSentTo(String email) {
		String body = this.jdbc.queryForObject(
				"select body from outbound_email where recipient = ? order by id desc fetch first 1 rows only",
				String.class, email);
		Matcher matcher = Pattern.compile("/t/([A-Za-z0-9_-]+)").matcher(body);
		assertThat(matcher.find()).as("a token link in the email").isTrue();
		return matcher.group(1);
	}

	List<String> columns(String table) {
		return this.jdbc
			.queryForList("select lower(column_name) from information_schema.columns where lower(table_name) = ?"
					+ " and lower(table_schema) = lower(current_schema())", String.class, table);
	}

	<T> T asLeader(java.util.function.Supplier<T> work) {
		return SignIn.run(this.leader, work);
	}

}
