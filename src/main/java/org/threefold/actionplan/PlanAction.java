package org.threefold.actionplan;

import java.time.LocalDate;
import java.util.Optional;

import org.threefold.shared.AssessmentId;
import org.threefold.shared.PartnerId;

/**
 * One action of the plan, as screens see it.
 *
 * @param assessment the assessment whose results suggested or seeded it, or null
 * @param evidence what triggered a suggestion, in words, or null
 * @param score the triggering score, or null
 * @param band its band, or null
 * @param n how many respondents it rests on, or null
 * @param source the seed source of a library action, or the workshop an agreement came
 * from
 * @param national only national bodies can act: the ICS escalates or influences
 * @param movement whether the sub-dimension moved by the next assessment in the series
 */
public record PlanAction(long id, ActionOrigin origin, ActionStatus status, String title, String detail,
		String subdimension, String subdimensionName, AssessmentId assessment, String assessmentTitle,
		String libraryActionId, Trigger trigger, String evidence, Double score, Integer band, Long n, String source,
		boolean national, PartnerId owner, String ownerName, LocalDate due, String progressNote,
		Optional<Movement> movement) {

	public ActionEdit toEdit() {
		return new ActionEdit(this.title, this.detail, this.subdimension, this.owner, this.due, this.status,
				this.progressNote);
	}

}
