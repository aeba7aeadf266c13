package org.threefold.questionnaire;

/**
 * One question.
 *
 * @param dimension null for items that are not scored (e.g. free text without a
 * dimension)
 * @param subdimension id in the framework, or null
 * @param showIf null when always shown
 * @param line the item's line in its file, for messages
 */
public record Item(String id, String text, boolean required, String help, String source, Dimension dimension,
		String subdimension, ShowIf showIf, int line, ItemSpec spec) {

	public ItemType type() {
		return this.spec.type();
	}

	public boolean scored() {
		return this.spec instanceof ItemSpec.Likert && this.subdimension != null;
	}

}
