package org.threefold.assessment.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.threefold.questionnaire.RespondentScores;

/**
 * Stores a respondent's scores once, at submission, as rows that reports aggregate in SQL:
 * one per scored item, sub-dimension, dimension and the overall score, each carrying the
 * grouping columns so no join is needed to group them.
 */
@Component
public class ScoreWriter {

	private final JdbcTemplate jdbc;

	ScoreWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void write(ResponseEntity response, RespondentScores scores) {
		List<Object[]> rows = new ArrayList<>();
		scores.items().forEach((item, score) -> rows.add(row(response, "ITEM", item, score)));
		scores.subdimensions().forEach((id, scale) -> rows.add(row(response, "SUBDIMENSION", id, scale.score())));
		scores.dimensions().forEach((dimension, score) -> rows.add(row(response, "DIMENSION", dimension.code(), score)));
		scores.overall().ifPresent((score) -> rows.add(row(response, "OVERALL", "overall", score)));
		this.jdbc.batchUpdate("""
				insert into respondent_score (response_id, assessment_id, partner_id, audience, profession, seniority,
				  scale_kind, scale_id, score) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	private static Object[] row(ResponseEntity response, String kind, String scale, double score) {
		return new Object[] { response.getId(), response.getAssessmentId(), response.getPartnerId(),
				response.getAudience().name(), (response.getProfession() == null) ? null : response.getProfession().name(),
				(response.getSeniority() == null) ? null : response.getSeniority().name(), kind, scale, score };
	}

}
