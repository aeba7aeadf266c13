package org.threefold.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Lines of scores across the assessments of a series, one per scale, each point labelled
 * with its value and each assessment named on the axis. Lines differ by marker shape as
 * well as colour. A withheld or missing score leaves a gap rather than a point at zero.
 */
public final class TrendChart {

	public static final int DEFAULT_WIDTH = 800;

	private TrendChart() {
	}

	public static ChartImage render(TrendData data) {
		return render(data, DEFAULT_WIDTH);
	}

	public static ChartImage render(TrendData data, int width) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (ChartSeries series : data.series()) {
			for (int i = 0; i < data.assessments().size(); i++) {
				Double value = (series.score(i) instanceof ChartScore.Shown shown) ? shown.value() : null;
				dataset.addValue(value, series.name(), data.assessments().get(i));
			}
		}
		LabelledLineRenderer renderer = new LabelledLineRenderer(data);
		renderer.setDefaultItemLabelGenerator(new ScoreLabels());
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(ChartStyle.font(Font.PLAIN, 12));
		CategoryAxis assessmentAxis = new CategoryAxis();
		assessmentAxis.setMaximumCategoryLabelLines(3);
		CategoryPlot plot = new CategoryPlot(dataset, assessmentAxis, new NumberAxis(), renderer);
		plot.setOrientation(PlotOrientation.VERTICAL);
		JFreeChart chart = new JFreeChart(data.title(), ChartStyle.font(Font.BOLD, 18), plot, true);
		ChartStyle.apply(chart);
		ChartStyle.scoreAxis(plot, "Score from 0 to 100");
		int otherIndex = 0;
		for (int row = 0; row < data.series().size(); row++) {
			boolean reference = data.series().get(row).reference();
			renderer.setSeriesPaint(row, ChartStyle.seriesColour(reference, otherIndex));
			renderer.setSeriesStroke(row, new BasicStroke(2.5f));
			renderer.setSeriesItemLabelPaint(row, ChartStyle.TEXT);
			otherIndex += reference ? 0 : 1;
		}
		if (hasGaps(data)) {
			chart.addSubtitle(new TextTitle("A gap means the score was withheld or nobody answered.",
					ChartStyle.font(Font.PLAIN, 12)));
		}
		int height = 460;
		return new ChartImage(ChartStyle.png(chart, width, height), altText(data), width, height);
	}

	/** "Technology: Spring 2025 55 (band 3), Spring 2026 62 (band 4); …". */
	public static String altText(TrendData data) {
		List<String> parts = new ArrayList<>();
		for (ChartSeries series : data.series()) {
			List<String> points = new ArrayList<>();
			for (int i = 0; i < data.assessments().size(); i++) {
				points.add(data.assessments().get(i) + " " + ChartText.describe(series.score(i)));
			}
			parts.add(series.name() + ": " + String.join(", ", points));
		}
		return data.title() + ". Scores from 0 to 100 across " + data.assessments().size()
				+ " assessments, oldest first. " + String.join("; ", parts) + ".";
	}

	private static boolean hasGaps(TrendData data) {
		return data.series()
			.stream()
			.flatMap((series) -> series.scores().stream())
			.anyMatch((score) -> !(score instanceof ChartScore.Shown));
	}

	/** Each point's score as a whole number. */
	private static final class ScoreLabels extends StandardCategoryItemLabelGenerator {

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Number value = dataset.getValue(row, column);
			return (value != null) ? ChartText.score(value.doubleValue()) : null;
		}

	}

	/**
	 * Lines with each point's value written to its right, nudged apart where scales are
	 * close so that no two labels overlap: with five scales of a partnership, two or
	 * three often sit within a few points of each other.
	 */
	private static final class LabelledLineRenderer extends LineAndShapeRenderer {

		/** The smallest gap between two labels, in score points. */
		private static final double SEPARATION = 5;

		private final double[][] labelAt;

		private transient Rectangle2D dataArea;

		private transient ValueAxis rangeAxis;

		private transient RectangleEdge edge;

		LabelledLineRenderer(TrendData data) {
			super(true, true);
			this.labelAt = spread(data);
		}

		@Override
		public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
				CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
			this.dataArea = dataArea;
			this.rangeAxis = rangeAxis;
			this.edge = plot.getRangeAxisEdge();
			super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
		}

		@Override
		protected void drawItemLabel(Graphics2D g2, PlotOrientation orientation, CategoryDataset dataset, int row,
				int column, double x, double y, boolean negative) {
			String label = getItemLabelGenerator(row, column).generateLabel(dataset, row, column);
			if (label == null || this.rangeAxis == null) {
				return;
			}
			double labelY = this.rangeAxis.valueToJava2D(this.labelAt[row][column], this.dataArea, this.edge);
			g2.setFont(getItemLabelFont(row, column));
			// A white patch behind the number, so the line running on to the right does
			// not
			// strike through it.
			Rectangle2D bounds = TextUtils.calcAlignedStringBounds(label, g2, (float) (x + 9), (float) labelY,
					TextAnchor.CENTER_LEFT);
			g2.setPaint(Color.WHITE);
			g2.fill(new Rectangle2D.Double(bounds.getX() - 2, bounds.getY(), bounds.getWidth() + 4,
					bounds.getHeight()));
			g2.setPaint(getItemLabelPaint(row, column));
			TextUtils.drawAlignedString(label, g2, (float) (x + 9), (float) labelY, TextAnchor.CENTER_LEFT);
		}

		/**
		 * Label positions per series and assessment: the values, pushed apart where too
		 * close.
		 */
		private static double[][] spread(TrendData data) {
			int rows = data.series().size();
			int columns = data.assessments().size();
			double[][] at = new double[rows][columns];
			for (int column = 0; column < columns; column++) {
				int index = column;
				List<Integer> shown = new ArrayList<>();
				for (int row = 0; row < rows; row++) {
					if (data.series().get(row).score(column) instanceof ChartScore.Shown) {
						shown.add(row);
					}
				}
				shown.sort(Comparator.comparingDouble((Integer row) -> value(data, row, index)));
				double previous = Double.NEGATIVE_INFINITY;
				for (int row : shown) {
					at[row][column] = Math.max(value(data, row, column), previous + SEPARATION);
					previous = at[row][column];
				}
				double ceiling = 98;
				for (int i = shown.size() - 1; i >= 0; i--) {
					int row = shown.get(i);
					at[row][column] = Math.min(at[row][column], ceiling);
					ceiling = at[row][column] - SEPARATION;
				}
			}
			return at;
		}

		private static double value(TrendData data, int row, int column) {
			return ((ChartScore.Shown) data.series().get(row).score(column)).value();
		}

	}

}
