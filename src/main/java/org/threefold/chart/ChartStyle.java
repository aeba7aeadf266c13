package org.threefold.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The look every chart shares: NHS.UK colours and type (NHS identity guidelines: NHS Blue
 * #005EB8, Dark Blue #003087, text #212B32; Arial, or the metric-compatible Liberation
 * Sans where Arial is not installed, as on most Linux servers).
 * <p>
 * Series colours other than the whole partnership's come from the Okabe–Ito set, which
 * stays distinct for the common colour-vision deficiencies, darkened where needed so that
 * each has at least 4.5:1 contrast against white: enough for bars (3:1, WCAG 2.2 non-text
 * contrast) and for white text written on them.
 */
public final class ChartStyle {

	public static final Color NHS_BLUE = new Color(0x005EB8);

	public static final Color NHS_DARK_BLUE = new Color(0x003087);

	public static final Color TEXT = new Color(0x212B32);

	public static final Color SECONDARY_TEXT = new Color(0x4C6272);

	public static final Color GRIDLINE = new Color(0xD8DDE0);

	/**
	 * Withheld heatmap cells: a neutral mid grey with darker hatching. Neutral, so that
	 * it cannot be read as a point on the purple–orange scale, and darker than its centre
	 * (#F7F7F7), so that it cannot be read as "average" in greyscale either.
	 */
	public static final Color WITHHELD = new Color(0xB3B3B3);

	public static final Color WITHHELD_HATCH = new Color(0x8C8C8C);

	/**
	 * Colours for series that are not the whole partnership, in the order they are used.
	 */
	static final List<Color> OTHERS = List.of(new Color(0xC24E00), new Color(0x007A5E), new Color(0xAE2573),
			new Color(0x6A4C93), new Color(0x8A6100), new Color(0x4C6272));

	private static final String FAMILY = family();

	private ChartStyle() {
	}

	/** Arial where installed, else the closest sans-serif with the same widths. */
	public static Font font(int style, float size) {
		return new Font(FAMILY, style, 1).deriveFont(style, size);
	}

	/**
	 * The colour of a series: NHS Blue for the whole partnership, otherwise the next
	 * accessible colour.
	 * @param otherIndex how many non-reference series come before this one
	 */
	public static Color seriesColour(boolean reference, int otherIndex) {
		return reference ? NHS_BLUE : OTHERS.get(otherIndex % OTHERS.size());
	}

	/**
	 * Relative luminance (WCAG 2.2) from 0 (black) to 1 (white): what a colour becomes in
	 * greyscale, and what decides whether text on it should be dark or white.
	 */
	public static double luminance(Color colour) {
		return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen())
				+ 0.0722 * linear(colour.getBlue());
	}

	/** Dark text on light backgrounds and white on dark, whichever has more contrast. */
	public static Color textOn(Color background) {
		double l = luminance(background);
		double contrastWithWhite = 1.05 / (l + 0.05);
		double contrastWithText = (l + 0.05) / (luminance(TEXT) + 0.05);
		return (contrastWithWhite > contrastWithText) ? Color.WHITE : TEXT;
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static String family() {
		Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		for (String candidate : List.of("Arial", "Liberation Sans", "Helvetica", "Arimo")) {
			if (installed.contains(candidate)) {
				return candidate;
			}
		}
		return Font.SANS_SERIF;
	}

	/** Fonts, white background and flat bars for a JFreeChart chart. */
	static void apply(JFreeChart chart) {
		StandardChartTheme theme = new StandardChartTheme("Threefold", false);
		theme.setExtraLargeFont(font(Font.BOLD, 18));
		theme.setLargeFont(font(Font.BOLD, 14));
		theme.setRegularFont(font(Font.PLAIN, 13));
		theme.setSmallFont(font(Font.PLAIN, 12));
		theme.setTitlePaint(TEXT);
		theme.setSubtitlePaint(SECONDARY_TEXT);
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		theme.setLegendItemPaint(TEXT);
		theme.setAxisLabelPaint(TEXT);
		theme.setTickLabelPaint(TEXT);
		theme.setItemLabelPaint(TEXT);
		theme.setRangeGridlinePaint(GRIDLINE);
		theme.setDomainGridlinePaint(GRIDLINE);
		theme.setBarPainter(new StandardBarPainter());
		theme.apply(chart);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setFrame(BlockBorder.NONE);
		}
	}

	/**
	 * A 0–100 score axis whose gridlines fall on the band boundaries (20, 40, 60, 80), so
	 * a reader can see the band of each bar without a legend.
	 */
	static void scoreAxis(CategoryPlot plot, String label) {
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setLabel(label);
		axis.setRange(0, 100);
		axis.setTickUnit(new NumberTickUnit(20));
		plot.setRangeGridlinesVisible(true);
		plot.setRangeGridlinePaint(GRIDLINE);
		plot.setRangeGridlineStroke(new BasicStroke(1f));
		plot.setOutlineVisible(false);
	}

	static byte[] png(JFreeChart chart, int width, int height) {
		return png(chart.createBufferedImage(width, height));
	}

	/** Encodes a picture drawn with Java 2D as PNG. */
	public static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("A chart could not be written as PNG", ex);
		}
	}

}
