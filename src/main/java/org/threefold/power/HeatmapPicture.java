package org.threefold.power;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.threefold.chart.Canvas;
import org.threefold.chart.CanvasText;
import org.threefold.chart.ChartImage;
import org.threefold.chart.ChartStyle;
import org.threefold.chart.DivergingScale;

/**
 * Draws any {@link Heatmap} as a PNG with its text alternative, for screens and exports.
 * Plain Java 2D, like the results heatmap, because each cell carries two lines of text
 * (the value and its n) and a withheld cell is hatched.
 * <p>
 * Colour never carries meaning alone: every cell writes its value and n, a withheld cell
 * is grey, hatched and shows a dash. Scores use ColorBrewer's five-class Blues scale (one
 * class per maturity band), whose lightness falls steadily, so it reads in greyscale and
 * for every common colour-vision deficiency; differences use the chart module's PuOr
 * {@link DivergingScale}, which avoids red and green. The legend says colours are not
 * verdicts.
 */
public final class HeatmapPicture {

	static final int MARGIN = 16;

	static final int CELL_WIDTH = 58;

	static final int CELL_HEIGHT = 44;

	private static final int MAX_LABEL_WIDTH = 300;

	private static final int MIN_WIDTH = 760;

	/** ColorBrewer Blues, 5 classes: band 1 lightest to band 5 darkest. */
	static final List<Color> SCORE_CLASSES = List.of(new Color(0xEFF3FF), new Color(0xBDD7E7), new Color(0x6BAED6),
			new Color(0x3182BD), new Color(0x08519C));

	static final String NOT_A_VERDICT = "Colours are not verdicts: they show where to look and start a conversation, "
			+ "not who is right or wrong. Every cell also writes its figure and n, so nothing depends on colour.";

	private HeatmapPicture() {
	}

	public static ChartImage render(Heatmap heatmap) {
		Layout layout = Layout.of(heatmap);
		byte[] png = Canvas.paint(layout.width, layout.height, (g2) -> new Painter(g2, heatmap, layout).paint());
		return new ChartImage(png, altText(heatmap), layout.width, layout.height);
	}

	/**
	 * The whole grid in words, row by row: the text alternative of the picture and of
	 * every export.
	 */
	public static String altText(Heatmap heatmap) {
		List<String> sentences = new ArrayList<>();
		sentences.add(heatmap.title() + ". Rows: " + heatmap.rowHeading() + "; columns: " + heatmap.columnHeading()
				+ ". Withheld means too few responses to show, or that showing it would reveal another group");
		for (int row = 0; row < heatmap.rows().size(); row++) {
			List<String> cells = new ArrayList<>();
			for (int column = 0; column < heatmap.columns().size(); column++) {
				cells.add(heatmap.columnKey().get(column) + " " + describe(heatmap.cell(row, column), heatmap.unit()));
			}
			sentences.add(heatmap.rows().get(row) + ": " + String.join(", ", cells));
		}
		return String.join(". ", sentences) + ".";
	}

	/** A cell in words: "62 (n 14)", "withheld", "equal share 6.7", "no answers". */
	public static String describe(HeatCell cell, String unit) {
		return switch (cell) {
			case HeatCell.Shown shown -> format(shown.value(), unit) + " (n " + shown.n() + ")";
			case HeatCell.Reference reference -> format(reference.value(), unit);
			case HeatCell.Withheld withheld -> "withheld";
			case HeatCell.Empty empty -> "no answers";
		};
	}

	/** Scores as whole numbers; shares of 100 points with one decimal. */
	public static String format(double value, String unit) {
		if (unit.isEmpty()) {
			return Long.toString(Math.round(value));
		}
		return String.format(Locale.UK, "%.1f", value) + unit;
	}

	/** The colour class of a 0–100 score: its maturity band, 0 to 4. */
	static int scoreClass(double score) {
		return (int) Math.max(0, Math.min(4, Math.floor(score / 20)));
	}

	static Color fill(Heatmap heatmap, HeatCell.Shown shown) {
		if (heatmap.scale() == Heatmap.Scale.SCORE) {
			return SCORE_CLASSES.get(scoreClass(shown.value()));
		}
		return DivergingScale.colour(shown.difference());
	}

	/** Where a cell is drawn, for tests. */
	static Rectangle cellBounds(Heatmap heatmap, int row, int column) {
		return Layout.of(heatmap).cell(row, column);
	}

