package org.threefold.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A grid of groups by scales, drawn with plain Java 2D rather than JFreeChart: its block
 * renderer cannot write two lines in a cell, hatch a cell or put a key under the grid,
 * and each of those carries meaning here.
 * <p>
 * Each cell is coloured by its distance from the whole partnership on that scale
 * ({@link DivergingScale}) and shows the score and the signed distance in text, so colour
 * is never the only carrier. A withheld cell is neutral grey, hatched, with a dash; a
 * cell with no responses is white with "none". The legend says that the colours show
 * distance from the average, not a verdict.
 */
public final class HeatmapChart {

	static final int MARGIN = 16;

	static final int CELL_WIDTH = 56;

	static final int CELL_HEIGHT = 44;

	private static final int REFERENCE_GAP = 8;

	private static final int HEADER_HEIGHT = 20;

	private static final int MAX_LABEL_WIDTH = 260;

	private static final int MIN_WIDTH = 760;

	private static final String SUBTITLE = "Each cell shows the score from 0 to 100 and, under it, how many points "
			+ "it is above (+) or below (\u2212) the partnership average for that column.";

	private static final String NOT_A_VERDICT = "Colours show distance from the partnership average, not a verdict: "
			+ "purple is above it, orange below it, and the darker the colour, the further away "
			+ "(ColorBrewer PuOr scale, safe for colour-blind readers).";

	private HeatmapChart() {
	}

	public static ChartImage render(HeatmapData data) {
		Layout layout = Layout.of(data);
		byte[] png = Canvas.paint(layout.width, layout.height, (g2) -> new Painter(g2, data, layout).paint());
		return new ChartImage(png, altText(data), layout.width, layout.height);
	}

	/**
	 * The whole grid in words, row by row, with the average first: "Whole partnership: T1
	 * Connected systems 58, …. Acme Trust: T1 Connected systems 62 (4 above average), T2
	 * … withheld".
	 */
	public static String altText(HeatmapData data) {
		List<String> sentences = new ArrayList<>();
		sentences.add(data.title() + ". " + data.rowHeading() + " by " + data.columns().size()
				+ " scales, scores from 0 to 100, compared with the partnership average. Withheld means too few "
				+ "responses to show, or that showing it would reveal another group");
		sentences.add(describeRow(data, data.reference(), true));
		data.rows().forEach((row) -> sentences.add(describeRow(data, row, false)));
		return String.join(". ", sentences) + ".";
	}

	/**
	 * Where a cell is drawn; row −1 is the whole-partnership row. For tests and image
	 * maps.
	 */
	static Rectangle cellBounds(HeatmapData data, int row, int column) {
		return Layout.of(data).cell(row, column);
	}

