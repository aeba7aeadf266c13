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

	/** One power heatmap of an assessment, cell by cell. */
	record HeatmapBody(long assessmentId, String assessment, String heatmap, String title, String rowHeading,
			String columnHeading, String valueKind, int threshold, List<String> rows, List<String> columns,
			List<HeatCellBody> cells) {
	}

	/**
	 * One heatmap cell; withheld ones have {@code suppressed: true} and no figures, and a
	 * reference figure (an equal share) has {@code reference: true} and no n.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record HeatCellBody(String row, String column, Long n, Double value, Double compareWith, boolean suppressed,
			Boolean reference, String note) {
	}

	/** One action of the ICS action plan. */
	record Action(long id, String title, String subDimension, String subDimensionName, String owner, String due,
			String status, String source, String sourceDetail, boolean national) {
	}

	/** A workshop in the list. */
	record Workshop(long id, String title, String status, String mode, String startsAt, int participantCount) {
	}

	/** Who was heard in a workshop, by group, with the whole room as {@code total}. */
	record Voice(long workshopId, String title, String groupBy, int threshold, List<VoiceGroup> groups,
			VoiceGroup total) {
	}

	/**
	 * One group's voice; shares are 0 to 1. Withheld groups have {@code suppressed: true}
	 * and no figures.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record VoiceGroup(String key, String label, Integer participants, Double roomShare, Integer turns, Double turnShare,
			Integer passes, Double passShare, Long speakingSeconds, Double speakingShare, Integer postIts,
			Double postItShare, boolean suppressed, String note) {
	}

}
