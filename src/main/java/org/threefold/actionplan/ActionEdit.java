package org.threefold.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.threefold.shared.PartnerId;

/**
 * What a leader writes about an action, new or existing.
 *
 * @param subdimension the linked sub-dimension code, or null
 * @param owner the partner that owns it, or null
 * @param due when it is due, or null
 * @param progressNote how it is going, in the leader's words, or null
 */
public record ActionEdit(String title, String detail, String subdimension, PartnerId owner, LocalDate due,
		ActionStatus status, String progressNote) {

	/** Everything wrong with it, at once; empty when it can be saved. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.title == null || this.title.isBlank()) {
			problems.add("Give the action a title");
		}
		else if (this.title.strip().length() > ActionPlanService.MAX_TITLE) {
			problems.add("Keep the title to " + ActionPlanService.MAX_TITLE + " characters");
		}
		if (this.detail != null && this.detail.strip().length() > ActionPlanService.MAX_DETAIL) {
			problems.add("Keep the description to " + ActionPlanService.MAX_DETAIL + " characters");
		}
		if (this.progressNote != null && this.progressNote.strip().length() > ActionPlanService.MAX_NOTE) {
			problems.add("Keep the progress note to " + ActionPlanService.MAX_NOTE + " characters");
		}
		if (this.status == null) {
			problems.add("Choose a status");
		}
		if (this.due != null && (this.due.getYear() < 2000 || this.due.getYear() > 2100)) {
			problems.add("Choose a due date between 2000 and 2100");
		}
		return problems;
	}

}
