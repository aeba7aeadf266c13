package org.threefold.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Horizontal bars of 0–100 scores for the overall score and each dimension, one bar per
 * group, with the 95% interval as a whisker, the value written beside each bar, and
 * gridlines at the band boundaries. A withheld value has no bar; its slot says "withheld"
 * and so does its category label, so a gap is never mistaken for a zero.
 */
public final class ProfileChart {

	public static final int DEFAULT_WIDTH = 800;

	private ProfileChart() {
	}

	public static ChartImage render(ProfileData data) {
		return render(data, DEFAULT_WIDTH);
	}

	public static ChartImage render(ProfileData data, int width) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		List<String> categories = categoryLabels(data);
		for (ChartSeries series : data.series()) {
			for (int i = 0; i < categories.size(); i++) {
				Double value = (series.score(i) instanceof ChartScore.Shown shown) ? shown.value() : null;
				dataset.addValue(value, series.name(), categories.get(i));
			}
		}
		CategoryAxis categoryAxis = new CategoryAxis();
		categoryAxis.setMaximumCategoryLabelLines(3);
		categoryAxis.setMaximumCategoryLabelWidthRatio(0.28f);
		categoryAxis.setCategoryMargin(0.25);
		WhiskerBarRenderer renderer = new WhiskerBarRenderer(data);
		CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, new NumberAxis(), renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = new JFreeChart(data.title(), ChartStyle.font(Font.BOLD, 18), plot, data.series().size() > 1);
		ChartStyle.apply(chart);
		ChartStyle.scoreAxis(plot, "Score from 0 to 100: gridlines mark the five maturity bands");
		chart.addSubtitle(new TextTitle("Bars show the score; the thin line across each bar is its 95% interval.",
				ChartStyle.font(Font.PLAIN, 12)));
		int otherIndex = 0;
		for (int row = 0; row < data.series().size(); row++) {
			boolean reference = data.series().get(row).reference();
			renderer.setSeriesPaint(row, ChartStyle.seriesColour(reference, otherIndex));
			otherIndex += reference ? 0 : 1;
		}
		int height = 150 + data.scales().size() * (data.series().size() * 26 + 22);
		return new ChartImage(ChartStyle.png(chart, width, height), altText(data), width, height);
	}

	/** Every value in words, scale by scale: "Technology: Acme 62 (band 4, …), …". */
	public static String altText(ProfileData data) {
		List<String> parts = new ArrayList<>();
		for (int i = 0; i < data.scales().size(); i++) {
			int index = i;
			if (data.series().size() == 1) {
				parts.add(data.scales().get(i) + " " + ChartText.describe(data.series().get(0).score(i)));
			}
			else {
				parts.add(data.scales().get(i) + ": "
						+ ChartText.list(data.series()
							.stream()
							.map((series) -> series.name() + " " + ChartText.describe(series.score(index)))
							.toList()));
			}
		}
		return data.title() + ". Scores from 0 to 100, higher is stronger. " + String.join("; ", parts) + ".";
	}

	private static List<String> categoryLabels(ProfileData data) {
		List<String> labels = new ArrayList<>();
		for (int i = 0; i < data.scales().size(); i++) {
			List<String> withheld = new ArrayList<>();
			List<String> missing = new ArrayList<>();
			for (ChartSeries series : data.series()) {
				if (series.score(i) instanceof ChartScore.Withheld) {
					withheld.add(series.name());
				}
				else if (series.score(i) instanceof ChartScore.Missing) {
					missing.add(series.name());
				}
			}
			StringBuilder label = new StringBuilder(data.scales().get(i));
			boolean single = data.series().size() == 1;
			if (!withheld.isEmpty()) {
				label.append(single ? " (withheld)" : " (withheld for " + ChartText.list(withheld) + ")");
			}
			if (!missing.isEmpty()) {
				label.append(single ? " (no responses)" : " (no responses for " + ChartText.list(missing) + ")");
			}
			labels.add(label.toString());
		}
		return labels;
	}

	/**
	 * A bar renderer that adds the 95% interval as a whisker, writes the value beside the
	 * bar, and writes "withheld" where a bar is missing. JFreeChart's statistical
	 * renderer draws mean ± one number; an interval clipped at 0 or 100 is not symmetric,
	 * so the whisker is drawn here from the interval's own ends.
	 */
	private static final class WhiskerBarRenderer extends BarRenderer {

		private final transient ProfileData data;

		WhiskerBarRenderer(ProfileData data) {
			this.data = data;
			setShadowVisible(false);
			setDrawBarOutline(false);
			setItemMargin(0.08);
			setMaximumBarWidth(0.2);
		}

		@Override
		public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
				CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
			super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
			int visibleRow = state.getVisibleSeriesIndex(row);
			if (visibleRow < 0) {
				return;
			}
			double top = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column);
			double middle = top + state.getBarWidth() / 2;
			RectangleEdge edge = plot.getRangeAxisEdge();
			ChartScore score = this.data.series().get(row).score(column);
			g2.setFont(ChartStyle.font(Font.PLAIN, 12));
			FontMetrics metrics = g2.getFontMetrics();
			float baseline = (float) (middle + metrics.getAscent() / 2.0 - 1);
			if (!(score instanceof ChartScore.Shown shown)) {
				g2.setPaint(ChartStyle.SECONDARY_TEXT);
				g2.setFont(ChartStyle.font(Font.ITALIC, 12));
				String text = (score instanceof ChartScore.Withheld) ? "withheld" : "no responses";
				g2.drawString(text, (float) dataArea.getMinX() + 6, baseline);
				return;
			}
			double end = rangeAxis.valueToJava2D(shown.value(), dataArea, edge);
			if (shown.hasInterval()) {
				double low = rangeAxis.valueToJava2D(shown.low(), dataArea, edge);
				double high = rangeAxis.valueToJava2D(shown.high(), dataArea, edge);
				double cap = Math.min(6, state.getBarWidth() / 3);
				g2.setPaint(ChartStyle.TEXT);
				g2.setStroke(new BasicStroke(1.5f));
				g2.draw(new Line2D.Double(low, middle, high, middle));
				g2.draw(new Line2D.Double(low, middle - cap, low, middle + cap));
				g2.draw(new Line2D.Double(high, middle - cap, high, middle + cap));
				end = Math.max(end, high);
			}
			String label = ChartText.score(shown.value());
			int labelWidth = metrics.stringWidth(label);
			if (end + 6 + labelWidth < dataArea.getMaxX()) {
				g2.setPaint(ChartStyle.TEXT);
				g2.drawString(label, (float) end + 6, baseline);
			}
			else {
				Color bar = (Color) getSeriesPaint(row);
				g2.setPaint(ChartStyle.textOn(bar));
				g2.drawString(label, (float) dataArea.getMinX() + 6, baseline);
			}
		}

	}

}
