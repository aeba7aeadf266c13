package org.threefold.assessment;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.threefold.questionnaire.Audience;
import org.threefold.shared.PartnerId;

/**
 * A response completed outside the respondent journey (a paper questionnaire typed up, or
 * generated test data), ready for {@link ResponseImport}.
 *
 * @param partner the organisation the respondent answered for; must take part in the
 * assessment
 * @param audience which of the assessment's questionnaires was answered
 * @param profile profession and seniority; either may be null ("prefer not to say"), and
 * both are dropped when the assessment does not ask for them, as online
 * @param answers raw answers by item id, in the form a respondent's browser sends them;
 * blank values count as unanswered. Partner matrices and allocations take one answer per
 * partner or option, each named {@code item[partner id or option]}, for example
 * {@code pp-influence[42]}
 * @param week when it was completed; stored as the Monday of that week, like every
 * response
 */
public record CompletedResponse(PartnerId partner, Audience audience, RespondentProfile profile,
		Map<String, String> answers, LocalDate week) {

	public CompletedResponse {
		// A copy that keeps the caller's order and tolerates null values (unanswered).
		answers = (answers == null) ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(answers));
	}

}
