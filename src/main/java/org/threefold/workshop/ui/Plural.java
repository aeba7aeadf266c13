package org.threefold.workshop.ui;

/** Counts in words on the workshop screens: "1 group", "2 groups". */
final class Plural {

	private Plural() {
	}

	/** The count and the noun, with an "s" unless the count is one. */
	static String of(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
