package org.threefold.export.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.threefold.export.WorkbookDocument;
import org.threefold.power.HeatCell;
import org.threefold.power.Heatmap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Withheld and empty heatmap cells are counted and explained in words, never left blank.
 */
class HeatmapWordsTest {

	private static Heatmap heatmap(List<List<HeatCell>> cells) {
		return new Heatmap("Influence over shared decisions", "Rated by (partner)", "Partner rated",
				List.of("Acute trust", "Hospice"), List.of("1", "2"), List.of("1 Acute trust", "2 Hospice"), cells,
				Heatmap.Scale.SCORE, "", "How to read it.");
	}

	@Test
	void each_reason_for_withholding_is_counted_and_empty_cells_are_named() {
		Heatmap map = heatmap(List.of(
				List.of(new HeatCell.Shown(62, 14, Double.NaN), new HeatCell.Withheld("Fewer than 5 responses")),
				List.of(new HeatCell.Withheld("Fewer than 5 responses"), new HeatCell.Empty())));
		assertThat(HeatmapWords.withheld(map)).isEqualTo(2);
		assertThat(HeatmapWords.explained(map)).containsExactly(
				"2 of the 4 cells are withheld to protect respondents: they are hatched, show a dash and carry no "
						+ "figure.",
				"Fewer than 5 responses: 2 cells.",
				"1 cell has no answers (\"none\"): nobody rated or shared anything there.");
		assertThat(HeatmapWords.facts(map, 40, 5).withheldCells()).isEqualTo(2);
	}

	@Test
	void a_heatmap_with_every_cell_shown_says_so() {
		Heatmap map = heatmap(List.of(List.of(new HeatCell.Shown(62, 14, Double.NaN), new HeatCell.Reference(50)),
				List.of(new HeatCell.Shown(40, 9, Double.NaN), new HeatCell.Shown(71, 6, Double.NaN))));
		assertThat(HeatmapWords.explained(map)).containsExactly("Every one of the 4 cells is shown.");
	}

	@Test
	void a_sheet_row_writes_numbers_and_explains_withheld_and_empty_cells() {
		Heatmap map = heatmap(List.of(
				List.of(new HeatCell.Shown(62, 14, Double.NaN), new HeatCell.Withheld("Fewer than 5 responses")),
				List.of(new HeatCell.Reference(50), new HeatCell.Empty())));
		assertThat(HeatmapWords.sheetRow(map, 0)).containsExactly("Acute trust", 62.0,
				new WorkbookDocument.Withheld("Withheld: Fewer than 5 responses"));
		assertThat(HeatmapWords.sheetRow(map, 1)).containsExactly("Hospice", 50.0,
				new WorkbookDocument.Withheld("No answers"));
		assertThat(HeatmapWords.lowerFirst("Sector")).isEqualTo("sector");
		assertThat(HeatmapWords.lowerFirst("NHS or non-NHS")).isEqualTo("NHS or non-NHS");
	}

}
