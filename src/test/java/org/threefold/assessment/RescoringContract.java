package org.threefold.assessment;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.questionnaire.Section;
import org.threefold.security.Role;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Bulk rescoring stores exactly the rows that submission stored: same rows, same grouping
 * columns, the same double to the last bit. The demo's scores come from the two real
 * paths (the closed round through {@link ResponseImport}, the open round's 40 submissions
 * through {@link RespondentService#submit}); this test adds responses with "not
 * applicable" and skipped answers through the respondent service, spoils every stored
 * score, rescores and compares. Run on H2 and PostgreSQL by the subclasses.
 */
abstract class RescoringContract {

	/**
	 * Every score row as text, the score as its exact bits, in a fixed order.
	 */
	private static final String ALL_ROWS = """
			select response_id || '|' || assessment_id || '|' || partner_id || '|' || audience || '|'
			  || coalesce(profession, '-') || '|' || coalesce(seniority, '-') || '|' || scale_kind || '|' || scale_id
			  || '|' || scale_items, score
			from respondent_score order by response_id, scale_kind, scale_id""";

	@Autowired
	Rescoring rescoring;

	@Autowired
	RespondentService respondents;

	@Autowired
	AssessmentService assessments;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void rescoring_everything_reproduces_the_rows_stored_at_submission_exactly() {
		submitVariedResponses(25);
		List<String> atSubmission = allRows();
		long submitted = this.jdbc.queryForObject("select count(*) from response where status = 'SUBMITTED'",
				Long.class);
		assertThat(submitted).isGreaterThan(900);
		assertThat(atSubmission).hasSizeGreaterThan(20_000);

		// Spoil what is stored, so that only a real recomputation can restore it.
		this.jdbc.update("update respondent_score set score = 0, scale_items = 0");
		this.jdbc.update("delete from respondent_score where scale_kind in ('OVERALL', 'DIMENSION')");
		assertThat(allRows()).isNotEqualTo(atSubmission);

		Rescoring.Result result = SystemTask.asAdministrator(this.rescoring::rescoreAll);

		assertThat(allRows()).containsExactlyElementsOf(atSubmission);
		assertThat(result.responses()).isEqualTo(submitted);
		assertThat(result.rows()).isEqualTo(atSubmission.size());
		assertThat(this.jdbc.queryForObject("select count(*) from respondent_score s join response r"
				+ " on r.id = s.response_id where r.status <> 'SUBMITTED'", Long.class))
			.isZero();
	}

	@Test
	void rescoring_one_assessment_leaves_the_others_alone() {
		long closed = this.jdbc.queryForObject(
				"select id from assessment where status = 'CLOSED' order by id fetch first 1 rows only", Long.class);
		List<String> before = allRows();
		this.jdbc.update("update respondent_score set score = 0 where assessment_id <> ?", closed);
		List<String> spoiltElsewhere = allRows();

		Rescoring.Result result = SystemTask.asAdministrator(() -> this.rescoring.rescore(new AssessmentId(closed)));

		assertThat(result.responses()).isEqualTo(this.jdbc.queryForObject(
				"select count(*) from response where status = 'SUBMITTED' and assessment_id = ?", Long.class, closed));
		assertThat(allRows()).containsExactlyElementsOf(spoiltElsewhere);
		assertThat(allRows()).isNotEqualTo(before);

		// Put back what the other tests of this class (same database) rely on.
		SystemTask.asAdministrator(this.rescoring::rescoreAll);
		assertThat(allRows()).containsExactlyElementsOf(before);
	}

	/**
	 * The answer tally as the power maps read it, against the same sums worked out in
	 * plain SQL over the raw answers: the demo's closed round came through
	 * {@link ResponseImport}, its open round and the responses added here through
	 * {@link RespondentService#submit}. Rescoring, after the tally is spoilt, rebuilds
	 * exactly the same rows.
	 */
	@Test
	void submission_import_and_rescoring_keep_the_answer_tally_equal_to_the_answers() {
		submitVariedResponses(5);
		List<String> answers = this.jdbc.queryForList(
				"""
						select r.assessment_id || '|' || r.partner_id || '|' || a.item_id || '|' || a.sub_key || '|'
						  || count(*) || '|' || sum(cast(a.answer_value as bigint)) || '|'
						  || sum(cast(a.answer_value as bigint) * cast(a.answer_value as bigint))
						from answer a join response r on r.id = a.response_id
						where r.status = 'SUBMITTED' and a.sub_key <> '' and a.answer_value not in ('dont-know', 'not-applicable')
						group by r.assessment_id, r.partner_id, a.item_id, a.sub_key
						order by 1""",
				String.class);
		assertThat(answers).hasSizeGreaterThan(500);
		assertThat(tally()).containsExactlyElementsOf(answers);

		this.jdbc.update("update answer_tally set answers = answers + 1, total = 0");
		this.jdbc.update("delete from answer_tally where item_id = 'pp-respect'");
		assertThat(tally()).isNotEqualTo(answers);
		SystemTask.asAdministrator(this.rescoring::rescoreAll);
		assertThat(tally()).containsExactlyElementsOf(answers);
	}

	private List<String> tally() {
		return this.jdbc.queryForList("""
				select assessment_id || '|' || partner_id || '|' || item_id || '|' || sub_key || '|' || answers || '|'
				  || total || '|' || squares from answer_tally order by 1""", String.class);
	}

	@Test
	void only_an_administrator_may_rescore() {
		IcsId ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		assertThatThrownBy(() -> SignIn.run(SignIn.as(Role.ICS_LEADER, ics, null), this.rescoring::rescoreAll))
			.isInstanceOf(AccessDeniedException.class);
	}

	/**
	 * Responses to the demo's open pulse with a spread of answers: 1–5, "not applicable"
	 * where offered, and questions left out (required ones are answered).
	 */
	private void submitVariedResponses(int count) {
		long open = this.jdbc.queryForObject(
				"select id from assessment where status = 'OPEN' order by id fetch first 1 rows only", Long.class);
		List<String> links = this.jdbc.queryForList(
				"select code from invitation_link where assessment_id = ? and audience = 'STAFF' order by code",
				String.class, open);
		Random random = new Random(9);
		for (int i = 0; i < count; i++) {
			String secret = this.respondents.startFromLink(links.get(i % links.size()), null).deviceSecret();
			ResponseState state = this.respondents.resume(secret).orElseThrow();
			for (Section section : state.questionnaire().sections()) {
				for (Item item : section.items()) {
					if (!state.visible(item) || !(item.spec() instanceof ItemSpec.Likert likert)) {
						continue;
					}
					int roll = random.nextInt(10);
					if (roll == 0 && !item.required()) {
						continue;
					}
					String value = (roll == 1 && likert.notApplicable()) ? "not-applicable"
							: (roll == 2 && likert.dontKnow()) ? "dont-know" : String.valueOf(1 + random.nextInt(5));
					state = this.respondents.saveAnswer(secret, AnswerKey.of(item.id()), value);
				}
			}
			this.respondents.submit(secret);
		}
	}

	private List<String> allRows() {
		return this.jdbc.query(ALL_ROWS,
				(row, n) -> row.getString(1) + "|" + Long.toHexString(Double.doubleToRawLongBits(row.getDouble(2))));
	}

}
