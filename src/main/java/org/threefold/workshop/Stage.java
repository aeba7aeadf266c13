package org.threefold.workshop;

import java.util.List;

import static org.threefold.workshop.ThinkingPrinciple.APPRECIATION;
import static org.threefold.workshop.ThinkingPrinciple.ATTENTION;
import static org.threefold.workshop.ThinkingPrinciple.DIFFERENCE;
import static org.threefold.workshop.ThinkingPrinciple.EASE;
import static org.threefold.workshop.ThinkingPrinciple.ENCOURAGEMENT;
import static org.threefold.workshop.ThinkingPrinciple.EQUALITY;
import static org.threefold.workshop.ThinkingPrinciple.FEELINGS;
import static org.threefold.workshop.ThinkingPrinciple.INCISIVE_QUESTIONS;
import static org.threefold.workshop.ThinkingPrinciple.INFORMATION;
import static org.threefold.workshop.ThinkingPrinciple.PLACE;

/**
 * The five stages of generative dialogue (seed 001 section 6), in order, with the purpose
 * the facilitator is reminded of and the thinking-environment principles that matter most
 * in each.
 */
public enum Stage {

	CHECK_IN("Check-in", "Sharing who we are and how we are",
			"A pause between earlier work and this session, so people see each other as individuals with their own"
					+ " perspectives. Each person in turn says who they are, how they are feeling and what they are"
					+ " focused on. Anyone may pass; you come back to them at the end of the round.",
			true, List.of(FEELINGS, ATTENTION, EQUALITY, PLACE)),
	INDIVIDUAL_THOUGHTS("Individual thoughts", "Gathering thoughts individually",
			"Introduce the challenge. Everyone writes their own thoughts on post-its, privately, before any"
					+ " discussion. No one sees another's post-its until you reveal them; then you can cluster them"
					+ " into themes.",
			false, List.of(EASE, INCISIVE_QUESTIONS, INFORMATION)),
	TIME_TO_THINK("Time to think", "Sharing thoughts in turn",
			"Three to five rounds, each with a new question and a new order. One speaker at a time; everyone"
					+ " else listens without interrupting. Each person speaks or passes; come back to those who"
					+ " passed at the end of the round, and they may pass again. A timer is only a guide.",
			true, List.of(ATTENTION, EQUALITY, EASE, APPRECIATION, ENCOURAGEMENT)),
	GROUPS("Groups", "Exploring thoughts in groups",
			"Groups mixing partners and seniority work on a task together, in free conversation without you."
					+ " Each group ranks the themes in order of importance (15 minutes by default) and submits one"
					+ " ranking; the combined ranking then feeds the plenary.",
			false, List.of(DIFFERENCE, EQUALITY, APPRECIATION)),
	AGREEMENT("Final thoughts and agreement", "Final thoughts and building an agreement",
			"More time to think, in rounds: whatever is uppermost in each mind; all opinions are welcome. Then"
					+ " agree actions with an owner, a due date and the sub-dimension they address; they go to the"
					+ " ICS action plan.",
			true, List.of(ENCOURAGEMENT, FEELINGS, PLACE, APPRECIATION));

	private final String label;

	private final String title;

	private final String guidance;

	private final boolean rounds;

	private final List<ThinkingPrinciple> principles;

	Stage(String label, String title, String guidance, boolean rounds, List<ThinkingPrinciple> principles) {
		this.label = label;
		this.title = title;
		this.guidance = guidance;
		this.rounds = rounds;
		this.principles = principles;
	}

	public int number() {
		return ordinal() + 1;
	}

	public String label() {
		return this.label;
	}

	public String title() {
		return this.title;
	}

	public String guidance() {
		return this.guidance;
	}

	/** Whether the stage is run as rounds of speaking in turn. */
	public boolean rounds() {
		return this.rounds;
	}

	public List<ThinkingPrinciple> principles() {
		return this.principles;
	}

}