	private record Layout(int width, int height, int labelWidth, int gridLeft, List<String> reading, int readingTop,
			int headerTop, int gridTop, int legendTop, List<String> verdict, int keyTop, int keyColumns, int keyRows) {

		static Layout of(Heatmap heatmap) {
			return Canvas.measure((g2) -> {
				int labelWidth = Canvas.labelWidth(g2, heatmap.rowHeading(), heatmap.rows(), MAX_LABEL_WIDTH);
				int gridLeft = MARGIN + labelWidth + 12;
				int width = Math.max(MIN_WIDTH, gridLeft + heatmap.columns().size() * CELL_WIDTH + MARGIN);
				FontMetrics small = g2.getFontMetrics(ChartStyle.font(Font.PLAIN, 12));
				List<String> reading = CanvasText.wrap(heatmap.reading(), small, width - 2 * MARGIN);
				int readingTop = MARGIN + 26;
				int headerTop = readingTop + reading.size() * 16 + 8;
				int gridTop = headerTop + 22;
				int legendTop = gridTop + heatmap.rows().size() * CELL_HEIGHT + 20;
				List<String> verdict = CanvasText.wrap(NOT_A_VERDICT, small, width - 2 * MARGIN);
				int keyTop = legendTop + 18 + 14 + 16 + 2 * 22 + verdict.size() * 16 + 12;
				int keyColumns = Math.max(1, (width - 2 * MARGIN) / 360);
				int keyRows = (heatmap.columns().size() + keyColumns - 1) / keyColumns;
				int height = keyTop + 18 + keyRows * 16 + MARGIN;
				return new Layout(width, height, labelWidth, gridLeft, reading, readingTop, headerTop, gridTop,
						legendTop, verdict, keyTop, keyColumns, keyRows);
			});
		}

		Rectangle cell(int row, int column) {
			return new Rectangle(this.gridLeft + column * CELL_WIDTH, this.gridTop + row * CELL_HEIGHT, CELL_WIDTH,
					CELL_HEIGHT);
		}

	}

	private static final class Painter {

		private final Graphics2D g2;

		private final Heatmap heatmap;

		private final Layout layout;

		Painter(Graphics2D g2, Heatmap heatmap, Layout layout) {
			this.g2 = g2;
			this.heatmap = heatmap;
			this.layout = layout;
		}

		void paint() {
			this.g2.setPaint(ChartStyle.TEXT);
			this.g2.setFont(ChartStyle.font(Font.BOLD, 18));
			this.g2.drawString(this.heatmap.title(), MARGIN, MARGIN + 16);
			this.g2.setFont(ChartStyle.font(Font.PLAIN, 12));
			this.g2.setPaint(ChartStyle.SECONDARY_TEXT);
			int y = this.layout.readingTop();
			for (String line : this.layout.reading()) {
				this.g2.drawString(line, MARGIN, y + 12);
				y += 16;
			}
			this.g2.setPaint(ChartStyle.TEXT);
			this.g2.setFont(ChartStyle.font(Font.BOLD, 13));
			this.g2.drawString(CanvasText.fit(this.g2, this.heatmap.rowHeading(), this.layout.labelWidth()), MARGIN,
					this.layout.headerTop() + 15);
			this.g2.setFont(ChartStyle.font(Font.BOLD, 12));
			for (int column = 0; column < this.heatmap.columns().size(); column++) {
				Rectangle cell = this.layout.cell(0, column);
				CanvasText.centre(this.g2, CanvasText.fit(this.g2, this.heatmap.columns().get(column), CELL_WIDTH - 4),
						cell.x, CELL_WIDTH, this.layout.headerTop() + 15);
			}
			for (int row = 0; row < this.heatmap.rows().size(); row++) {
				Rectangle first = this.layout.cell(row, 0);
				this.g2.setPaint(ChartStyle.TEXT);
				this.g2.setFont(ChartStyle.font(Font.PLAIN, 13));
				this.g2.drawString(CanvasText.fit(this.g2, this.heatmap.rows().get(row), this.layout.labelWidth()),
						MARGIN, first.y + CELL_HEIGHT / 2 + 5);
				for (int column = 0; column < this.heatmap.columns().size(); column++) {
					cell(this.layout.cell(row, column), this.heatmap.cell(row, column));
				}
			}
			legend();
			key();
		}

