package org.threefold.power;

import java.util.List;
import java.util.Map;

import org.threefold.shared.AssessmentId;

/**
 * The power maps of one assessment, already suppressed: nothing here can show a withheld
 * number.
 *
 * @param threshold the assessment's anonymity threshold k
 * @param raters respondents who rated at least one partner, or 0 when fewer than k (so
 * that a small count is not shown either)
 * @param partners the partners taking part, numbered in the order of the heatmap columns
 * @param matrices one per measure asked, rows grouped as requested
 * @param shares cost, risk and benefit, when allocation questions were asked
 */
public record PowerMaps(AssessmentId id, String title, int threshold, long raters, List<String> partners,
		RaterGrouping grouping, List<Matrix> matrices, Shares shares) {

	/** True when at least one cell of any heatmap is shown. */
	public boolean anyShown() {
		return this.matrices.stream().anyMatch((m) -> m.heatmap().anyShown())
				|| (this.shares != null && this.shares.heatmap().anyShown());
	}

	/**
	 * One partner-matrix measure.
	 *
	 * @param heatmap rater groups by rated partner, with a last row for everyone but the
	 * rated partner itself
	 * @param withheldRows rater groups none of whose cells could be shown, left out of
	 * the heatmap and named instead
	 * @param selfViews each partner's view of itself against how the others see it
	 * @param asymmetries pairs of partners where both directions are shown, widest first
	 */
	public record Matrix(MatrixMeasure measure, Heatmap heatmap, List<String> withheldRows, List<SelfView> selfViews,
			List<Asymmetry> asymmetries) {
	}

	/**
	 * A partner's self-view against the others' view of it.
	 *
	 * @param gap self minus others, NaN unless both are shown
	 * @param clear both shown and their 95% intervals do not overlap
	 */
	public record SelfView(String partner, HeatCell self, HeatCell others, double gap, boolean clear) {
	}

	/**
	 * How A's people rate B against how B's people rate A.
	 *
	 * @param difference A→B minus B→A
	 * @param clear their 95% intervals do not overlap
	 */
	public record Asymmetry(String a, String b, HeatCell.Shown aRatesB, HeatCell.Shown bRatesA, double difference,
			boolean clear) {
	}

	/**
	 * Cost, risk and benefit as the other partners allocate them.
	 *
	 * @param heatmap rated partners by measure, with equal share and size shares as
	 * reference columns
	 */
	public record Shares(Heatmap heatmap, List<ShareRow> rows, double equalShare) {
	}

	/**
	 * One partner's shares.
	 *
	 * @param byOthers points out of 100 the other partners' people give it, per measure
	 * @param headcountShare its share of the partners' total headcount, NaN when unknown
	 * @param budgetShare its share by budget band (band midpoints), NaN when unknown
	 */
	public record ShareRow(String partner, Map<ShareMeasure, HeatCell> byOthers, double equalShare,
			double headcountShare, double budgetShare) {
	}

}
