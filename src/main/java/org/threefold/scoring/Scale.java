package org.threefold.scoring;

import org.threefold.questionnaire.Dimension;

/**
 * Something scored: the overall score, a dimension, a sub-dimension or an item.
 *
 * @param key unique within results, e.g. {@code DIMENSION:technology} or
 * {@code SUBDIMENSION:R5}
 * @param dimension the dimension it belongs to; null for the overall score
 */
public record Scale(Kind kind, String id, String label, Dimension dimension) {

	public enum Kind {

		OVERALL, DIMENSION, SUBDIMENSION, ITEM

	}

	public String key() {
		return this.kind + ":" + this.id;
	}

}
