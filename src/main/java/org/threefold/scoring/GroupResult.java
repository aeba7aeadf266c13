package org.threefold.scoring;

import java.util.Map;

/**
 * A group's row of results.
 *
 * @param cells by {@link Scale#key()}
 */
public record GroupResult(Grouping grouping, String key, String label, Map<String, Cell> cells) {

	public Cell cell(Scale scale) {
		return this.cells.getOrDefault(scale.key(), new Cell.Empty());
	}

}
