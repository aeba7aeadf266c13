package org.threefold.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON the API returns. Field names are part of the contract (docs/api.md). */
final class ApiRecords {

	private ApiRecords() {
	}

	/** An assessment in the list. */
	record Assessment(long id, String title, String series, String status, String opensOn, String closesOn,
			long responseCount) {
	}

	/** Scores of one assessment by one grouping. */
	record Scores(long assessmentId, String title, String groupBy, int threshold, String dataSha256,
			List<Group> groups) {
	}

	/** One group's scores. */
	record Group(String key, String label, List<Score> scores) {
	}

	/**
	 * One scale's score for a group; withheld ones have {@code suppressed: true} and no
	 * figures at all.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Score(String scaleKind, String scaleId, String scale, String dimension, Long n, Double mean, Double ciLow,
			Double ciHigh, Double agreement, boolean suppressed, String note) {
	}

	/** An error. */
	record Error(int status, String error) {
	}

}
