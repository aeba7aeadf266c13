package org.threefold.assessment.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.threefold.assessment.ResponseProfile;
import org.threefold.assessment.SubmittedResponse;
import org.threefold.questionnaire.Audience;
import org.threefold.shared.PartnerId;

/**
 * Plain JDBC over {@code response} and {@code respondent_score}, streamed with a fetch
 * size so PostgreSQL uses a cursor (inside the caller's read-only transaction) and H2
 * pages its result, instead of loading every row.
 */
@Repository
public class SubmittedResponseReader {

	private static final int FETCH_SIZE = 2_000;

	private final JdbcTemplate jdbc;

	SubmittedResponseReader(JdbcTemplate jdbc) {
		this.jdbc = new JdbcTemplate(jdbc.getDataSource());
		this.jdbc.setFetchSize(FETCH_SIZE);
	}

	public Map<ResponseProfile, Long> profileCounts(long assessmentId) {
		Map<ResponseProfile, Long> counts = new LinkedHashMap<>();
		this.jdbc.query("""
				select partner_id, audience, profession, seniority, submitted_week, count(*)
				from response where assessment_id = ? and status = 'SUBMITTED'
				group by partner_id, audience, profession, seniority, submitted_week
				""", (ResultSet rs) -> {
			counts.put(new ResponseProfile(new PartnerId(rs.getLong(1)), Audience.valueOf(rs.getString(2)),
					rs.getString(3), rs.getString(4), localDate(rs.getDate(5))), rs.getLong(6));
		}, assessmentId);
		return counts;
	}

	public void forEach(long assessmentId, Consumer<SubmittedResponse> each) {
		Builder builder = new Builder(each);
		this.jdbc.query("""
				select r.id, r.partner_id, r.audience, r.profession, r.seniority, r.submitted_week,
				       s.scale_kind, s.scale_id, s.score
				from response r
				join respondent_score s on s.response_id = r.id
				where r.assessment_id = ? and r.status = 'SUBMITTED'
				  and s.scale_kind in ('OVERALL', 'DIMENSION', 'SUBDIMENSION')
				order by r.partner_id, r.audience, r.receipt_code, r.id
				""", builder::row, assessmentId);
		builder.flush();
	}

	private static LocalDate localDate(java.sql.Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	/** Gathers the score rows of one response, which arrive together. */
	private static final class Builder {

		private final Consumer<SubmittedResponse> each;

		private long current = -1;

		private ResultSetRow first;

		private Map<String, Double> scores = new LinkedHashMap<>();

		Builder(Consumer<SubmittedResponse> each) {
			this.each = each;
		}

		void row(ResultSet rs) throws SQLException {
			long id = rs.getLong(1);
			if (id != this.current) {
				flush();
				this.current = id;
				this.first = new ResultSetRow(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
						localDate(rs.getDate(6)));
			}
			this.scores.put(rs.getString(7) + ":" + rs.getString(8), rs.getDouble(9));
		}

		void flush() {
			if (this.first != null) {
				this.each.accept(new SubmittedResponse(new PartnerId(this.first.partnerId()),
						Audience.valueOf(this.first.audience()), this.first.profession(), this.first.seniority(),
						this.first.week(), this.scores));
				this.first = null;
				this.scores = new LinkedHashMap<>();
			}
		}

	}

	private record ResultSetRow(long partnerId, String audience, String profession, String seniority, LocalDate week) {
	}

}
