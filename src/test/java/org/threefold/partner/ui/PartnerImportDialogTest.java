package org.threefold.partner.ui;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.threefold.partner.CsvProblem;
import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerImport;
import org.threefold.shared.IcsId;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** What the administrator reads after uploading a partner list; the import is stubbed. */
class PartnerImportDialogTest {

	private static final IcsView NORTH_VALE = new IcsView(new IcsId(1), "NORTH-VALE", "North Vale ICS", null, false, 0);

	private final List<String> uploaded = new ArrayList<>();

	private int refreshes;

	@BeforeEach
	void setUp() {
		MockVaadin.setup();
	}

	@AfterEach
	void tearDown() {
		MockVaadin.tearDown();
	}

	@Test
	void a_clean_file_reports_how_many_partners_arrived() {
		open(new PartnerImport(14, List.of()));

		_upload(_get(Upload.class), "partners.csv", "text/csv", "name,sector\n".getBytes(StandardCharsets.UTF_8));
		MockVaadin.clientRoundtrip(false);

		assertThat(this.uploaded).containsExactly("name,sector\n");
		assertThat(_get(Paragraph.class, (spec) -> spec.withClasses("tf-done")).getText())
			.isEqualTo("14 partners imported.");
		assertThat(this.refreshes).isEqualTo(1);
	}

	@Test
	void a_rejected_file_lists_every_problem_and_says_nothing_was_imported() {
		open(PartnerImport.rejected(
				List.of(new CsvProblem(3, "unknown sector \"pharmacy\""), new CsvProblem(5, "name is required"))));

		_upload(_get(Upload.class), "partners.csv", "text/csv", "name,sector\n".getBytes(StandardCharsets.UTF_8));
		MockVaadin.clientRoundtrip(false);

		String shown = get_textRecursively(_get(PartnerImportDialog.class));
		assertThat(shown).contains("Nothing was imported")
			.contains("Line 3: unknown sector \"pharmacy\"")
			.contains("Line 5: name is required");
		assertThat(this.refreshes).isZero();
	}

	@Test
	void a_file_that_is_not_csv_is_never_imported() {
		open(new PartnerImport(1, List.of()));

		_upload(_get(Upload.class), "partners.xlsx", "application/octet-stream", new byte[] { 1, 2, 3 });
		MockVaadin.clientRoundtrip(false);

		assertThat(this.uploaded).isEmpty();
		assertThat(get_textRecursively(_get(PartnerImportDialog.class))).contains("only .csv files");
	}

	private void open(PartnerImport outcome) {
		new PartnerImportDialog(NORTH_VALE, (bytes) -> {
			this.uploaded.add(new String(bytes, StandardCharsets.UTF_8));
			return outcome;
		}, () -> this.refreshes++).open();
	}

}
