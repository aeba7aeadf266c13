package org.threefold.export;

/**
 * Neutralises text that a spreadsheet would run as a formula (CSV or formula injection,
 * OWASP): a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading apostrophe, so Excel and LibreOffice show it as text.
 * Every text cell of every export goes through here; numbers are written as numbers and
 * never need it.
 */
public final class SafeText {

	private SafeText() {
	}

	public static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return (text == null) ? "" : text;
		}
		char first = text.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
			return "'" + text;
		}
		return text;
	}

	/** True when {@link #cell} would change the text. */
	public static boolean dangerous(String text) {
		return text != null && !text.equals(cell(text));
	}

}
