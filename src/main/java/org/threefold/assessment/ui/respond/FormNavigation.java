package org.threefold.assessment.ui.respond;

import java.util.ArrayList;
import java.util.List;

import org.threefold.assessment.ResponseState;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.QuestionnaireDefinition;
import org.threefold.questionnaire.Section;

/**
 * Which page of the form is showing: one page per section, then "Check and submit". Plain
 * Java, so the rules of moving on are testable without a browser: Back always works, Next
 * only when the section has nothing left to fix, and required questions are enforced here
 * and at submission, never while someone is still answering.
 */
final class FormNavigation {

	/**
	 * An optional question left blank, listed before submitting so nothing is skipped by
	 * accident.
	 */
	record Unanswered(int section, String sectionTitle, String itemId, String text) {
	}

	private final List<Section> sections;

	private int index;

	FormNavigation(QuestionnaireDefinition questionnaire, int start) {
		this.sections = questionnaire.sections();
		this.index = Math.max(0, Math.min(start, this.sections.size()));
	}

	int index() {
		return this.index;
	}

	int sectionCount() {
		return this.sections.size();
	}

	boolean onSummary() {
		return this.index == this.sections.size();
	}

	boolean onFirstPage() {
		return this.index == 0;
	}

	Section section() {
		return this.sections.get(this.index);
	}

	/** "Section 2 of 5", or "Check and submit" on the last page. */
	String progressText() {
		return onSummary() ? "Check and submit" : "Section " + (this.index + 1) + " of " + this.sections.size();
	}

	/** Share of the sections reached, counting the one showing. */
	double progress() {
		return onSummary() ? 1.0 : (this.index + 1.0) / (this.sections.size() + 1.0);
	}

	/**
	 * Moves on when the section showing has no problems; otherwise stays and returns
	 * them. When answers cannot change any more (closed), moving on is always allowed.
	 */
	List<String> next(ResponseState state, boolean enforce) {
		if (onSummary()) {
			return List.of();
		}
		List<String> problems = enforce ? state.problems(section()) : List.of();
		if (problems.isEmpty()) {
			this.index++;
		}
		return problems;
	}

	void back() {
		this.index = Math.max(0, this.index - 1);
	}

	void goTo(int section) {
		this.index = Math.max(0, Math.min(section, this.sections.size()));
	}

	static List<Unanswered> unansweredOptional(ResponseState state) {
		List<Unanswered> unanswered = new ArrayList<>();
		List<Section> sections = state.questionnaire().sections();
		for (int i = 0; i < sections.size(); i++) {
			for (Item item : sections.get(i).items()) {
				if (!item.required() && state.visible(item) && !state.answered(item)) {
					unanswered.add(new Unanswered(i, sections.get(i).title(), item.id(), item.text()));
				}
			}
		}
		return unanswered;
	}

}