		private void cell(Rectangle bounds, HeatCell cell) {
			Rectangle inner = new Rectangle(bounds.x + 1, bounds.y + 1, bounds.width - 2, bounds.height - 2);
			switch (cell) {
				case HeatCell.Withheld withheld -> {
					hatch(inner);
					this.g2.setPaint(ChartStyle.WITHHELD);
					this.g2.fillRect(inner.x + inner.width / 2 - 12, inner.y + 5, 24, 32);
					this.g2.setPaint(ChartStyle.TEXT);
					this.g2.setFont(ChartStyle.font(Font.BOLD, 14));
					CanvasText.centre(this.g2, "\u2014", inner.x, inner.width, inner.y + 18);
				}
				case HeatCell.Empty empty -> {
					this.g2.setPaint(ChartStyle.GRIDLINE);
					this.g2.setStroke(new BasicStroke(1f));
					this.g2.drawRect(inner.x, inner.y, inner.width - 1, inner.height - 1);
					this.g2.setPaint(ChartStyle.SECONDARY_TEXT);
					this.g2.setFont(ChartStyle.font(Font.ITALIC, 11));
					CanvasText.centre(this.g2, "none", inner.x, inner.width, inner.y + 18);
				}
				case HeatCell.Reference reference -> {
					this.g2.setPaint(ChartStyle.GRIDLINE);
					this.g2.setStroke(new BasicStroke(1f));
					this.g2.drawRect(inner.x, inner.y, inner.width - 1, inner.height - 1);
					this.g2.setPaint(ChartStyle.TEXT);
					this.g2.setFont(ChartStyle.font(Font.ITALIC, 13));
					CanvasText.centre(this.g2, format(reference.value(), this.heatmap.unit()), inner.x, inner.width,
							inner.y + 18);
					this.g2.setFont(ChartStyle.font(Font.PLAIN, 11));
					this.g2.setPaint(ChartStyle.SECONDARY_TEXT);
					CanvasText.centre(this.g2, "reference", inner.x, inner.width, inner.y + 34);
				}
				case HeatCell.Shown shown -> {
					Color fill = HeatmapPicture.fill(this.heatmap, shown);
					this.g2.setPaint(fill);
					this.g2.fill(inner);
					this.g2.setPaint(ChartStyle.textOn(fill));
					this.g2.setFont(ChartStyle.font(Font.BOLD, 14));
					CanvasText.centre(this.g2, format(shown.value(), this.heatmap.unit()), inner.x, inner.width,
							inner.y + 18);
					this.g2.setFont(ChartStyle.font(Font.PLAIN, 11));
					CanvasText.centre(this.g2, "n " + shown.n(), inner.x, inner.width, inner.y + 34);
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
			boolean score = this.heatmap.scale() == Heatmap.Scale.SCORE;
			this.g2.drawString(
					score ? "Score from 0 to 100, lighter lower and darker higher, one shade per band"
							: "Difference from the reference (orange below, purple above, darker further away)",
					MARGIN, top + 12);
			int barTop = top + 18;
			int swatch = 48;
			this.g2.setFont(ChartStyle.font(Font.PLAIN, 11));
			if (score) {
				for (int i = 0; i < SCORE_CLASSES.size(); i++) {
					int x = MARGIN + i * swatch;
					this.g2.setPaint(SCORE_CLASSES.get(i));
					this.g2.fillRect(x, barTop, swatch - 2, 14);
					this.g2.setPaint(ChartStyle.TEXT);
					CanvasText.centre(this.g2, (i * 20) + "\u2013" + ((i == 4) ? 100 : i * 20 + 19), x, swatch - 2,
							barTop + 26);
				}
			}
			else {
				for (int step = -DivergingScale.CLASSES_EACH_SIDE; step <= DivergingScale.CLASSES_EACH_SIDE; step++) {
					int x = MARGIN + (step + DivergingScale.CLASSES_EACH_SIDE) * swatch;
					this.g2.setPaint(DivergingScale.colour(step * DivergingScale.STEP));
					this.g2.fillRect(x, barTop, swatch - 2, 14);
					this.g2.setPaint(ChartStyle.TEXT);
					int points = (int) (step * DivergingScale.STEP);
					CanvasText.centre(this.g2, ((points > 0) ? "+" : (points < 0) ? "\u2212" : "") + Math.abs(points),
							x, swatch - 2, barTop + 26);
				}
			}
			int swatchTop = barTop + 36;
			hatch(new Rectangle(MARGIN, swatchTop, 28, 16));
			swatchText("Grey, hatched, with a dash: withheld (too few responses, or it would reveal another group)",
					swatchTop);
			swatchTop += 22;
			this.g2.setPaint(ChartStyle.GRIDLINE);
			this.g2.drawRect(MARGIN, swatchTop, 27, 15);
			swatchText("White: no answers, or a reference figure such as an equal share (in italics)", swatchTop);
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
			this.g2.drawString("Columns: " + this.heatmap.columnHeading(), MARGIN, top + 12);
			this.g2.setFont(ChartStyle.font(Font.PLAIN, 12));
			int columnWidth = (this.layout.width() - 2 * MARGIN) / this.layout.keyColumns();
			int perColumn = Math.max(1, this.layout.keyRows());
			for (int i = 0; i < this.heatmap.columns().size(); i++) {
				int x = MARGIN + (i / perColumn) * columnWidth;
				int y = top + 18 + (i % perColumn) * 16 + 12;
				this.g2.drawString(CanvasText.fit(this.g2,
						this.heatmap.columns().get(i) + "  " + this.heatmap.columnKey().get(i), columnWidth - 12), x,
						y);
			}
		}

	}

}
