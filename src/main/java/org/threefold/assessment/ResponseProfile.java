package org.threefold.assessment;

import java.time.LocalDate;

import org.threefold.questionnaire.Audience;
import org.threefold.shared.PartnerId;

/**
 * What a submitted response says about who gave it: organisation, audience, profession
 * and seniority (null when not given), and the week it was submitted. Anonymised exports
 * count responses per profile so that no released combination describes fewer people than
 * the threshold.
 */
public record ResponseProfile(PartnerId partner, Audience audience, String profession, String seniority,
		LocalDate submittedWeek) {

}
