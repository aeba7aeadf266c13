package org.threefold.workshop;

import java.util.List;

/**
 * One stage as the facilitator planned it: its prompts (check-in prompt, post-it
 * questions, round questions, group task or final questions) and the minutes planned.
 *
 * @param stage which of the five stages
 * @param prompts the prompts in order; the facilitator may truncate, extend or replace
 * them (GD-04)
 * @param minutes the time planned, a guide only
 */
public record StagePlan(Stage stage, List<String> prompts, int minutes) {

	public StagePlan {
		prompts = List.copyOf(prompts);
	}

}
