package org.threefold.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.threefold.shared.PartnerId;

/**
 * What a leader fills in to plan a campaign. {@link #problems()} checks what can be
 * checked without the database; the service checks the rest (partners, questionnaires).
 *
 * @param series campaigns with the same series are compared over time; defaults to the
 * title
 * @param leadsQuestionnaire questionnaire id for partner leads, or null
 * @param staffQuestionnaire questionnaire id for all staff, or null
 * @param scoreThreshold fewest respondents a score may describe (default 5, never below
 * 3)
 * @param textThreshold fewest respondents before free text is shown (default 10)
 */
public record AssessmentPlan(String title, String series, LocalDate opensOn, LocalDate closesOn, int scoreThreshold,
		int textThreshold, boolean askProfession, boolean askSeniority, String leadsQuestionnaire,
		String staffQuestionnaire, Set<PartnerId> partners) {

	/** Default thresholds (issue brief; MEASUREMENT.md "Disclosure control"). */
	public static final int DEFAULT_SCORE_THRESHOLD = 5;

	public static final int DEFAULT_TEXT_THRESHOLD = 10;

	/** Below three, a respondent's answer could be worked out by the other two. */
	public static final int MINIMUM_THRESHOLD = 3;

	public AssessmentPlan {
		title = (title == null) ? "" : title.strip();
		// An untyped series defaults to the title, cut to fit the series' 100 characters.
		series = (series == null || series.isBlank()) ? title.substring(0, Math.min(100, title.length()))
				: series.strip();
		partners = (partners == null) ? Set.of() : Set.copyOf(partners);
		leadsQuestionnaire = (leadsQuestionnaire == null || leadsQuestionnaire.isBlank()) ? null : leadsQuestionnaire;
		staffQuestionnaire = (staffQuestionnaire == null || staffQuestionnaire.isBlank()) ? null : staffQuestionnaire;
	}

	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.title.isEmpty() || this.title.length() > 200) {
			problems.add("Title is required (at most 200 characters)");
		}
		if (this.series.length() > 100) {
			problems.add("Series name must be at most 100 characters");
		}
		if (this.opensOn == null || this.closesOn == null) {
			problems.add("Opening and closing dates are required");
		}
		else if (this.closesOn.isBefore(this.opensOn)) {
			problems.add("The closing date must be on or after the opening date");
		}
		if (this.scoreThreshold < MINIMUM_THRESHOLD) {
			problems.add("The threshold for scores must be at least " + MINIMUM_THRESHOLD);
		}
		if (this.textThreshold < this.scoreThreshold) {
			problems.add("The threshold for free text must be at least the threshold for scores");
		}
		if (this.scoreThreshold > 100 || this.textThreshold > 100) {
			problems.add("Thresholds above 100 would hide every result");
		}
		if (this.leadsQuestionnaire == null && this.staffQuestionnaire == null) {
			problems.add("Choose a questionnaire for partner leads, for staff, or both");
		}
		if (this.partners.isEmpty()) {
			problems.add("Choose at least one partner to take part");
		}
		return problems;
	}

}
