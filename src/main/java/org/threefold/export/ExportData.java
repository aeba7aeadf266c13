package org.threefold.export;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.scoring.AssessmentResults;

/**
 * Everything an export of one assessment is built from, gathered once so that every part
 * of a file shows the same data and the provenance section can name it.
 *
 * @param results already suppressed by the scoring layer
 * @param questionnaires the questionnaire versions the assessment asked
 * @param dataHash SHA-256 (hex) of the results the file was built from, the same for
 * every file built from the same data
 * @param responses anonymised response rows, for the files that carry them
 */
public record ExportData(String icsName, AssessmentDetail assessment, AssessmentResults results,
		List<QuestionnaireDefinition> questionnaires, Instant generatedAt, String dataHash,
		Optional<AnonymisedResponses> responses) {

}
