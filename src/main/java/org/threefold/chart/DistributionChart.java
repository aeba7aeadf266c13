package org.threefold.chart;

import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.DataUtils;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * One bar per scale, split into the share of respondents in each maturity band. Shares
 * rather than counts, so that scales answered by different numbers of people compare; the
 * counts are in the category label and the alt text. Bands run from light to dark blue
 * (ColorBrewer Blues), so their order also reads in greyscale, and each segment wide
 * enough for it is labelled with its percentage.
 */
public final class DistributionChart {

	public static final int DEFAULT_WIDTH = 800;

	/** ColorBrewer Blues, 5 of its 9 classes: band 1 lightest, band 5 darkest. */
	static final List<Color> BANDS = List.of(new Color(0xC6DBEF), new Color(0x9ECAE1), new Color(0x6BAED6),
			new Color(0x2171B5), new Color(0x08306B));

	private static final String[] BAND_NAMES = { "Band 1 (0\u201319)", "Band 2 (20\u201339)", "Band 3 (40\u201359)",
			"Band 4 (60\u201379)", "Band 5 (80\u2013100)" };

	private DistributionChart() {
	}

	public static ChartImage render(DistributionData data) {
		return render(data, DEFAULT_WIDTH);
	}

	public static ChartImage render(DistributionData data, int width) {
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		for (int band = 0; band < 5; band++) {
			for (DistributionData.Bar bar : data.bars()) {
				dataset.addValue(bar.respondents().get(band), BAND_NAMES[band], category(bar));
			}
		}
		StackedBarRenderer renderer = new StackedBarRenderer(true);
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(true);
		renderer.setDefaultOutlinePaint(Color.WHITE);
		renderer.setMaximumBarWidth(0.14);
		renderer.setDefaultItemLabelGenerator(new ShareLabels());
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(ChartStyle.font(Font.BOLD, 12));
		renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
		renderer.setPositiveItemLabelPositionFallback(null);
		CategoryAxis categoryAxis = new CategoryAxis();
		categoryAxis.setMaximumCategoryLabelLines(2);
		categoryAxis.setMaximumCategoryLabelWidthRatio(0.25f);
		NumberAxis shareAxis = new NumberAxis("Share of respondents");
		CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, shareAxis, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		JFreeChart chart = new JFreeChart(data.title(), ChartStyle.font(Font.BOLD, 18), plot, true);
		ChartStyle.apply(chart);
		for (int band = 0; band < 5; band++) {
			renderer.setSeriesPaint(band, BANDS.get(band));
			renderer.setSeriesItemLabelPaint(band, ChartStyle.textOn(BANDS.get(band)));
		}
		shareAxis.setRange(0, 1);
		shareAxis.setTickUnit(new NumberTickUnit(0.2, NumberFormat.getPercentInstance(Locale.UK)));
		plot.setRangeGridlinePaint(ChartStyle.GRIDLINE);
		plot.setOutlineVisible(false);
		int height = 160 + data.bars().size() * 44;
		return new ChartImage(ChartStyle.png(chart, width, height), altText(data), width, height);
	}

	/**
	 * "Overall (140 respondents): band 1 4 (3%), band 2 20 (14%), …" for every scale.
	 */
	public static String altText(DistributionData data) {
		List<String> parts = new ArrayList<>();
		for (DistributionData.Bar bar : data.bars()) {
			long total = bar.total();
			if (total == 0) {
				parts.add(bar.label() + ": no respondents");
				continue;
			}
			List<String> bands = new ArrayList<>();
			for (int band = 0; band < 5; band++) {
				long n = bar.respondents().get(band);
				bands.add("band " + (band + 1) + " " + ChartText.count(n) + " (" + percent(n, total) + ")");
			}
			parts.add(bar.label() + " (" + respondents(total) + "): " + String.join(", ", bands));
		}
		return data.title() + ". Respondents in each maturity band, band 1 lowest. " + String.join("; ", parts) + ".";
	}

	private static String category(DistributionData.Bar bar) {
		long total = bar.total();
		return bar.label() + ((total == 0) ? " (no respondents)" : " (" + respondents(total) + ")");
	}

	private static String respondents(long total) {
		return ChartText.count(total) + ((total == 1) ? " respondent" : " respondents");
	}

	static String percent(long part, long total) {
		return Math.round(100.0 * part / total) + "%";
	}

	/** A segment's share of its bar, or nothing for a segment too thin to hold it. */
	private static final class ShareLabels extends StandardCategoryItemLabelGenerator {

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			Number value = dataset.getValue(row, column);
			double total = DataUtils.calculateColumnTotal(dataset, column);
			if (value == null || total <= 0 || value.doubleValue() / total < 0.06) {
				return null;
			}
			return percent(value.longValue(), (long) total);
		}

	}

}
