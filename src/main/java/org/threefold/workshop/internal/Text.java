package org.threefold.workshop.internal;

/**
 * Cleans text people type: control characters become spaces, runs of white space one
 * space, and the ends are trimmed. The text stays text; screens show it with
 * {@code setText}, never as markup.
 */
public final class Text {

	private Text() {
	}

	public static String clean(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
	}

}
