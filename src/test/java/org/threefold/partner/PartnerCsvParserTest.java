package org.threefold.partner;

import java.io.StringReader;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PartnerCsvParserTest {

	private final PartnerCsvParser parser = new PartnerCsvParser();

	@Test
	void a_clean_file_gives_one_draft_per_row_with_codes_or_labels_accepted() {
		PartnerCsvParser.Result result = parse("""
				name,sector,ods_code,headcount,budget_band
				Riverside Pharmacy,community-pharmacy,fa123,14,under-1m
				Vale Council,Local authority,,"5,200",Over £500m
				""");
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows()).extracting(PartnerCsvParser.Row::draft)
			.containsExactly(
					new PartnerDraft("Riverside Pharmacy", Sector.COMMUNITY_PHARMACY, "FA123", 14, BudgetBand.UNDER_1M),
					new PartnerDraft("Vale Council", Sector.LOCAL_AUTHORITY, null, 5200, BudgetBand.OVER_500M));
	}

	@Test
	void columns_may_come_in_any_order_and_optional_ones_may_be_left_out() {
		PartnerCsvParser.Result result = parse("Sector,Name\nhospice,St Aidan's\n");
		assertThat(result.problems()).isEmpty();
		assertThat(result.rows().get(0).draft())
			.isEqualTo(new PartnerDraft("St Aidan's", Sector.HOSPICE, null, null, null));
	}

	@Test
	void every_bad_row_is_reported_with_its_line_and_no_rows_are_returned() {
		PartnerCsvParser.Result result = parse("""
				name,sector,headcount
				Good Trust,acute-trust,100
				,acute-trust,
				Odd One,space-agency,
				Big Number,hospice,lots
				Zero Staff,hospice,0
				""");
		assertThat(result.rows()).isEmpty();
		assertThat(result.problems()).containsExactly(new CsvProblem(3, "name is required"),
				new CsvProblem(4, "unknown sector \"space-agency\" (use one of: " + Sector.codes() + ")"),
				new CsvProblem(5, "headcount \"lots\" is not a whole number"),
				new CsvProblem(6, "headcount must be between 1 and 500000"));
	}

	@Test
	void a_name_or_ods_code_twice_in_one_file_is_reported_on_the_second_line() {
		PartnerCsvParser.Result result = parse("""
				name,sector,ods_code
				Castle Practice,general-practice,A81001
				castle practice,general-practice,
				Other Practice,general-practice,a81001
				""");
		assertThat(result.problems()).containsExactly(
				new CsvProblem(3, "name \"castle practice\" appears twice (first on line 2)"),
				new CsvProblem(4, "ODS code A81001 appears twice (first on line 2)"));
	}

	@Test
	void a_missing_or_unknown_column_rejects_the_file_before_any_row() {
		assertThat(parse("name,kind\nA,b\n").problems()).containsExactly(
				new CsvProblem(1, "Unknown column \"kind\"; expected name, sector, ods_code, headcount, budget_band"),
				new CsvProblem(1, "Missing required column \"sector\""));
	}

	@Test
	void broken_quoting_and_ragged_rows_are_reported_not_thrown() {
		assertThat(parse("name,sector\n\"Unclosed,hospice\n").problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("The file is not valid CSV"));
		assertThat(parse("name,sector\nA,hospice,extra\n").problems())
			.containsExactly(new CsvProblem(2, "has 3 values but the header has 2 columns"));
	}

	@Test
	void an_empty_file_or_a_header_alone_is_explained() {
		assertThat(parse("").problems()).extracting(CsvProblem::message)
			.singleElement()
			.asString()
			.startsWith("The file is empty");
		assertThat(parse("name,sector\n").problems())
			.containsExactly(new CsvProblem(0, "The file has a header but no partners"));
	}

	@Test
	void a_file_with_too_many_rows_is_refused() {
		StringBuilder csv = new StringBuilder("name,sector\n");
		for (int i = 0; i <= PartnerCsvParser.MAX_ROWS; i++) {
			csv.append("Partner ").append(i).append(",other\n");
		}
		assertThat(parse(csv.toString()).problems()).extracting(CsvProblem::message)
			.containsExactly(
					"The file has more than " + PartnerCsvParser.MAX_ROWS + " partners; split it into smaller files");
	}

	private PartnerCsvParser.Result parse(String csv) {
		return this.parser.parse(new StringReader(csv));
	}

}
