package org.threefold.export.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.threefold.chart.ChartImage;
import org.threefold.export.ReportDocument;

/**
 * The board report on Apache POI: A4 pages, heading styles with outline levels (so Word's
 * navigation pane and the table of contents find them), a table-of-contents field Word
 * fills in when the file is opened, figures with captions and alt text.
 */
public final class DocxReport implements ReportDocument {

	/** Text width of an A4 page with 2 cm margins, in points. */
	private static final double TEXT_WIDTH_POINTS = 481;

	private static final String BLUE = "005EB8";

	private final XWPFDocument document = new XWPFDocument();

	private final List<Figure> figures = new ArrayList<>();

	private int tables;

	public DocxReport() {
		XWPFStyles styles = this.document.createStyles();
		style(styles, "Title", "Title", -1, 56, BLUE, true, false);
		style(styles, "Subtitle", "Subtitle", -1, 32, "425563", false, false);
		style(styles, "Heading1", "heading 1", 0, 36, BLUE, true, false);
		style(styles, "Heading2", "heading 2", 1, 28, "212B32", true, false);
		style(styles, "Heading3", "heading 3", 2, 24, "212B32", true, false);
		style(styles, "Caption", "caption", -1, 20, "425563", false, true);
		style(styles, "TOCHeading", "TOC Heading", -1, 36, BLUE, true, false);
		CTSectPr section = this.document.getDocument().getBody().addNewSectPr();
		CTPageSz page = section.addNewPgSz();
		page.setW(BigInteger.valueOf(11906));
		page.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		BigInteger twoCm = BigInteger.valueOf(1134);
		margins.setTop(twoCm);
		margins.setBottom(twoCm);
		margins.setLeft(twoCm);
		margins.setRight(twoCm);
		this.document.enforceUpdateFields();
	}

	private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int halfPoints,
			String colour, boolean bold, boolean italic) {
		CTStyle style = CTStyle.Factory.newInstance();
		style.setStyleId(id);
		style.setType(STStyleType.PARAGRAPH);
		style.addNewName().setVal(name);
		style.addNewUiPriority().setVal(BigInteger.valueOf(9));
		style.addNewQFormat();
		CTPPrGeneral paragraph = style.addNewPPr();
		if (outlineLevel >= 0) {
			paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
			paragraph.addNewKeepNext();
		}
		paragraph.addNewSpacing().setBefore(BigInteger.valueOf((outlineLevel >= 0) ? 240 : 60));
		CTRPr run = style.addNewRPr();
		if (bold) {
			run.addNewB();
		}
		if (italic) {
			run.addNewI();
		}
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
		run.addNewColor().setVal(colour);
		styles.addStyle(new XWPFStyle(style, styles));
	}

	/** The cover: title, subtitle and facts, then a page break. */
	public void cover(String title, String subtitle, List<String> facts) {
		styled("Title", title);
		styled("Subtitle", subtitle);
		facts.forEach(this::paragraph);
	}

	/**
	 * A table of contents that Word fills in from the headings when it opens the file.
	 */
	public void tableOfContents() {
		XWPFParagraph heading = this.document.createParagraph();
		heading.setPageBreak(true);
		heading.setStyle("TOCHeading");
		heading.createRun().setText("Contents");
		XWPFParagraph paragraph = this.document.createParagraph();
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr("TOC \\o \"1-3\" \\h \\z \\u");
		field.addNewR()
			.addNewT()
			.setStringValue("The contents list is filled in when the report is opened in Word "
					+ "(or right-click here and choose Update Field).");
	}

	public void pageBreak() {
		this.document.createParagraph().setPageBreak(true);
	}

	@Override
	public void heading(int level, String text) {
		styled("Heading" + Math.max(1, Math.min(3, level)), text);
	}

	@Override
	public void paragraph(String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setSpacingAfter(120);
		paragraph.createRun().setText(text);
	}

	@Override
	public void bullets(List<String> items) {
		for (String item : items) {
			XWPFParagraph paragraph = this.document.createParagraph();
			paragraph.setIndentationLeft(360);
			paragraph.setIndentationHanging(240);
			paragraph.createRun().setText("\u2022\t" + item);
		}
	}

	@Override
	public void table(String caption, List<String> headings, List<List<String>> rows) {
		this.tables++;
		styled("Caption", "Table " + this.tables + ". " + caption);
		XWPFTable table = this.document.createTable(rows.size() + 1, headings.size());
		table.setWidth("100%");
		XWPFTableRow header = table.getRow(0);
		header.setRepeatHeader(true);
		for (int c = 0; c < headings.size(); c++) {
			XWPFRun run = cellRun(header.getCell(c));
			run.setBold(true);
			run.setText(headings.get(c));
			header.getCell(c).setColor("E8EDEE");
		}
		for (int r = 0; r < rows.size(); r++) {
			XWPFTableRow row = table.getRow(r + 1);
			List<String> values = rows.get(r);
			for (int c = 0; c < headings.size(); c++) {
				cellRun(row.getCell(c)).setText((c < values.size()) ? values.get(c) : "");
			}
		}
		this.document.createParagraph();
	}

	private static XWPFRun cellRun(XWPFTableCell cell) {
		XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
		return paragraph.createRun();
	}

	@Override
	public void figure(ChartImage image, FigureFacts facts) {
		int number = this.figures.size() + 1;
		this.figures.add(new Figure(number, facts));
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = paragraph.createRun();
		double width = Math.min(TEXT_WIDTH_POINTS, image.width() * 0.75);
		double height = width * image.height() / image.width();
		try {
			XWPFPicture picture = run.addPicture(new ByteArrayInputStream(image.png()), Document.PICTURE_TYPE_PNG,
					"figure-" + number + ".png", Units.toEMU(width), Units.toEMU(height));
			picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(image.altText());
			CTInline inline = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
			inline.getDocPr().setDescr(image.altText());
			inline.getDocPr().setTitle("Figure " + number + ". " + facts.caption());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
		styled("Caption",
				"Figure " + number + ". " + facts.caption() + ". Based on " + ResultWords.count(facts.respondents())
						+ " people; groups of fewer than " + facts.threshold() + " are not shown"
						+ ((facts.withheldCells() > 0)
								? "; " + facts.withheldCells() + " values withheld to protect respondents" : "")
						+ ".");
	}

	@Override
	public List<Figure> figures() {
		return List.copyOf(this.figures);
	}

	private void styled(String style, String text) {
		XWPFParagraph paragraph = this.document.createParagraph();
		paragraph.setStyle(style);
		paragraph.createRun().setText(text);
	}

	public void write(OutputStream out) throws IOException {
		this.document.write(out);
		this.document.close();
	}

}
