package org.threefold.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Text on a Java 2D picture: wrapping to a width, shortening with an ellipsis, centring
 * in a box. Shared by every picture drawn without JFreeChart (the results heatmap here,
 * the power maps in their module), so labels behave the same in all of them.
 */
public final class CanvasText {

	private CanvasText() {
	}

	/** Splits {@code text} at spaces into lines no wider than {@code width}. */
	public static List<String> wrap(String text, FontMetrics metrics, int width) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line.toString());
		}
		return lines;
	}

	/** The text as drawn in the current font, shortened with an ellipsis to fit. */
	public static String fit(Graphics2D g2, String text, int width) {
		FontMetrics metrics = g2.getFontMetrics();
		if (metrics.stringWidth(text) <= width) {
			return text;
		}
		String shortened = text;
		while (!shortened.isEmpty() && metrics.stringWidth(shortened + "\u2026") > width) {
			shortened = shortened.substring(0, shortened.length() - 1);
		}
		return shortened.stripTrailing() + "\u2026";
	}

	/** Draws the text centred between {@code left} and {@code left + width}. */
	public static void centre(Graphics2D g2, String text, int left, int width, int baseline) {
		int textWidth = g2.getFontMetrics().stringWidth(text);
		g2.drawString(text, left + (width - textWidth) / 2f, baseline);
	}

}
