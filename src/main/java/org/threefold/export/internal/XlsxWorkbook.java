package org.threefold.export.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ColorScaleFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;

import org.threefold.export.SafeText;
import org.threefold.export.WorkbookDocument;

/**
 * The workbook on POI's streaming SXSSF: rows go to a temporary file (uncompressed, which
 * costs disk but no CPU) once a window of 200 is full, so a sheet of a million rows needs
 * no more memory than a sheet of a thousand. Each sheet has a bold heading row, frozen,
 * with a filter over the data, fixed widths and number formats.
 */
public final class XlsxWorkbook implements WorkbookDocument, AutoCloseable {

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);

	private final CellStyle heading;

	private final CellStyle text;

	private final CellStyle decimal;

	private final CellStyle whole;

	private final CellStyle withheld;

	private final List<XlsxSheet> sheets = new ArrayList<>();

	public XlsxWorkbook() {
		Font bold = this.workbook.createFont();
		bold.setBold(true);
		this.heading = this.workbook.createCellStyle();
		this.heading.setFont(bold);
		this.heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.heading.setBorderBottom(BorderStyle.THIN);
		this.heading.setWrapText(true);
		this.text = this.workbook.createCellStyle();
		this.decimal = this.workbook.createCellStyle();
		this.decimal.setDataFormat(this.workbook.createDataFormat().getFormat("0.0"));
		this.whole = this.workbook.createCellStyle();
		this.whole.setDataFormat(this.workbook.createDataFormat().getFormat("#,##0"));
		Font italic = this.workbook.createFont();
		italic.setItalic(true);
		italic.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
		this.withheld = this.workbook.createCellStyle();
		this.withheld.setFont(italic);
		this.withheld.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.withheld.setFillPattern(FillPatternType.SOLID_FOREGROUND);
	}

	@Override
	public Sheet sheet(String name, List<String> headings, List<Integer> widths) {
		XlsxSheet sheet = new XlsxSheet(this.workbook.createSheet(name), headings, widths);
		this.sheets.add(sheet);
		return sheet;
	}

	public void write(OutputStream out) throws IOException {
		for (XlsxSheet sheet : this.sheets) {
			sheet.finish();
		}
		this.workbook.write(out);
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	private final class XlsxSheet implements Sheet {

		private final SXSSFSheet sheet;

		private final int columns;

		private final List<int[]> scales = new ArrayList<>();

		private int next = 1;

		XlsxSheet(SXSSFSheet sheet, List<String> headings, List<Integer> widths) {
			this.sheet = sheet;
			this.columns = headings.size();
			Row row = sheet.createRow(0);
			for (int c = 0; c < headings.size(); c++) {
				Cell cell = row.createCell(c);
				cell.setCellValue(SafeText.cell(headings.get(c)));
				cell.setCellStyle(XlsxWorkbook.this.heading);
				sheet.setColumnWidth(c, Math.min(255, (c < widths.size()) ? widths.get(c) : 14) * 256);
			}
			sheet.createFreezePane(0, 1);
		}

		@Override
		public void row(List<?> values) {
			Row row = this.sheet.createRow(this.next++);
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value == null) {
					continue;
				}
				Cell cell = row.createCell(c);
				switch (value) {
					case Withheld w -> {
						cell.setCellValue(SafeText.cell(w.explanation()));
						cell.setCellStyle(XlsxWorkbook.this.withheld);
					}
					case Double d when Double.isNaN(d) -> {
						cell.setCellValue("n/a");
						cell.setCellStyle(XlsxWorkbook.this.withheld);
					}
					case Double d -> {
						cell.setCellValue(d);
						cell.setCellStyle(XlsxWorkbook.this.decimal);
					}
					case Float f -> {
						cell.setCellValue(f);
						cell.setCellStyle(XlsxWorkbook.this.decimal);
					}
					case Number n -> {
						cell.setCellValue(n.doubleValue());
						cell.setCellStyle(XlsxWorkbook.this.whole);
					}
					default -> {
						cell.setCellValue(SafeText.cell(value.toString()));
						cell.setCellStyle(XlsxWorkbook.this.text);
					}
				}
			}
		}

		@Override
		public void colourScale(int firstColumn, int lastColumn) {
			this.scales.add(new int[] { firstColumn, lastColumn });
		}

		void finish() {
			int last = Math.max(1, this.next - 1);
			this.sheet.setAutoFilter(new CellRangeAddress(0, last, 0, this.columns - 1));
			SheetConditionalFormatting formatting = this.sheet.getSheetConditionalFormatting();
			for (int[] range : this.scales) {
				ConditionalFormattingRule rule = formatting.createConditionalFormattingColorScaleRule();
				ColorScaleFormatting scale = rule.getColorScaleFormatting();
				scale.getThresholds()[0].setRangeType(RangeType.NUMBER);
				scale.getThresholds()[0].setValue(0d);
				scale.getThresholds()[1].setRangeType(RangeType.NUMBER);
				scale.getThresholds()[1].setValue(50d);
				scale.getThresholds()[2].setRangeType(RangeType.NUMBER);
				scale.getThresholds()[2].setValue(100d);
				scale.setColors(new ExtendedColor[] { colour(0xF8, 0x69, 0x6B), colour(0xFF, 0xEB, 0x84),
						colour(0x63, 0xBE, 0x7B) });
				formatting.addConditionalFormatting(
						new CellRangeAddress[] { new CellRangeAddress(1, last, range[0], range[1]) }, rule);
			}
		}

		private XSSFColor colour(int r, int g, int b) {
			return new XSSFColor(new byte[] { (byte) r, (byte) g, (byte) b });
		}

	}

}
