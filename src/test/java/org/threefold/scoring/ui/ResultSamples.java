package org.threefold.scoring.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.threefold.questionnaire.Dimension;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.Change;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.PerceptionGap;
import org.threefold.scoring.Reliability;
import org.threefold.scoring.Scale;
import org.threefold.scoring.Statistic;
import org.threefold.shared.AssessmentId;

/**
 * Hand-built results of the North Vale partnership's 2026 assessment, as the results
 * service would return them after suppression, with a threshold of 5.
 */
final class ResultSamples {

	static final Scale OVERALL = new Scale(Scale.Kind.OVERALL, "overall", "Overall", null);

	static final Scale TECHNOLOGY = dimension(Dimension.TECHNOLOGY);

	static final Scale RELATIONSHIPS = dimension(Dimension.RELATIONSHIPS);

	static final Scale ENABLING = dimension(Dimension.ENABLING_ENVIRONMENT);

	static final Scale READINESS = dimension(Dimension.CHANGE_READINESS);

	static final Scale T1 = new Scale(Scale.Kind.SUBDIMENSION, "T1", "Connected systems and information flows",
			Dimension.TECHNOLOGY);

	static final Scale R1 = new Scale(Scale.Kind.SUBDIMENSION, "R1", "Shared purpose", Dimension.RELATIONSHIPS);

	static final List<Scale> SCALES = List.of(OVERALL, TECHNOLOGY, RELATIONSHIPS, ENABLING, READINESS, T1, R1);

	static final Cell TOO_FEW = new Cell.Withheld(Cell.Reason.TOO_FEW, "Fewer than 5 responses");

	static final Cell PROTECTS = new Cell.Withheld(Cell.Reason.PROTECTS_ANOTHER,
			"Withheld so that a smaller group cannot be worked out from the others");

	private ResultSamples() {
	}

	static Cell shown(long n, double mean, double low, double high, double agreement) {
		return new Cell.Shown(new Statistic(n, mean, 12, low, high, agreement));
	}

	/** 140 respondents; relationships is weakest at 48. */
	static GroupResult partnership() {
		return new GroupResult(Grouping.ICS, "ics", "Whole partnership",
				cells(shown(140, 55.1, 53.0, 57.2, 0.72), shown(140, 61.8, 59.5, 64.1, 0.81),
						shown(138, 48.3, 46.0, 50.6, 0.64), shown(139, 55.2, 52.9, 57.5, 0.55),
						shown(120, 70.4, 67.0, 73.8, 0.40), shown(135, 58.0, 55.0, 61.0, 0.7),
						shown(130, 47.0, 44.0, 50.0, 0.6)));
	}

	/** A trust whose relationships score is withheld to protect a smaller partner. */
	static GroupResult riverside() {
		return new GroupResult(Grouping.PARTNER, "11", "Riverside Hospitals NHS Trust",
				cells(shown(40, 57.4, 52.1, 62.7, 0.7), shown(40, 64.2, 58.0, 70.4, 0.7), PROTECTS,
						shown(39, 41.6, 35.2, 48.0, 0.7), shown(30, 72.5, 66.0, 79.0, 0.5), shown(38, 70, 64, 76, 0.7),
						TOO_FEW));
	}

	static GroupResult hospice() {
		return new GroupResult(Grouping.PARTNER, "12", "St Clare's Hospice",
				cells(TOO_FEW, TOO_FEW, TOO_FEW, TOO_FEW, new Cell.Empty(), TOO_FEW, TOO_FEW));
	}

	static AssessmentResults northVale2026() {
		GroupResult leaders = new GroupResult(Grouping.LEADERSHIP, "LEADERS", "Leaders (board, executive and senior)",
				Map.of());
		PerceptionGap clearGap = new PerceptionGap("Leaders and frontline", RELATIONSHIPS, leaders.label(),
				shown(20, 62.0, 57.0, 67.0, 0.7), "Frontline staff", shown(80, 44.4, 41.0, 47.8, 0.6), true);
		PerceptionGap overlapping = new PerceptionGap("Leaders and frontline", TECHNOLOGY, leaders.label(),
				shown(20, 63.0, 57.0, 69.0, 0.7), "Frontline staff", shown(80, 61.0, 58.0, 64.0, 0.6), false);
		PerceptionGap withheld = new PerceptionGap("NHS and non-NHS organisations", OVERALL, "NHS organisations",
				shown(100, 56.0, 54.0, 58.0, 0.7), "Non-NHS organisations", TOO_FEW, false);
		Map<String, Double> partnerWeighted = new LinkedHashMap<>();
		partnerWeighted.put(OVERALL.key(), 53.6);
		partnerWeighted.put(TECHNOLOGY.key(), 59.6);
		Map<String, Integer> leftOut = new LinkedHashMap<>();
		leftOut.put(OVERALL.key(), 1);
		return new AssessmentResults(new AssessmentId(7), "Partnership assessment 2026", 5, 140, SCALES, partnership(),
				partnerWeighted, leftOut, Map.of(Grouping.PARTNER, List.of(riverside(), hospice())),
				List.of(clearGap, overlapping, withheld), Optional.of("Partnership assessment 2025"),
				List.of(new Change(OVERALL, shown(120, 50.2, 47.9, 52.5, 0.7), partnership().cell(OVERALL), true),
						new Change(RELATIONSHIPS, TOO_FEW, partnership().cell(RELATIONSHIPS), false)),
				List.of(new Reliability("Partnership assessment", T1, 4, 128, 0.8349),
						new Reliability("Partnership assessment", R1, 3, 0, Double.NaN)),
				Map.of(OVERALL.key(), new long[] { 4, 22, 61, 45, 8 }, TECHNOLOGY.key(),
						new long[] { 2, 15, 50, 60, 13 }));
	}

	private static Scale dimension(Dimension dimension) {
		return new Scale(Scale.Kind.DIMENSION, dimension.code(), dimension.label(), dimension);
	}

	private static Map<String, Cell> cells(Cell... cells) {
		Map<String, Cell> map = new LinkedHashMap<>();
		for (int i = 0; i < cells.length; i++) {
			map.put(SCALES.get(i).key(), cells[i]);
		}
		return map;
	}

}
