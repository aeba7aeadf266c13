/**
 * Charts as pictures: JFreeChart and plain Java 2D drawing, headless, from neutral
 * records ({@link org.threefold.chart.ChartSeries},
 * {@link org.threefold.chart.ChartScore} and each chart's data record) to PNG bytes with
 * an alt text that says the same in words.
 * <p>
 * API: {@link org.threefold.chart.ProfileChart},
 * {@link org.threefold.chart.HeatmapChart}, {@link org.threefold.chart.DistributionChart}
 * and {@link org.threefold.chart.TrendChart}, each returning a
 * {@link org.threefold.chart.ChartImage}. The records know nothing of scoring or
 * suppression: a caller turns its results into them, so the results screens and the board
 * exports draw the same pictures. A withheld value is a
 * {@link org.threefold.chart.ChartScore.Withheld} with no number in it, so a chart cannot
 * leak what the scoring layer suppressed.
 * <p>
 * Colours follow the NHS identity (NHS Blue for the whole partnership) and a ColorBrewer
 * diverging scale for heatmaps; colour is never the only carrier of a value (see
 * {@link org.threefold.chart.ChartStyle}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Charts")
package org.threefold.chart;
