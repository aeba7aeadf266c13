package org.threefold.security.attack;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.partner.IcsService;
import org.threefold.security.SystemTask;
import org.threefold.shared.IcsId;
import org.threefold.shared.ValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Damaged partner lists imported for real: each either imports every partner or is
 * refused with a clear message and leaves the partnership exactly as it was.
 */
@AttackContext
class PartnerImportFuzzTest {

	@Autowired
	IcsService partnerships;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void a_damaged_file_imports_whole_or_changes_nothing() {
		IcsId ics = SystemTask.asAdministrator(() -> this.partnerships
			.create("FUZZ-" + (System.nanoTime() % 1_000_000), "Fuzz partnership", "Nowhere", false)
			.id());
		int refused = 0;
		for (long seed = 1; seed <= 40; seed++) {
			String damaged = Mutations.mutate(PartnerCsvFuzzTest.SEED, seed * 7919, 1 + (int) (seed % 4));
			String before = partners(ics);
			try {
				org.threefold.partner.PartnerImport result = SystemTask.asAdministrator(() -> this.partnerships
					.importPartners(ics, new ByteArrayInputStream(damaged.getBytes(StandardCharsets.UTF_8))));
				if (!result.problems().isEmpty()) {
					refused++;
					assertThat(result.imported()).isZero();
					assertThat(partners(ics)).as("seed " + seed + " refused but changed something").isEqualTo(before);
				}
			}
			catch (ValidationException ex) {
				refused++;
				assertThat(ex.problems()).isNotEmpty().allSatisfy((p) -> assertThat(p).isNotBlank());
				assertThat(partners(ics)).as("seed " + seed + " refused but changed something").isEqualTo(before);
			}
		}
		assertThat(refused).as("damage that was noticed").isPositive();
	}

	private String partners(IcsId ics) {
		return this.jdbc
			.queryForList("select name, sector, ods_code, headcount from partner where ics_id = ? order by id",
					ics.value())
			.toString();
	}

}