	private static String describeRow(HeatmapData data, ChartSeries row, boolean reference) {
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < data.columns().size(); i++) {
			HeatmapData.Column column = data.columns().get(i);
			String text = column.code() + " " + column.name() + " ";
			ChartScore score = row.score(i);
			if (score instanceof ChartScore.Shown shown) {
				text += ChartText.score(shown.value());
				double difference = shown.value() - data.average(i);
				if (!reference && !Double.isNaN(difference)) {
					text += " (" + distance(difference) + ")";
				}
			}
			else {
				text += (score instanceof ChartScore.Withheld) ? "withheld" : "no responses";
			}
			cells.add(text);
		}
		return row.name() + (reference ? " (the average)" : "") + ": " + String.join(", ", cells);
	}

	private static String distance(double difference) {
		long rounded = Math.round(difference);
		if (rounded == 0) {
			return "at average";
		}
		return Math.abs(rounded) + ((rounded > 0) ? " above average" : " below average");
	}

	/**
	 * Positions of everything, from the data and the fonts; the same for drawing and
	 * tests.
	 */
	private record Layout(int width, int height, int labelWidth, int gridLeft, int subtitleTop, List<String> subtitle,
			int headerTop, boolean groups, int gridTop, int rows, int legendTop, List<String> verdict, int keyTop,
			int keyColumns) {

		static Layout of(HeatmapData data) {
			return Canvas.measure((g2) -> {
				int labelWidth = Canvas.labelWidth(g2, data.rowHeading(),
						rows(data).stream().map(ChartSeries::name).toList(), MAX_LABEL_WIDTH);
				int gridLeft = MARGIN + labelWidth + 12;
				int width = Math.max(MIN_WIDTH, gridLeft + data.columns().size() * CELL_WIDTH + MARGIN);
				FontMetrics small = g2.getFontMetrics(ChartStyle.font(Font.PLAIN, 12));
				List<String> subtitle = CanvasText.wrap(SUBTITLE, small, width - 2 * MARGIN);
				int subtitleTop = MARGIN + 26;
				boolean groups = data.columns().stream().anyMatch((c) -> c.group() != null && !c.group().isBlank());
				int headerTop = subtitleTop + subtitle.size() * 16 + 8;
				int gridTop = headerTop + (groups ? 2 : 1) * HEADER_HEIGHT;
				int legendTop = gridTop + CELL_HEIGHT + REFERENCE_GAP + data.rows().size() * CELL_HEIGHT + 20;
				List<String> verdict = CanvasText.wrap(NOT_A_VERDICT, small, width - 2 * MARGIN);
				int keyTop = legendTop + 16 + 14 + 16 + 2 * 22 + verdict.size() * 16 + 12;
				int keyColumns = Math.max(1, (width - 2 * MARGIN) / 360);
				int keyRows = (data.columns().size() + keyColumns - 1) / keyColumns;
				int height = keyTop + 18 + keyRows * 16 + MARGIN;
				return new Layout(width, height, labelWidth, gridLeft, subtitleTop, subtitle, headerTop, groups,
						gridTop, data.rows().size(), legendTop, verdict, keyTop, keyColumns);
			});
		}

		Rectangle cell(int row, int column) {
			int x = this.gridLeft + column * CELL_WIDTH;
			int y = (row < 0) ? this.gridTop : this.gridTop + CELL_HEIGHT + REFERENCE_GAP + row * CELL_HEIGHT;
			return new Rectangle(x, y, CELL_WIDTH, CELL_HEIGHT);
		}

		private static List<ChartSeries> rows(HeatmapData data) {
			List<ChartSeries> all = new ArrayList<>();
			all.add(data.reference());
			all.addAll(data.rows());
			return all;
		}

	}

	/** Draws one heatmap; a new one for each picture, so it may keep state. */
	private static final class Painter {

		private final Graphics2D g2;

		private final HeatmapData data;

		private final Layout layout;

		Painter(Graphics2D g2, HeatmapData data, Layout layout) {
			this.g2 = g2;
			this.data = data;
			this.layout = layout;
		}

		void paint() {
			this.g2.setPaint(ChartStyle.TEXT);
			this.g2.setFont(ChartStyle.font(Font.BOLD, 18));
			this.g2.drawString(this.data.title(), MARGIN, MARGIN + 16);
			this.g2.setFont(ChartStyle.font(Font.PLAIN, 12));
			this.g2.setPaint(ChartStyle.SECONDARY_TEXT);
			int y = this.layout.subtitleTop();
			for (String line : this.layout.subtitle()) {
				this.g2.drawString(line, MARGIN, y + 12);
				y += 16;
			}
			headers();
			row(-1, this.data.reference());
			for (int i = 0; i < this.data.rows().size(); i++) {
				row(i, this.data.rows().get(i));
			}
			legend();
			key();
		}

		private void headers() {
			int codeTop = this.layout.headerTop() + (this.layout.groups() ? HEADER_HEIGHT : 0);
			this.g2.setPaint(ChartStyle.TEXT);
			this.g2.setFont(ChartStyle.font(Font.BOLD, 13));
			this.g2.drawString(this.data.rowHeading(), MARGIN, codeTop + 15);
			List<HeatmapData.Column> columns = this.data.columns();
			int start = 0;
			for (int i = 0; i < columns.size(); i++) {
				HeatmapData.Column column = columns.get(i);
				Rectangle cell = this.layout.cell(-1, i);
				this.g2.setFont(ChartStyle.font(Font.BOLD, 12));
				CanvasText.centre(this.g2, CanvasText.fit(this.g2, column.code(), cell.width - 4), cell.x, cell.width,
						codeTop + 15);
				boolean lastOfGroup = i == columns.size() - 1
						|| !Objects.equals(columns.get(i + 1).group(), column.group());
				if (this.layout.groups() && lastOfGroup) {
					groupHeader(column.group(), start, i);
					start = i + 1;
				}
			}
		}

		private void groupHeader(String group, int first, int last) {
			if (group == null || group.isBlank()) {
				return;
			}
			int left = this.layout.cell(-1, first).x;
			int right = this.layout.cell(-1, last).x + CELL_WIDTH;
			int top = this.layout.headerTop();
			this.g2.setPaint(ChartStyle.NHS_DARK_BLUE);
			this.g2.setStroke(new BasicStroke(2f));
			this.g2.drawLine(left + 2, top + HEADER_HEIGHT - 2, right - 2, top + HEADER_HEIGHT - 2);
			this.g2.setFont(ChartStyle.font(Font.BOLD, 12));
			CanvasText.centre(this.g2, CanvasText.fit(this.g2, group, right - left - 4), left, right - left, top + 13);
		}

		private void row(int index, ChartSeries series) {
			Rectangle first = this.layout.cell(index, 0);
			this.g2.setPaint(ChartStyle.TEXT);
			this.g2.setFont(ChartStyle.font((index < 0) ? Font.BOLD : Font.PLAIN, 13));
			this.g2.drawString(CanvasText.fit(this.g2, series.name(), this.layout.labelWidth()), MARGIN,
					first.y + CELL_HEIGHT / 2 + 5);
			for (int column = 0; column < this.data.columns().size(); column++) {
				cell(this.layout.cell(index, column), series.score(column), index < 0, this.data.average(column));
			}
		}

		private void cell(Rectangle bounds, ChartScore score, boolean reference, double average) {
			Rectangle inner = new Rectangle(bounds.x + 1, bounds.y + 1, bounds.width - 2, bounds.height - 2);
			switch (score) {
				case ChartScore.Withheld withheld -> {
					hatch(inner);
					// A solid patch behind the dash, so the hatching does not cut through
					// it.
					this.g2.setPaint(ChartStyle.WITHHELD);
					this.g2.fillRect(inner.x + inner.width / 2 - 12, inner.y + 5, 24, 32);
					this.g2.setPaint(ChartStyle.TEXT);
					this.g2.setFont(ChartStyle.font(Font.BOLD, 14));
					CanvasText.centre(this.g2, "\u2014", inner.x, inner.width, inner.y + 18);
				}
				case ChartScore.Missing missing -> {
					this.g2.setPaint(ChartStyle.GRIDLINE);
					this.g2.setStroke(new BasicStroke(1f));
					this.g2.drawRect(inner.x, inner.y, inner.width - 1, inner.height - 1);
					this.g2.setPaint(ChartStyle.SECONDARY_TEXT);
					this.g2.setFont(ChartStyle.font(Font.ITALIC, 11));
					CanvasText.centre(this.g2, "none", inner.x, inner.width, inner.y + 18);
				}
				case ChartScore.Shown shown -> {
					double difference = reference ? 0 : shown.value() - average;
					Color fill = DivergingScale.colour(difference);
					this.g2.setPaint(fill);
					this.g2.fill(inner);
					this.g2.setPaint(ChartStyle.textOn(fill));
					this.g2.setFont(ChartStyle.font(Font.BOLD, 14));
					CanvasText.centre(this.g2, ChartText.score(shown.value()), inner.x, inner.width, inner.y + 18);
					this.g2.setFont(ChartStyle.font(Font.PLAIN, 11));
					String second = reference ? "average"
							: Double.isNaN(difference) ? "" : ChartText.signed(difference);
					CanvasText.centre(this.g2, second, inner.x, inner.width, inner.y + 34);
				}
			}
		}

		private void hatch(Rectangle area) {
			this.g2.setPaint(ChartStyle.WITHHELD);
			this.g2.fill(area);
			Shape clip = this.g2.getClip();
			this.g2.clip(area);
			this.g2.setPaint(ChartStyle.WITHHELD_HATCH);
			this.g2.setStroke(new BasicStroke(1f));
			for (int offset = -area.height; offset < area.width; offset += 7) {
				this.g2.drawLine(area.x + offset, area.y + area.height, area.x + offset + area.height, area.y);
			}
			this.g2.setClip(clip);
		}

		private void legend() {
			int top = this.layout.legendTop();
			this.g2.setPaint(ChartStyle.TEXT);
			this.g2.setFont(ChartStyle.font(Font.BOLD, 12));
			this.g2.drawString("Distance from the partnership average (orange below, purple above)", MARGIN, top + 12);
			int barTop = top + 18;
			int swatch = 40;
			this.g2.setFont(ChartStyle.font(Font.PLAIN, 11));
			for (int step = -DivergingScale.CLASSES_EACH_SIDE; step <= DivergingScale.CLASSES_EACH_SIDE; step++) {
				int x = MARGIN + (step + DivergingScale.CLASSES_EACH_SIDE) * swatch;
				this.g2.setPaint(DivergingScale.colour(step * DivergingScale.STEP));
				this.g2.fillRect(x, barTop, swatch - 2, 14);
				this.g2.setPaint(ChartStyle.GRIDLINE);
				this.g2.drawRect(x, barTop, swatch - 3, 13);
				this.g2.setPaint(ChartStyle.TEXT);
				CanvasText.centre(this.g2, ChartText.signed(step * DivergingScale.STEP), x, swatch - 2,
						barTop + 14 + 12);
			}
			int scaleRight = MARGIN + (2 * DivergingScale.CLASSES_EACH_SIDE + 1) * swatch + 8;
			this.g2.setPaint(ChartStyle.SECONDARY_TEXT);
			this.g2.drawString("points, to the nearest 5; \u00b120 means 20 or more", scaleRight, barTop + 12);
			int tickY = barTop + 14 + 12;
			int swatchTop = tickY + 10;
			hatch(new Rectangle(MARGIN, swatchTop, 28, 16));
			swatchText("Grey, hatched, with a dash: withheld (too few responses, or it would reveal another group)",
					swatchTop);
			swatchTop += 22;
			this.g2.setPaint(ChartStyle.GRIDLINE);
			this.g2.drawRect(MARGIN, swatchTop, 27, 15);
			swatchText("White with \u201cnone\u201d: nobody in the group answered these questions", swatchTop);
			this.g2.setPaint(ChartStyle.SECONDARY_TEXT);
			this.g2.setFont(ChartStyle.font(Font.PLAIN, 12));
			int y = swatchTop + 22;
			for (String line : this.layout.verdict()) {
				this.g2.drawString(line, MARGIN, y + 12);
				y += 16;
			}
		}

		private void swatchText(String text, int swatchTop) {
			this.g2.setPaint(ChartStyle.TEXT);
			this.g2.setFont(ChartStyle.font(Font.PLAIN, 12));
			this.g2.drawString(CanvasText.fit(this.g2, text, this.layout.width() - 2 * MARGIN - 36), MARGIN + 36,
					swatchTop + 12);
		}

		private void key() {
			int top = this.layout.keyTop();
			this.g2.setPaint(ChartStyle.TEXT);
			this.g2.setFont(ChartStyle.font(Font.BOLD, 12));
			this.g2.drawString("Columns", MARGIN, top + 12);
			this.g2.setFont(ChartStyle.font(Font.PLAIN, 12));
			int columns = this.layout.keyColumns();
			int columnWidth = (this.layout.width() - 2 * MARGIN) / columns;
			int perColumn = (this.data.columns().size() + columns - 1) / columns;
			for (int i = 0; i < this.data.columns().size(); i++) {
				HeatmapData.Column column = this.data.columns().get(i);
				int x = MARGIN + (i / perColumn) * columnWidth;
				int y = top + 18 + (i % perColumn) * 16 + 12;
				this.g2.drawString(CanvasText.fit(this.g2, column.code() + "  " + column.name(), columnWidth - 12), x,
						y);
			}
		}

	}

}
