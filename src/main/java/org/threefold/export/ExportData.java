package org.threefold.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
 * @param memo what sections read from other modules (the power maps, the action plan),
 * read once per file however many sections ask
 */
public record ExportData(String icsName, AssessmentDetail assessment, AssessmentResults results,
		List<QuestionnaireDefinition> questionnaires, Instant generatedAt, String dataHash,
		Optional<AnonymisedResponses> responses, Memo memo) {

	public ExportData(String icsName, AssessmentDetail assessment, AssessmentResults results,
			List<QuestionnaireDefinition> questionnaires, Instant generatedAt, String dataHash,
			Optional<AnonymisedResponses> responses) {
		this(icsName, assessment, results, questionnaires, generatedAt, dataHash, responses, new Memo());
	}

	/**
	 * The value {@code compute} gives, computed the first time this file asks for
	 * {@code what} (a section's {@code appliesTo} and {@code write} then share one
	 * query).
	 */
	public <T> T once(String what, Supplier<T> compute) {
		return this.memo.get(what, compute);
	}

	/** Values kept for the life of one file. */
	public static final class Memo {

		private final Map<String, Object> values = new ConcurrentHashMap<>();

		@SuppressWarnings("unchecked")
		<T> T get(String what, Supplier<T> compute) {
			return (T) this.values.computeIfAbsent(what, (key) -> compute.get());
		}

		@Override
		public String toString() {
			return "Memo" + this.values.keySet();
		}

	}

}
