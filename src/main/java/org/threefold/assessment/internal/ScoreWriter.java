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
		eachRow(scores, (kind, scale, score, scaleItems) -> rows.add(row(response, kind, scale, score, scaleItems)));
	}

	/**
	 * Every score row of one respondent, in a fixed order: one per scored item,
	 * sub-dimension, dimension and the overall score. Submission and bulk rescoring
	 * ({@code assessment.Rescoring}) both store exactly these rows.
	 */
	public static void eachRow(RespondentScores scores, RowSink sink) {
		scores.items().forEach((item, score) -> sink.row("ITEM", item, score, scores.answeredInScaleOf(item)));
		scores.subdimensions().forEach((id, scale) -> sink.row("SUBDIMENSION", id, scale.score(), scale.answered()));
		scores.dimensions().forEach((dimension, score) -> sink.row("DIMENSION", dimension.code(), score, 0));
		scores.overall().ifPresent((score) -> sink.row("OVERALL", "overall", score, 0));
	}

	/** Receives one score row: its kind, scale id, score and answered items. */
	@FunctionalInterface
	public interface RowSink {

		/**
		 * One row.
		 * @param kind ITEM, SUBDIMENSION, DIMENSION or OVERALL
		 * @param scale the item, sub-dimension or dimension id, or "overall"
		 * @param score 0–100
		 * @param scaleItems answered items of the sub-dimension (0 for dimensions)
		 */
		void row(String kind, String scale, double score, int scaleItems);

	}

	private static Object[] row(ResponseEntity response, String kind, String scale, double score, int scaleItems) {
		return new Object[] { response.getId(), response.getAssessmentId(), response.getPartnerId(),
				response.getAudience().name(),
				(response.getProfession() == null) ? null : response.getProfession().name(),
				(response.getSeniority() == null) ? null : response.getSeniority().name(), kind, scale, score,
				scaleItems };
	}

}
