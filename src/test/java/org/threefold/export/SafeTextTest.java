package org.threefold.export;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeTextTest {

	@Test
	void text_a_spreadsheet_would_run_as_a_formula_gets_a_leading_apostrophe() {
		assertThat(SafeText.cell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
		assertThat(SafeText.cell("+1+2")).isEqualTo("'+1+2");
		assertThat(SafeText.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(SafeText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(SafeText.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(SafeText.cell("\r=1")).isEqualTo("'\r=1");
	}

	@Test
	void ordinary_text_is_left_alone() {
		assertThat(SafeText.cell("Riverside NHS Trust")).isEqualTo("Riverside NHS Trust");
		assertThat(SafeText.cell("a = b")).isEqualTo("a = b");
		assertThat(SafeText.cell("")).isEmpty();
		assertThat(SafeText.cell(null)).isEmpty();
		assertThat(SafeText.dangerous("=1")).isTrue();
		assertThat(SafeText.dangerous("1")).isFalse();
	}

}
