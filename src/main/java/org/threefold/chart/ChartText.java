package org.threefold.chart;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.threefold.questionnaire.MaturityBand;

/**
 * How charts put numbers into words: whole-number scores, the band from the unrounded
 * score (docs/scoring.md: a score shown as 60 may be 59.6, band 3), UK number format.
 */
final class ChartText {

	private ChartText() {
	}

	static String score(double value) {
		return Long.toString(Math.round(value));
	}

	static int band(double value) {
		return MaturityBand.of(Math.max(0, Math.min(100, value))).number();
	}

	static String count(long value) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(value);
	}

	/** "62 (band 4, 95% interval 59 to 65)", "withheld" or "no responses". */
	static String describe(ChartScore score) {
		return switch (score) {
			case ChartScore.Shown shown -> score(shown.value()) + " (band " + band(shown.value()) + (shown.hasInterval()
					? ", 95% interval " + score(shown.low()) + " to " + score(shown.high()) + ")" : ")");
			case ChartScore.Withheld withheld -> "withheld";
			case ChartScore.Missing missing -> "no responses";
		};
	}

	/** "a", "a and b", "a, b and c". */
	static String list(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	/** A signed difference for a picture: "+8", "−5" (a true minus sign), "0". */
	static String signed(double difference) {
		long rounded = Math.round(difference);
		if (rounded > 0) {
			return "+" + rounded;
		}
		return (rounded < 0) ? "\u2212" + (-rounded) : "0";
	}

}
