package org.threefold.export;

import java.util.List;

import org.threefold.chart.ChartImage;

/**
 * The board report as sections see it: headings that Word's navigation pane and table of
 * contents pick up, paragraphs, tables and numbered figures with captions and alt text.
 * Text is always text: nothing a section writes is read as a field or markup.
 */
public interface ReportDocument {

	/** A heading at level 1 (chapter) to 3, styled "Heading 1" to "Heading 3". */
	void heading(int level, String text);

	void paragraph(String text);

	void bullets(List<String> items);

	/** A table with a heading row repeated on each page, and a caption above it. */
	void table(String caption, List<String> headings, List<List<String>> rows);

	/**
	 * A numbered figure ("Figure 3. …") with the chart's alt text as its description, and
	 * a line under it saying how many people it rests on and what was withheld.
	 */
	void figure(ChartImage image, FigureFacts facts);

	/** The figures drawn so far, for the method section. */
	List<Figure> figures();

	/**
	 * What a figure rests on, for its caption and the method section.
	 *
	 * @param caption what it shows, e.g. "Sub-dimension scores by partner"
	 * @param respondents how many people the figure rests on
	 * @param threshold the smallest group shown
	 * @param withheldCells how many values were withheld
	 */
	record FigureFacts(String caption, long respondents, int threshold, int withheldCells) {
	}

	/** A figure drawn, with its number. */
	record Figure(int number, FigureFacts facts) {
	}

}
