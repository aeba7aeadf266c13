package org.threefold.workshop;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.threefold.shared.AssessmentId;

/**
 * What a facilitator plans before a workshop starts: title, mode, start time, the five
 * stages with their prompts and timings, the themes groups will rank, and the assessment
 * whose results seeded it, if any.
 *
 * @param title shown to participants
 * @param mode in person, online or mixed
 * @param startsAt local time in the UK, or null if not fixed
 * @param stages exactly the five stages, in order
 * @param themes themes for the stage-four ranking (post-it themes are added to them)
 * @param assessment the assessment that seeded questions and themes, or null
 */
public record WorkshopPlan(String title, WorkshopMode mode, LocalDateTime startsAt, List<StagePlan> stages,
		List<String> themes, AssessmentId assessment) {

	public static final int MAX_TITLE = 200;

	public static final int MAX_PROMPT = 300;

	public static final int MAX_THEME = 120;

	public WorkshopPlan {
		stages = List.copyOf(stages);
		themes = List.copyOf(themes);
	}

	/** The five-stage template of seed 001 with its example questions. */
	public static WorkshopPlan template(String title, WorkshopMode mode, LocalDateTime startsAt) {
		return new WorkshopPlan(title, mode, startsAt, List.of(new StagePlan(Stage.CHECK_IN,
				List.of("Who are you, how are you feeling, and what are you focused on and thinking about?"), 20),
				new StagePlan(Stage.INDIVIDUAL_THOUGHTS,
						List.of("Interoperability works best when…?", "The factors holding interoperability back are…?",
								"What assumptions are we making that might be limiting our thinking?"),
						20),
				new StagePlan(Stage.TIME_TO_THINK,
						List.of("What would make sharing information easier for the people we serve?",
								"What gets in the way of working across our organisations?",
								"What could each of us do differently from tomorrow?"),
						45),
				new StagePlan(Stage.GROUPS,
						List.of("Rank the themes in order of importance for resolving the problem."), 25),
				new StagePlan(Stage.AGREEMENT, List.of("What strikes you now?", "What has not been said?"), 30)),
				List.of("Shared care records", "Trust between organisations", "Information governance",
						"Leadership and sponsorship", "Skills and capacity"),
				null);
	}

	public StagePlan stage(Stage stage) {
		return this.stages.stream().filter((plan) -> plan.stage() == stage).findFirst().orElseThrow();
	}

	public List<String> prompts(Stage stage) {
		return stage(stage).prompts();
	}

	/** Everything that makes the plan unusable, all at once; empty when it is fine. */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.title == null || this.title.isBlank()) {
			problems.add("Give the workshop a title.");
		}
		else if (this.title.length() > MAX_TITLE) {
			problems.add("The title is longer than " + MAX_TITLE + " characters.");
		}
		if (this.mode == null) {
			problems.add("Choose whether the workshop is in person, online or mixed.");
		}
		if (this.stages.size() != Stage.values().length) {
			problems.add("A workshop has exactly five stages.");
			return problems;
		}
		for (int i = 0; i < this.stages.size(); i++) {
			StagePlan plan = this.stages.get(i);
			if (plan.stage() != Stage.values()[i]) {
				problems.add("The stages must be in the order of the method.");
				return problems;
			}
			if (plan.minutes() < 0 || plan.minutes() > 480) {
				problems.add(plan.stage().label() + ": plan between 0 and 480 minutes.");
			}
			if (plan.prompts().isEmpty()) {
				problems.add(plan.stage().label() + ": give at least one prompt.");
			}
			for (String prompt : plan.prompts()) {
				if (prompt == null || prompt.isBlank()) {
					problems.add(plan.stage().label() + ": a prompt is empty.");
				}
				else if (prompt.length() > MAX_PROMPT) {
					problems.add(plan.stage().label() + ": a prompt is longer than " + MAX_PROMPT + " characters.");
				}
			}
		}
		if (this.themes.size() > 30) {
			problems.add("Give at most 30 themes to rank.");
		}
		for (String theme : this.themes) {
			if (theme == null || theme.isBlank() || theme.length() > MAX_THEME) {
				problems.add("Each theme needs a name of 1 to " + MAX_THEME + " characters.");
				break;
			}
		}
		return problems;
	}

	/** Advice that does not stop the plan, such as the seed's three to five rounds. */
	public List<String> warnings() {
		List<String> warnings = new ArrayList<>();
		if (this.stages.size() == Stage.values().length) {
			int rounds = prompts(Stage.TIME_TO_THINK).size();
			if (rounds < 3 || rounds > 5) {
				warnings.add("Time to think has " + rounds
						+ " questions; the method recommends three to five rounds, each with its own question.");
			}
		}
		if (this.themes.size() == 1) {
			warnings.add("Groups need at least two themes to rank; post-it themes are added when the ranking opens.");
		}
		return warnings;
	}

}
