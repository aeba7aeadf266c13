package org.threefold.security.attack;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.threefold.partner.CsvProblem;
import org.threefold.partner.PartnerCsvParser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of the partner CSV reader: any text, and any damaged copy of the
 * demo list, ends either in partners and no problems or in problems and no partners
 * (never some of each, which would import half a file), and never in an exception.
 */
class PartnerCsvFuzzTest {

	private static final PartnerCsvParser PARSER = new PartnerCsvParser();

	static final String SEED;

	static {
		try {
			SEED = Files.readString(Path.of("seed-data", "partners.csv"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Property(tries = 500)
	void any_text_is_all_partners_or_only_problems(@ForAll("csvish") String text) {
		assertWholeOrNothing(PARSER.parse(new StringReader(text)));
	}

	@Property(tries = 500)
	void a_damaged_partner_list_is_all_partners_or_only_problems(@ForAll long seed) {
		String damaged = Mutations.mutate(SEED, seed, 1 + (int) Math.floorMod(seed, 5L));
		assertWholeOrNothing(PARSER.parse(new StringReader(damaged)));
	}

	static void assertWholeOrNothing(PartnerCsvParser.Result result) {
		if (result.ok()) {
			assertThat(result.rows()).isNotEmpty();
		}
		else {
			assertThat(result.rows()).as("no partial result").isEmpty();
		}
		for (CsvProblem problem : result.problems()) {
			assertThat(problem.message()).isNotBlank().doesNotContain("Exception");
		}
	}

	@Provide
	Arbitrary<String> csvish() {
		Arbitrary<String> cells = Arbitraries.of("name", "sector", "ods_code", "headcount", "budget_band",
				"acute-trust", "hospice", "RXX", "-1", "99999999999999999999", "\"", "\"\"", ",", "\n", "\r\n",
				"=cmd|' /C calc'!A0", "<script>alert(1)</script>", "\u0000", "\uFEFF", "x".repeat(300), " ",
				"over-500m");
		Arbitrary<String> structured = cells.list().ofMaxSize(60).map((parts) -> String.join("", parts));
		Arbitrary<String> header = structured.map((body) -> "name,sector,ods_code,headcount,budget_band\n" + body);
		return Arbitraries.oneOf(structured, header, Arbitraries.strings().ofMaxLength(300));
	}

}
