package org.threefold.questionnaire;

import java.util.List;

/** Recommended actions per sub-dimension and maturity band. */
public record ActionLibrary(String id, String versionLabel, String contentHash, List<RecommendedAction> actions) {

	public List<RecommendedAction> forSubdimension(String subdimension, int band) {
		return this.actions.stream()
			.filter((action) -> action.subdimension().equals(subdimension) && action.bands().contains(band))
			.toList();
	}

}
