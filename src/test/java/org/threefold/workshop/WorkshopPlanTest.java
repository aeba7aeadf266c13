package org.threefold.workshop;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkshopPlanTest {

	@Test
	void the_template_has_the_five_stages_and_the_seeds_questions() {
		WorkshopPlan plan = WorkshopPlan.template("Workshop", WorkshopMode.MIXED, null);
		assertThat(plan.problems()).isEmpty();
		assertThat(plan.warnings()).isEmpty();
		assertThat(plan.prompts(Stage.INDIVIDUAL_THOUGHTS)).containsExactly("Interoperability works best when…?",
				"The factors holding interoperability back are…?",
				"What assumptions are we making that might be limiting our thinking?");
		assertThat(plan.prompts(Stage.AGREEMENT)).containsExactly("What strikes you now?", "What has not been said?");
	}

	@Test
	void fewer_than_three_or_more_than_five_rounds_warn_but_do_not_refuse() {
		WorkshopPlan template = WorkshopPlan.template("Workshop", WorkshopMode.ONLINE, null);
		List<StagePlan> stages = new ArrayList<>(template.stages());
		stages.set(2, new StagePlan(Stage.TIME_TO_THINK, List.of("One", "Two"), 20));
		WorkshopPlan two = new WorkshopPlan("W", WorkshopMode.ONLINE, null, stages, template.themes(), null);
		assertThat(two.problems()).isEmpty();
		assertThat(two.warnings()).singleElement().asString().contains("three to five");
		stages.set(2, new StagePlan(Stage.TIME_TO_THINK, List.of("1", "2", "3", "4", "5", "6"), 20));
		assertThat(new WorkshopPlan("W", WorkshopMode.ONLINE, null, stages, template.themes(), null).warnings())
			.hasSize(1);
	}

	@Test
	void a_blank_title_empty_prompt_or_long_text_is_refused_all_at_once() {
		WorkshopPlan template = WorkshopPlan.template("W", WorkshopMode.ONLINE, null);
		List<StagePlan> stages = new ArrayList<>(template.stages());
		stages.set(0, new StagePlan(Stage.CHECK_IN, List.of(" "), 10));
		stages.set(1, new StagePlan(Stage.INDIVIDUAL_THOUGHTS, List.of("x".repeat(301)), 10));
		WorkshopPlan bad = new WorkshopPlan(" ", null, null, stages, List.of("y".repeat(121)), null);
		assertThat(bad.problems()).hasSize(5);
	}

}
