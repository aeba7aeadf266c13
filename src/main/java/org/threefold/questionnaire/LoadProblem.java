package org.threefold.questionnaire;

/**
 * One thing wrong with a definition file.
 *
 * @param line 1-based line in the file, or 0 when the whole file is at fault
 * @param field path of the field, e.g. {@code sections[0].items[2].text}, or empty
 */
public record LoadProblem(String file, int line, String field, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (this.line > 0) {
			text.append(':').append(this.line);
		}
		text.append(' ');
		if (!this.field.isEmpty()) {
			text.append(this.field).append(": ");
		}
		return text.append(this.message).toString();
	}

}
