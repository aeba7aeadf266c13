package org.threefold.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Java 2D canvas of the pictures JFreeChart cannot draw (the heatmap grids): a white,
 * antialiased image encoded as PNG, and the font measurements their layouts are computed
 * from before anything is drawn.
 */
public final class Canvas {

	private Canvas() {
	}

	/** Draws a picture of the given size on white and returns it as PNG. */
	public static byte[] paint(int width, int height, Consumer<Graphics2D> painter) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.setPaint(Color.WHITE);
			g2.fillRect(0, 0, width, height);
			painter.accept(g2);
		}
		finally {
			g2.dispose();
		}
		return ChartStyle.png(image);
	}

	/**
	 * Measures with the fonts of a scratch canvas, before the picture's size is known.
	 */
	public static <T> T measure(Function<Graphics2D, T> measuring) {
		Graphics2D g2 = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
		try {
			return measuring.apply(g2);
		}
		finally {
			g2.dispose();
		}
	}

	/**
	 * The width of the row-label column: the widest of the heading and the labels in the
	 * 13-point label font, at most {@code max} (longer labels are shortened when drawn).
	 */
	public static int labelWidth(Graphics2D g2, String heading, List<String> labels, int max) {
		FontMetrics metrics = g2.getFontMetrics(ChartStyle.font(Font.PLAIN, 13));
		int width = metrics.stringWidth(heading);
		for (String label : labels) {
			width = Math.max(width, metrics.stringWidth(label));
		}
		return Math.min(max, width);
	}

}
