package org.threefold.assessment.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code answer_tally}: for each assessment, rater partner, item and sub key (the
 * rated partner of a partner matrix or allocation, or an allocation option), how many
 * submitted answers there are, their sum and their sum of squares. The power maps read it
 * instead of the raw answers, so they are quick and survive the deletion of raw answers.
 * <p>
 * Every path computes its additions with the same SQL over the stored answers, so
 * submission, bulk recording and rescoring give identical rows: submission and bulk
 * recording add their responses' answers in their own transaction with an atomic
 * {@code UPSERT} ({@code insert … on conflict do update} on PostgreSQL, {@code merge}
 * elsewhere), rows taken in key order so that concurrent submissions queue on the same
 * rows instead of deadlocking; rescoring rebuilds an assessment's rows from its answers.
 */
@Component
public class AnswerTally {

	/**
	 * What one group of responses adds: a {@code where} clause on {@code r} completes it.
	 */
	private static final String SELECT = """
			select r.assessment_id, r.partner_id, a.item_id, a.sub_key, count(*) as answers,
			  sum(cast(a.answer_value as bigint)) as total,
			  sum(cast(a.answer_value as bigint) * cast(a.answer_value as bigint)) as squares
			from answer a join response r on r.id = a.response_id
			where a.sub_key <> '' and a.answer_value not in ('not-applicable', 'dont-know') and %s
			group by r.assessment_id, r.partner_id, a.item_id, a.sub_key
			order by r.assessment_id, r.partner_id, a.item_id, a.sub_key""";

	private static final String COLUMNS = "assessment_id, partner_id, item_id, sub_key, answers, total, squares";

	private static final String POSTGRES_ADD = "insert into answer_tally (" + COLUMNS + ") " + SELECT
			+ " on conflict (assessment_id, partner_id, item_id, sub_key) do update set"
			+ " answers = answer_tally.answers + excluded.answers, total = answer_tally.total + excluded.total,"
			+ " squares = answer_tally.squares + excluded.squares";

	private static final String MERGE_ADD = "merge into answer_tally t using (" + SELECT + ") s"
			+ " on t.assessment_id = s.assessment_id and t.partner_id = s.partner_id and t.item_id = s.item_id"
			+ " and t.sub_key = s.sub_key"
			+ " when matched then update set answers = t.answers + s.answers, total = t.total + s.total,"
			+ " squares = t.squares + s.squares" + " when not matched then insert (" + COLUMNS + ")"
			+ " values (s.assessment_id, s.partner_id, s.item_id, s.sub_key, s.answers, s.total, s.squares)";

	/**
	 * Submitted responses of the assessment that have no answer left: submission needs at
	 * least one, so their raw answers were deleted (retention) and cannot be tallied
	 * again.
	 */
	private static final String ANSWERS_GONE = """
			select count(*) from response r where r.assessment_id = ? and r.status = 'SUBMITTED'
			  and not exists (select 1 from answer a where a.response_id = r.id)""";

	private static final int IDS_PER_STATEMENT = 500;

	private final JdbcTemplate jdbc;

	private volatile Boolean postgres;

	AnswerTally(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the stored answers of responses being submitted, in the caller's transaction.
	 * Call once per response, after its last answer is stored.
	 */
	public void add(Collection<Long> responseIds) {
		List<Long> ids = new ArrayList<>(responseIds);
		String add = isPostgres() ? POSTGRES_ADD : MERGE_ADD;
		for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
			String where = "r.id in (" + String.join(", ", chunk.stream().map((id) -> "?").toList()) + ")";
			this.jdbc.update(add.formatted(where), chunk.toArray());
		}
	}

	private boolean isPostgres() {
		Boolean known = this.postgres;
		if (known == null) {
			known = this.jdbc.execute((ConnectionCallback<Boolean>) (connection) -> connection.getMetaData()
				.getDatabaseProductName()
				.toLowerCase(java.util.Locale.ROOT)
				.contains("postgres"));
			this.postgres = known;
		}
		return known;
	}

	/**
	 * Replaces the tally of one assessment with one computed from the answers of its
	 * submitted responses, on the given connection and in its transaction (rescoring).
	 * When some submitted response has lost its raw answers to retention the tally is
	 * left as it is, since it can no longer be recomputed.
	 * @return whether the tally was rebuilt
	 */
	public static boolean rebuild(Connection connection, long assessmentId) throws SQLException {
		try (PreparedStatement gone = connection.prepareStatement(ANSWERS_GONE)) {
			gone.setLong(1, assessmentId);
			try (ResultSet row = gone.executeQuery()) {
				row.next();
				if (row.getLong(1) > 0) {
					return false;
				}
			}
		}
		try (PreparedStatement delete = connection
			.prepareStatement("delete from answer_tally where assessment_id = ?")) {
			delete.setLong(1, assessmentId);
			delete.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement("insert into answer_tally (" + COLUMNS + ") "
				+ SELECT.formatted("r.assessment_id = ? and r.status = 'SUBMITTED'"))) {
			insert.setLong(1, assessmentId);
			insert.executeUpdate();
		}
		return true;
	}

}
