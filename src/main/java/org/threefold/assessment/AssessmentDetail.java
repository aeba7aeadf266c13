package org.threefold.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.threefold.shared.AssessmentId;
import org.threefold.shared.PartnerId;

/**
 * A campaign in full, for its page.
 *
 * @param leadsQuestionnaire title of the leads' questionnaire, or null
 * @param staffQuestionnaire title of the staff questionnaire, or null
 * @param partners names of the partners taking part
 */
public record AssessmentDetail(AssessmentId id, String title, String series, AssessmentStatus status, LocalDate opensOn,
		LocalDate closesOn, int scoreThreshold, int textThreshold, boolean askProfession, boolean askSeniority,
		String leadsQuestionnaireId, String leadsQuestionnaire, String staffQuestionnaireId, String staffQuestionnaire,
		Map<PartnerId, String> partners) {

	public AssessmentPlan toPlan() {
		return new AssessmentPlan(this.title, this.series, this.opensOn, this.closesOn, this.scoreThreshold,
				this.textThreshold, this.askProfession, this.askSeniority, this.leadsQuestionnaireId,
				this.staffQuestionnaireId, this.partners.keySet());
	}

	public List<String> partnerNames() {
		return List.copyOf(this.partners.values());
	}

}
