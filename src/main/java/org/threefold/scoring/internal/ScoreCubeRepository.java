package org.threefold.scoring.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.threefold.scoring.Moments;

/**
 * The aggregation happens here, in SQL: respondent scores are reduced to count, sum and
 * sum of squares per partner, profession, seniority band and scale, which is everything
 * every grouping needs. Coarser groupings are sums of these rows, so one query serves all
 * screens.
 */
@Repository
public class ScoreCubeRepository {

	/**
	 * One aggregate row; {@code profession} and {@code seniority} are null when not
	 * given.
	 */
	public record CubeRow(long partnerId, String profession, String seniority, String kind, String scaleId,
			Moments moments) {
	}

	private final JdbcTemplate jdbc;

	ScoreCubeRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public List<CubeRow> cube(long assessmentId, Collection<String> kinds, Collection<String> scaleIds) {
		List<Object> arguments = new ArrayList<>();
		arguments.add(assessmentId);
		arguments.addAll(kinds);
		StringBuilder sql = new StringBuilder("""
				select partner_id, profession, seniority, scale_kind, scale_id,
				       count(*), sum(score), sum(score * score)
				from respondent_score
				where assessment_id = ? and scale_kind in (""").append(placeholders(kinds.size())).append(")");
		if (!scaleIds.isEmpty()) {
			sql.append(" and scale_id in (").append(placeholders(scaleIds.size())).append(")");
			arguments.addAll(scaleIds);
		}
		// Grouped in the covering index's column order (V4), so PostgreSQL aggregates
		// while
		// it reads the index instead of sorting first: five times faster at national
		// scale
		// (docs/performance.md, "National scale").
		sql.append(" group by scale_kind, scale_id, partner_id, profession, seniority");
		return this.jdbc.query(sql.toString(),
				(row, i) -> new CubeRow(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
						row.getString(5), new Moments(row.getLong(6), row.getDouble(7), row.getDouble(8))),
				arguments.toArray());
	}

	/**
	 * Whole-partnership respondents per maturity band (0–4) for overall and dimension
	 * scores.
	 */
	public List<Object[]> bandCounts(long assessmentId) {
		return this.jdbc.query("""
				select scale_kind, scale_id,
				       case when score >= 80 then 4 when score >= 60 then 3 when score >= 40 then 2
				            when score >= 20 then 1 else 0 end as band,
				       count(*)
				from respondent_score
				where assessment_id = ? and scale_kind in ('OVERALL', 'DIMENSION')
				group by scale_kind, scale_id,
				       case when score >= 80 then 4 when score >= 60 then 3 when score >= 40 then 2
				            when score >= 20 then 1 else 0 end""",
				(row, i) -> new Object[] { row.getString(1), row.getString(2), row.getInt(3), row.getLong(4) },
				assessmentId);
	}

	/**
	 * What Cronbach's alpha needs, in two scans of the index: moments of item scores and
	 * of sub-dimension scores, split by audience (one questionnaire each) and by how many
	 * of the sub-dimension's items the respondent answered. The caller keeps the rows of
	 * respondents who answered every item.
	 */
	public List<AlphaRow> alphaRows(long assessmentId) {
		return this.jdbc.query("""
				select audience, scale_kind, scale_id, scale_items, count(*), sum(score), sum(score * score)
				from respondent_score
				where assessment_id = ? and scale_kind in ('ITEM', 'SUBDIMENSION') and scale_items > 0
				group by scale_kind, scale_id, audience, scale_items""",
				(row, i) -> new AlphaRow(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
						new Moments(row.getLong(5), row.getDouble(6), row.getDouble(7))),
				assessmentId);
	}

	/**
	 * Moments of one item or sub-dimension for respondents who answered
	 * {@code scaleItems} of its items.
	 */
	public record AlphaRow(String audience, String kind, String scaleId, int scaleItems, Moments moments) {
	}

	/** A free-text answer of a submitted response, with only the partner it came from. */
	public record TextRow(long partnerId, String itemId, String text) {
	}

	/**
	 * Free-text answers of submitted responses, ordered by their text so that the order
	 * says nothing about who answered when.
	 */
	public List<TextRow> freeText(long assessmentId, Collection<String> itemIds) {
		if (itemIds.isEmpty()) {
			return List.of();
		}
		List<Object> arguments = new ArrayList<>();
		arguments.add(assessmentId);
		arguments.addAll(itemIds);
		return this.jdbc.query("select r.partner_id, a.item_id, a.answer_value from answer a"
				+ " join response r on r.id = a.response_id where r.assessment_id = ? and r.status = 'SUBMITTED'"
				+ " and a.item_id in (" + placeholders(itemIds.size()) + ") order by a.item_id, a.answer_value",
				(row, i) -> new TextRow(row.getLong(1), row.getString(2), row.getString(3)), arguments.toArray());
	}

	/** Submitted responses per partner, the denominator for the free-text threshold. */
	public java.util.Map<Long, Long> respondentsByPartner(long assessmentId) {
		java.util.Map<Long, Long> counts = new java.util.HashMap<>();
		this.jdbc.query("select partner_id, count(*) from response where assessment_id = ? and status = 'SUBMITTED'"
				+ " group by partner_id", (row) -> {
					counts.put(row.getLong(1), row.getLong(2));
				}, assessmentId);
		return counts;
	}

	private static String placeholders(int count) {
		return String.join(", ", java.util.Collections.nCopies(Math.max(1, count), "?"));
	}

}
