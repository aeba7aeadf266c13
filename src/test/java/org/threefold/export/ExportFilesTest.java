package org.threefold.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.PartnerId;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every export of the demo's closed assessment, written as the demo leader and opened
 * again: sections, figures with alt text, heading styles and contents, withheld cells
 * explained, small groups left out of the responses, and a partner name that is a formula
 * neutralised everywhere. The files are kept in {@code target/export-samples/} to look
 * at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:export-files-${random.uuid};DB_CLOSE_DELAY=-1",
				"threefold.demo.enabled=true", "threefold.scheduling.enabled=false" })
@Import(ExportAuditEvents.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportFilesTest {

	static final Path SAMPLES = Path.of("target", "export-samples");

	static final String FORMULA_NAME = "=HYPERLINK(\"http://evil.example\",\"Click\")";

	@Autowired
	ExportService exports;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IcsService icsService;

	@Autowired
	ExportAuditEvents audit;

	SignedInUser leader;

	AssessmentId assessment;

	int threshold;

	@BeforeAll
	void renameTheBiggestPartnerToAFormula() {
		IcsView demo = SystemTask
			.asAdministrator(() -> this.icsService.list().stream().filter(IcsView::demo).findFirst().orElseThrow());
		this.leader = SignIn.as(Role.ICS_LEADER, demo.id(), null);
		this.assessment = new AssessmentId(this.jdbc
			.queryForObject("select id from assessment where title = 'Partnership readiness 2026'", Long.class));
		this.threshold = this.jdbc.queryForObject("select score_threshold from assessment where id = ?", Integer.class,
				this.assessment.value());
		long biggest = this.jdbc.queryForObject(
				"select partner_id from response where assessment_id = ? "
						+ "group by partner_id order by count(*) desc fetch first 1 rows only",
				Long.class, this.assessment.value());
		this.jdbc.update("update partner set name = ? where id = ?", FORMULA_NAME, biggest);
	}

	@Test
	void the_board_report_has_its_sections_figures_with_alt_text_styles_contents_and_provenance() throws Exception {
		byte[] bytes = export(ExportFormat.BOARD_REPORT);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			List<String> headings = new ArrayList<>();
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				if (paragraph.getStyle() != null && paragraph.getStyle().startsWith("Heading")) {
					headings.add(paragraph.getText());
				}
			}
			assertThat(headings).containsSubsequence("Summary", "Where the partnership stands", "Weakest areas",
					"Widest gaps", "Scores in charts", "Power dynamics", "Influence over shared decisions",
					"Cost, risk and benefit", "Action plan", "Actions from Partnership readiness 2026",
					"The rest of the plan", "Workshops", "Who was heard", "Said and done", "Method and provenance",
					"Provenance");
			assertThat(document.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal())
				.isEqualTo(java.math.BigInteger.ZERO);
			assertThat(document.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
			assertThat(document.getParagraphs()).anySatisfy((p) -> assertThat(p.getCTP().getFldSimpleList())
				.anySatisfy((field) -> assertThat(field.getInstr()).startsWith("TOC")));
			String text = text(document);
			assertThat(text).contains("Board report", "Partnership readiness 2026", "Technology:",
					"SHA-256 of the data this report was built from: ", "Generated ", "version ",
					"at least " + this.threshold + " people",
					"Figure 1. The partnership's overall and dimension scores");
			List<XWPFPicture> pictures = new ArrayList<>();
			for (XWPFParagraph paragraph : document.getParagraphs()) {
				for (XWPFRun run : paragraph.getRuns()) {
					pictures.addAll(run.getEmbeddedPictures());
				}
			}
			// Five from the results, four power heatmaps, five voice maps and said and
			// done.
			assertThat(pictures).hasSizeGreaterThanOrEqualTo(15);
			assertThat(pictures).anySatisfy(
					(picture) -> assertThat(picture.getDescription()).startsWith("Influence over shared decisions")
						.contains("withheld"));
			assertThat(pictures).anySatisfy(
					(picture) -> assertThat(picture.getDescription()).startsWith("Voice in workshops by sector"));
			assertThat(text).as("withheld power cells are explained in words")
				.contains("cells are withheld to protect respondents", "Fewer than " + this.threshold + " responses: ",
						"Colours are not verdicts");
			String actions = document.getTables()
				.stream()
				.map(XWPFTable::getText)
				.filter((t) -> t.contains("Sub-dimension") && t.contains("Evidence"))
				.findFirst()
				.orElseThrow();
			assertThat(actions).contains("Title", "Owner", "Due", "Status", "Source");
			assertThat(pictures).allSatisfy((picture) -> assertThat(picture.getDescription()).isNotBlank());
			assertThat(pictures.get(0).getDescription()).contains("Technology");
			for (int figure = 1; figure <= pictures.size(); figure++) {
				assertThat(text).contains("Figure " + figure + ". ");
			}
			String sectorTable = document.getTables()
				.stream()
				.map(XWPFTable::getText)
				.filter((t) -> t.contains("Sector"))
				.findFirst()
				.orElseThrow();
			assertThat(sectorTable).contains("Whole partnership");
			String method = document.getTables().get(document.getTables().size() - 1).getText();
			assertThat(method).contains("Figure 1", String.valueOf(this.threshold));
			assertThat(text).doesNotContain("NaN");
		}
	}

	@Test
	void the_workbook_has_frozen_filtered_sheets_colour_scales_explained_withheld_cells_and_neutral_text()
			throws Exception {
		byte[] bytes = export(ExportFormat.WORKBOOK);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			List<String> names = new ArrayList<>();
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
			assertThat(names).containsSubsequence("About", "Scores", "Heatmap partner", "Heatmap sector",
					"Power influence", "Power respect", "Power data trust", "Power cost-risk-benefit", "Action plan",
					"Responses");
			XSSFSheet influence = workbook.getSheet("Power influence");
			assertThat(influence.getPaneInformation().isFreezePane()).isTrue();
			assertThat(influence.getCTWorksheet().getAutoFilter()).isNotNull();
			assertThat(influence.getSheetConditionalFormatting()
				.getConditionalFormattingAt(0)
				.getRule(0)
				.getColorScaleFormatting()).isNotNull();
			assertThat(text(influence)).contains("Withheld: Fewer than " + this.threshold, "Colours are not verdicts");
			assertThat(influence.getRow(0).getCell(1).getStringCellValue()).isNotBlank();
			assertThat(text(influence)).contains("'" + FORMULA_NAME).doesNotContain("|" + FORMULA_NAME);
			XSSFSheet plan = workbook.getSheet("Action plan");
			assertThat(plan.getPaneInformation().isFreezePane()).isTrue();
			assertThat(plan.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:J");
			assertThat(plan.getColumnWidth(1)).isEqualTo(50 * 256);
			assertThat(plan.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Title");
			assertThat(plan.getRow(1).getCell(0).getStringCellValue()).isIn("From this assessment", "Rest of the plan");
			for (Row row : plan) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
					if (cell.getCellType() == CellType.STRING) {
						assertThat(SafeText.dangerous(cell.getStringCellValue())).isFalse();
					}
				}
			}
			XSSFSheet scores = workbook.getSheet("Scores");
			assertThat(scores.getPaneInformation().isFreezePane()).isTrue();
			assertThat(scores.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:M");
			assertThat(scores.getColumnWidth(5)).isGreaterThan(20 * 256);
			int withheld = 0;
			boolean formulaSeen = false;
			for (Row row : scores) {
				if (row.getRowNum() == 0) {
					continue;
				}
				for (int c = 6; c <= 10; c++) {
					Cell cell = row.getCell(c);
					assertThat(cell).as("row %d column %d is never blank", row.getRowNum(), c).isNotNull();
				}
				if (row.getCell(11).getStringCellValue().equals("true")) {
					withheld++;
					assertThat(row.getCell(7).getStringCellValue()).isEqualTo("withheld");
					assertThat(row.getCell(12).getStringCellValue()).startsWith("Withheld: ");
				}
				else if (row.getCell(7).getCellType() == CellType.NUMERIC) {
					assertThat(row.getCell(6).getNumericCellValue()).isGreaterThanOrEqualTo(this.threshold);
					assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0");
				}
				if (row.getCell(1).getStringCellValue().contains("HYPERLINK")) {
					formulaSeen = true;
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'" + FORMULA_NAME);
				}
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
				}
			}
			assertThat(withheld).isPositive();
			assertThat(formulaSeen).isTrue();
			XSSFSheet heatmap = workbook.getSheet("Heatmap partner");
			assertThat(heatmap.getSheetConditionalFormatting().getNumConditionalFormattings()).isOne();
			assertThat(heatmap.getSheetConditionalFormatting()
				.getConditionalFormattingAt(0)
				.getRule(0)
				.getColorScaleFormatting()).isNotNull();
			assertThat(text(heatmap)).contains("Withheld: ");
			XSSFSheet about = workbook.getSheet("About");
			assertThat(text(about)).contains("SHA-256 of the data", "Partnership readiness 2026");
			assertResponsesRespectTheThreshold(rows(workbook.getSheet("Responses")));
		}
	}

	@Test
	void scores_csv_explains_every_withheld_figure_and_neutralises_text() throws Exception {
		String csv = new String(export(ExportFormat.SCORES_CSV), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFGrouping,Group,");
		List<CSVRecord> records = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(csv.substring(1)))
			.getRecords();
		assertThat(records).anySatisfy((r) -> assertThat(r.get("Suppressed")).isEqualTo("true"));
		for (CSVRecord record : records) {
			if (record.get("Suppressed").equals("true")) {
				assertThat(record.get("Mean (0-100)")).isEqualTo("withheld");
				assertThat(record.get("n")).isEqualTo("withheld");
				assertThat(record.get("Note")).startsWith("Withheld: ");
			}
			for (String value : record.values()) {
				assertThat(SafeText.dangerous(value)).as(value).isFalse();
			}
		}
		assertThat(records).anySatisfy((r) -> assertThat(r.get("Group")).isEqualTo("'" + FORMULA_NAME));
	}

	@Test
	void responses_csv_leaves_out_small_groups_and_keeps_dates_to_the_month() throws Exception {
		String csv = new String(export(ExportFormat.RESPONSES_CSV), StandardCharsets.UTF_8);
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of());
		for (CSVRecord record : CSVFormat.RFC4180.parse(new StringReader(csv.substring(1)))) {
			rows.add(record.toList());
		}
		rows.remove(0);
		assertThat(rows.get(0)).startsWith("Partner", "Sector", "Audience", "Profession", "Seniority",
				"Month submitted");
		assertResponsesRespectTheThreshold(rows);
		long submitted = this.jdbc.queryForObject(
				"select count(*) from response where assessment_id = ? and status = 'SUBMITTED'", Long.class,
				this.assessment.value());
		long small = this.jdbc.queryForObject("select coalesce(sum(n), 0) from (select count(*) n from response "
				+ "where assessment_id = ? and status = 'SUBMITTED' group by partner_id, audience having count(*) < ?) s",
				Long.class, this.assessment.value(), this.threshold);
		assertThat(rows.size() - 1).isLessThanOrEqualTo((int) (submitted - small)).isPositive();
	}

	@Test
	void each_export_is_audited_and_only_leaders_and_board_viewers_may_export() throws Exception {
		int before = this.audit.events.size();
		export(ExportFormat.SCORES_CSV);
		assertThat(this.audit.events.subList(before, this.audit.events.size()))
			.anySatisfy((event) -> assertThat(event.action()).isEqualTo("export.scores"));
		SignedInUser partnerLead = SignIn.as(Role.PARTNER_LEAD, this.leader.icsId().orElseThrow(),
				new PartnerId(this.jdbc.queryForObject("select min(partner_id) from response", Long.class)));
		assertThatThrownBy(
				() -> SignIn.run(partnerLead, () -> this.exports.describe(this.assessment, ExportFormat.BOARD_REPORT)))
			.isInstanceOf(AccessDeniedException.class);
	}

	/**
	 * Every partner and audience in the rows appears at least threshold times, no date is
	 * finer than a month, and every text cell is neutral.
	 */
	private void assertResponsesRespectTheThreshold(List<List<String>> rows) {
		Map<String, Integer> perGroup = new java.util.HashMap<>();
		Set<String> months = new HashSet<>();
		for (List<String> row : rows.subList(1, rows.size())) {
			perGroup.merge(row.get(0) + "|" + row.get(2), 1, Integer::sum);
			months.add(row.get(5));
			for (String value : row) {
				assertThat(SafeText.dangerous(value)).as(value).isFalse();
			}
		}
		assertThat(perGroup).isNotEmpty();
		assertThat(perGroup.values()).allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(this.threshold));
		assertThat(months).allSatisfy((m) -> assertThat(m).matches("\\d{4}-\\d{2}|Not shown \\(small group\\)"));
		assertThat(perGroup.keySet()).anySatisfy((k) -> assertThat(k).startsWith("'=HYPERLINK"));
	}

	private byte[] export(ExportFormat format) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		List<Double> progress = new ArrayList<>();
		ExportFile file = SignIn.run(this.leader, () -> {
			try {
				return this.exports.write(this.assessment, format, out, (fraction, step) -> progress.add(fraction));
			}
			catch (java.io.IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		});
		assertThat(file.fileName()).isEqualTo("partnership-readiness-2026-" + format.fileName());
		assertThat(file.dataHash()).hasSize(64);
		assertThat(progress).isNotEmpty().last().isEqualTo(1.0);
		Files.createDirectories(SAMPLES);
		Files.write(SAMPLES.resolve(format.fileName()), out.toByteArray());
		return out.toByteArray();
	}

	static String text(XWPFDocument document) {
		StringBuilder text = new StringBuilder();
		document.getParagraphs().forEach((p) -> text.append(p.getText()).append('\n'));
		document.getTables().forEach((t) -> text.append(t.getText()).append('\n'));
		return text.toString();
	}

	private static String text(XSSFSheet sheet) {
		StringBuilder text = new StringBuilder();
		for (List<String> row : rows(sheet)) {
			text.append(String.join("|", row)).append('\n');
		}
		return text.toString();
	}

	private static List<List<String>> rows(XSSFSheet sheet) {
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> values = new ArrayList<>();
			for (Cell cell : row) {
				values.add((cell.getCellType() == CellType.NUMERIC) ? Double.toString(cell.getNumericCellValue())
						: cell.getStringCellValue());
			}
			rows.add(values);
		}
		return rows;
	}

}
