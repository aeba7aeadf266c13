package org.threefold.scoring;

import java.util.List;

/**
 * Free-text answers that may be shown. Free text can identify its author by what it says,
 * so it has its own, higher threshold: comments appear for the whole partnership only
 * when at least that many people responded, and for a partner only when that partner
 * alone reaches it.
 *
 * @param threshold the assessment's free-text threshold
 * @param withheldReason why nothing is shown, when {@code questions} is empty for that
 * reason
 */
public record Comments(int threshold, List<Question> questions, String withheldReason) {

	/**
	 * One free-text question with its comments.
	 *
	 * @param partnerComments by partner name, only partners that reach the threshold
	 */
	public record Question(String itemId, String text, List<String> comments,
			java.util.Map<String, List<String>> partnerComments) {
	}

}
