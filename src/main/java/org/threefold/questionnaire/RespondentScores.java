package org.threefold.questionnaire;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One respondent's scores, computed once when they submit (docs/scoring.md, "Respondent
 * scores"). Every score is 0–100 and unrounded; rounding is for display only. A scale
 * that could not be scored is absent rather than zero, because a missing score and a low
 * score mean different things to a board.
 * <p>
 * The maps iterate in a fixed order (items and sub-dimensions in questionnaire order,
 * dimensions in {@link Dimension} order) so that stored rows and exports come out the
 * same way every time.
 *
 * @param items item id → score of each answered, shown, scored item
 * @param itemScales item id → the sub-dimension it belongs to, for each scored item
 * @param subdimensions sub-dimension id → score of each sub-dimension with enough answers
 * (at least half of its shown items)
 * @param dimensions the mean of each dimension's available sub-dimension scores; a
 * dimension without any is absent
 * @param overall the mean of technology, relationships and enabling environment, present
 * only when all three are; change readiness is never part of it
 */
public record RespondentScores(Map<String, Double> items, Map<String, String> itemScales,
		Map<String, ScaleScore> subdimensions, Map<Dimension, Double> dimensions, OptionalDouble overall) {

	public RespondentScores {
		items = Collections.unmodifiableMap(new LinkedHashMap<>(items));
		itemScales = Collections.unmodifiableMap(new LinkedHashMap<>(itemScales));
		items.forEach((id, score) -> checkScore(score, "item " + id));
		subdimensions = Collections.unmodifiableMap(new LinkedHashMap<>(subdimensions));
		subdimensions.values().forEach(Objects::requireNonNull);
		EnumMap<Dimension, Double> byDimension = new EnumMap<>(Dimension.class);
		byDimension.putAll(dimensions);
		byDimension.forEach((dimension, score) -> checkScore(score, "dimension " + dimension.code()));
		dimensions = Collections.unmodifiableMap(byDimension);
		Objects.requireNonNull(overall, "overall must be OptionalDouble.empty(), not null");
		overall.ifPresent((score) -> checkScore(score, "overall"));
	}

	/** The dimension's score, if it could be computed. */
	/**
	 * How many items of an item's sub-dimension this respondent answered: stored with
	 * each item score so Cronbach's alpha can pick the respondents who answered them all
	 * without re-reading answers.
	 */
	public int answeredInScaleOf(String itemId) {
		String scale = this.itemScales.get(itemId);
		ScaleScore score = (scale == null) ? null : this.subdimensions.get(scale);
		return (score == null) ? 0 : score.answered();
	}

	public OptionalDouble dimension(Dimension dimension) {
		Double score = this.dimensions.get(dimension);
		return (score != null) ? OptionalDouble.of(score) : OptionalDouble.empty();
	}

	/** The dimension's maturity band, if the dimension has a score. */
	public Optional<MaturityBand> band(Dimension dimension) {
		return Optional.ofNullable(this.dimensions.get(dimension)).map(MaturityBand::of);
	}

	/** The sub-dimension's maturity band, if it has a score. */
	public Optional<MaturityBand> subdimensionBand(String subdimension) {
		return Optional.ofNullable(this.subdimensions.get(subdimension)).map(ScaleScore::band);
	}

	/** The overall maturity band, if there is an overall score. */
	public Optional<MaturityBand> overallBand() {
		return this.overall.isPresent() ? Optional.of(MaturityBand.of(this.overall.getAsDouble())) : Optional.empty();
	}

	private static void checkScore(Double score, String what) {
		Objects.requireNonNull(score, what);
		if (score.isNaN() || score < 0 || score > 100) {
			throw new IllegalArgumentException(what + ": a score must be from 0 to 100, not " + score);
		}
	}

	/**
	 * A sub-dimension's score with the counts behind it, kept so that a reader can see
	 * how much of the scale a respondent answered.
	 *
	 * @param score mean of the answered item scores, 0–100
	 * @param answered how many of the shown items were answered 1–5
	 * @param items how many of the sub-dimension's scored items were shown to the
	 * respondent (hidden items are not counted)
	 */
	public record ScaleScore(double score, int answered, int items) {

		public ScaleScore {
			checkScore(score, "sub-dimension");
			if (answered < 1 || answered > items) {
				throw new IllegalArgumentException(
						"A sub-dimension score needs 1 to " + items + " answered items, not " + answered);
			}
		}

		public MaturityBand band() {
			return MaturityBand.of(this.score);
		}

	}

}
