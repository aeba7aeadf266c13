package org.threefold.assessment.ui.respond;

import java.time.LocalDate;
import java.util.Optional;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.Receipt;
import org.threefold.assessment.ResponseState;

/**
 * What the form needs from the server, bound to one response's credential. The views bind
 * it to {@code RespondentService}; a test can bind it to a stub.
 */
interface ResponseBackend {

	ResponseState save(AnswerKey key, String raw);

	Receipt submit();

	Optional<ResponseState> reload();

	LocalDate today();

}
