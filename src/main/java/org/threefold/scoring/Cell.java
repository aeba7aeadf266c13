package org.threefold.scoring;

/**
 * One group's result on one scale: either shown with its statistics, or withheld with the
 * reason. A withheld cell carries no number at all, not even its n, so nothing downstream
 * can leak it.
 */
public sealed interface Cell {

	boolean shown();

	record Shown(Statistic statistic) implements Cell {
		public boolean shown() {
			return true;
		}
	}

	/** A withheld cell: why, in plain English, e.g. "Fewer than 5 responses". */
	record Withheld(Reason reason, String explanation) implements Cell {
		public boolean shown() {
			return false;
		}
	}

	/** No respondent in this group has a score on this scale. */
	record Empty() implements Cell {
		public boolean shown() {
			return false;
		}
	}

	enum Reason {

		/** Fewer respondents than the assessment's threshold. */
		TOO_FEW,
		/**
		 * Enough respondents, but showing it would let a withheld group be worked out.
		 */
		PROTECTS_ANOTHER

	}

}
