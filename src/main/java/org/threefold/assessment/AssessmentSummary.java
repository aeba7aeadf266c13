package org.threefold.assessment;

import java.time.LocalDate;

import org.threefold.shared.AssessmentId;

/** A campaign in a list. */
public record AssessmentSummary(AssessmentId id, String title, String series, AssessmentStatus status,
		LocalDate opensOn, LocalDate closesOn, int partnerCount, long submitted, long inProgress) {
}
