package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.util.List;

/** What is particular to each {@link ItemType}. */
public sealed interface ItemSpec {

	ItemType type();

	/**
	 * 1–5 with optional "not applicable" and "don't know" (both missing in scoring, never
	 * zero).
	 */
	record Likert(LikertScale scale, boolean reverse, boolean notApplicable, boolean dontKnow) implements ItemSpec {
		public ItemType type() {
			return ItemType.LIKERT;
		}
	}

	record Choice(boolean multiple, List<Option> options, Integer maxChoices) implements ItemSpec {
		public ItemType type() {
			return this.multiple ? ItemType.MULTIPLE_CHOICE : ItemType.SINGLE_CHOICE;
		}
	}

	record FreeText(int maxLength) implements ItemSpec {
		public ItemType type() {
			return ItemType.FREE_TEXT;
		}
	}

	record NumberInput(BigDecimal min, BigDecimal max, boolean integer, String unit) implements ItemSpec {
		public ItemType type() {
			return ItemType.NUMBER;
		}
	}

	/**
	 * @param rankTop how many to rank; null means all
	 */
	record Ranking(List<Option> options, Integer rankTop) implements ItemSpec {
		public ItemType type() {
			return ItemType.RANKING;
		}
	}

	/**
	 * Rate each partner taking part in the assessment (seed-digest §5 power measures).
	 */
	record PartnerMatrix(String measure, boolean includeSelf, LikertScale scale) implements ItemSpec {
		public ItemType type() {
			return ItemType.PARTNER_MATRIX;
		}
	}

	/**
	 * Share {@code total} points over the partners, or over {@code options} when given.
	 */
	record Allocation(String measure, int total, List<Option> options) implements ItemSpec {
		public ItemType type() {
			return ItemType.ALLOCATION;
		}

		public boolean overPartners() {
			return this.options.isEmpty();
		}
	}

}
