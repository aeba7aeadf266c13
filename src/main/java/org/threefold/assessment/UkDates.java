package org.threefold.assessment;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** UK date formats, e.g. "3 March 2027". */
public final class UkDates {

	public static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private UkDates() {
	}

}
