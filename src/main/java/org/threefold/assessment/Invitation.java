package org.threefold.assessment;

import java.time.LocalDate;

import org.threefold.questionnaire.Audience;

/**
 * What a respondent sees before starting: whose assessment, what it asks, how anonymity
 * is protected, and whether it is open.
 *
 * @param open true when answers are accepted today
 * @param alreadyUsed true for an emailed invitation that has been used to start already
 */
public record Invitation(String title, String partnerName, Audience audience, boolean open, LocalDate opensOn,
		LocalDate closesOn, int scoreThreshold, int textThreshold, boolean askProfession, boolean askSeniority,
		String questionnaireTitle, int estimatedMinutes, int itemCount, boolean alreadyUsed) {
}
