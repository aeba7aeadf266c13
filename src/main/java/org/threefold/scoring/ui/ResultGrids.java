package org.threefold.scoring.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * The grids under the charts: every row visible, text wrapped, named for screen readers.
 */
final class ResultGrids {

	private ResultGrids() {
	}

	static <T> Grid<T> grid(String name, List<T> rows) {
		Grid<T> grid = new Grid<>();
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(name);
		grid.setItems(rows);
		grid.addClassName("tf-results-grid");
		return grid;
	}

}
