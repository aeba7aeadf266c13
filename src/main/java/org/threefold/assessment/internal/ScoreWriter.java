package org.threefold.assessment.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.threefold.questionnaire.RespondentScores;

/**
 * Stores a respondent's scores once, at submission, as rows that reports aggregate in
 * SQL: one per scored item, sub-dimension, dimension and the overall score, each carrying
 * the grouping columns so no join is needed to group them.
 */
@Component
public class ScoreWriter {

	private static final String INSERT_ALL = """
			insert into respondent_score (response_id, assessment_id, partner_id, audience, profession, seniority,
			  scale_kind, scale_id, score, scale_items) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** The same statement without its one row of placeholders, for many rows at once. */
	private static final String INSERT_MANY = INSERT_ALL.substring(0, INSERT_ALL.lastIndexOf('(')).strip();

	private final JdbcTemplate jdbc;

	ScoreWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void write(ResponseEntity response, RespondentScores scores) {
		List<Object[]> rows = new ArrayList<>();
		addRows(rows, response, scores);
		this.jdbc.batchUpdate(INSERT_ALL, rows);
	}

	/**
	 * Stores the scores of many responses recorded in bulk, many rows per statement: the
	 * same rows {@link #write} stores for one response at a time.
	 */
	public void writeAll(Map<ResponseEntity, RespondentScores> scoresByResponse) {
		List<Object[]> rows = new ArrayList<>();
		scoresByResponse.forEach((response, scores) -> addRows(rows, response, scores));
		MultiRowInsert.insert(this.jdbc, INSERT_MANY, rows);
	}

	private static void addRows(List<Object[]> rows, ResponseEntity response, RespondentScores scores) {
		scores.items()
			.forEach((item, score) -> rows.add(row(response, "ITEM", item, score, scores.answeredInScaleOf(item))));
		scores.subdimensions()
			.forEach((id, scale) -> rows.add(row(response, "SUBDIMENSION", id, scale.score(), scale.answered())));
		scores.dimensions()
			.forEach((dimension, score) -> rows.add(row(response, "DIMENSION", dimension.code(), score, 0)));
		scores.overall().ifPresent((score) -> rows.add(row(response, "OVERALL", "overall", score, 0)));
	}

	private static Object[] row(ResponseEntity response, String kind, String scale, double score, int scaleItems) {
		return new Object[] { response.getId(), response.getAssessmentId(), response.getPartnerId(),
				response.getAudience().name(),
				(response.getProfession() == null) ? null : response.getProfession().name(),
				(response.getSeniority() == null) ? null : response.getSeniority().name(), kind, scale, score,
				scaleItems };
	}

}
