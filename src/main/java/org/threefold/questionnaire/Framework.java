package org.threefold.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dimensions and sub-dimensions every item and action refers to.
 *
 * @param dimensionDescriptions plain-English description of each dimension
 * @param subdimensions in file order
 */
public record Framework(String id, String versionLabel, String contentHash,
		Map<Dimension, String> dimensionDescriptions, List<SubDimension> subdimensions) {

	public Optional<SubDimension> subdimension(String id) {
		return this.subdimensions.stream().filter((s) -> s.id().equals(id)).findFirst();
	}

	public List<SubDimension> subdimensionsOf(Dimension dimension) {
		return this.subdimensions.stream().filter((s) -> s.dimension() == dimension).toList();
	}

}
