package org.threefold.workshop;

/**
 * The ten principles of a thinking environment (Kline; seed 001 Appendix B), shown to the
 * facilitator as guidance for each stage. Where the seed gives no definition the text is
 * our plain reading and says so in docs/workshops.md.
 */
public enum ThinkingPrinciple {

	ATTENTION("Attention", "Listen with respect, interest and without interruption."),
	EQUALITY("Equality", "Treat each other as thinking peers: equal turns and equal attention."),
	EASE("Ease", "Slow down; no pressure of pace. Timers are a guide, never a cut-off."),
	APPRECIATION("Appreciation", "Notice and say what is good in others' thinking."),
	ENCOURAGEMENT("Encouragement", "Encourage people to think further rather than to compete."),
	FEELINGS("Feelings", "Allow emotions to be expressed."),
	INFORMATION("Information", "Supply the facts, such as the assessment results behind the questions."),
	DIFFERENCE("Difference", "Welcome diverse group identities and diverse thinking."),
	INCISIVE_QUESTIONS("Incisive questions", "Remove untrue assumptions that limit our thinking."),
	PLACE("Place", "Make an environment that says \"You matter\".");

	private final String label;

	private final String meaning;

	ThinkingPrinciple(String label, String meaning) {
		this.label = label;
		this.meaning = meaning;
	}

	public String label() {
		return this.label;
	}

	public String meaning() {
		return this.meaning;
	}

}
