package org.threefold.questionnaire;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Scores one respondent's answers to one questionnaire (docs/scoring.md, "Respondent
 * scores"; the formulas are MEASUREMENT.md's). Plain Java with no state beyond the
 * framework, so it is called once when a response is submitted and its result stored;
 * group statistics are then computed from the stored scores, never by re-reading answers.
 * <ol>
 * <li>Only likert items with a sub-dimension are scored ({@link Item#scored()}).</li>
 * <li>An answer v of 1–5 becomes (v − 1) / 4 × 100; a reverse-worded item uses 6 − v
 * first, so that a high score always means a stronger partnership.</li>
 * <li>"Not applicable", "don't know" and no answer are missing, never zero: a person who
 * cannot judge has not said things are bad.</li>
 * <li>An item hidden by show-if (through the whole chain,
 * {@link ShowIfRule#visibleWithChain}) does not count at all: the respondent was never
 * asked it, so it is neither an answer nor a gap.</li>
 * <li>A sub-dimension's score is the mean of its answered item scores, kept only when at
 * least half of its shown items were answered (exactly half is enough), as in readiness
 * instruments such as ORCA.</li>
 * <li>A dimension's score is the mean of its available sub-dimension scores, so each
 * sub-dimension weighs the same however many items it has.</li>
 * <li>The overall score is the mean of technology, relationships and enabling
 * environment, equally weighted ("three equally important aspects", 001 Key messages),
 * and only when all three have a score; change readiness is reported beside it.</li>
 * </ol>
 * Means are computed as exact fractions and turned into the nearest {@code double} only
 * at the end. Plain floating-point means of means are not exact: three sub-dimension
 * scores whose exact mean is 40 can come out as 39.99999999999999 and fall into band 2
 * while the screen shows "40". Exact arithmetic also makes the result independent of the
 * order in which scores are added.
 * <p>
 * Answers are expected in canonical form. An answer to a scored item that is not
 * {@code 1}–{@code 5}, or a "not applicable" or "don't know" the item does not offer, is
 * refused with an {@link IllegalArgumentException}: validation should have stopped it
 * when it was saved, and a score must never quietly rest on such data.
 */
public final class RespondentScorer {

	static final String NOT_APPLICABLE = "not-applicable";

	static final String DONT_KNOW = "dont-know";

	private final Framework framework;

	public RespondentScorer(Framework framework) {
		this.framework = Objects.requireNonNull(framework, "framework");
	}

	/**
	 * Scores one respondent.
	 * @param definition the questionnaire version the respondent answered
	 * @param answers canonical answers by item id; answers to items not in the
	 * questionnaire and to unscored items are ignored
	 * @return the respondent's scores
	 * @throws IllegalArgumentException when an answer to a scored item is not canonical,
	 * or when the questionnaire does not fit the framework (an unknown sub-dimension, or
	 * an item whose dimension disagrees with its sub-dimension's)
	 */
	public RespondentScores score(QuestionnaireDefinition definition, Map<String, String> answers) {
		Objects.requireNonNull(definition, "definition");
		Objects.requireNonNull(answers, "answers");
		Map<String, Double> items = new LinkedHashMap<>();
		Map<String, String> itemScales = new LinkedHashMap<>();
		Map<String, Scale> scales = new LinkedHashMap<>();
		for (Item item : definition.items().toList()) {
			if (!item.scored()) {
				continue;
			}
			SubDimension subdimension = subdimensionOf(definition, item);
			Integer value = likertValue(definition, item, answers.get(item.id()));
			if (!ShowIfRule.visibleWithChain(definition, item, answers)) {
				continue;
			}
			Scale scale = scales.computeIfAbsent(subdimension.id(), (id) -> new Scale(subdimension.dimension()));
			scale.shown++;
			if (value != null) {
				int itemScore = itemScore(value, ((ItemSpec.Likert) item.spec()).reverse());
				items.put(item.id(), (double) itemScore);
				itemScales.put(item.id(), item.subdimension());
				scale.answered++;
				scale.sum += itemScore;
			}
		}
		Map<String, RespondentScores.ScaleScore> subdimensions = new LinkedHashMap<>();
		Map<Dimension, List<Fraction>> subdimensionMeans = new EnumMap<>(Dimension.class);
		scales.forEach((id, scale) -> {
			// Exactly half is enough: 2 × answered ≥ shown, with no division to round.
			if (scale.answered > 0 && 2 * scale.answered >= scale.shown) {
				Fraction mean = new Fraction(BigInteger.valueOf(scale.sum), BigInteger.valueOf(scale.answered));
				subdimensions.put(id, new RespondentScores.ScaleScore(mean.toDouble(), scale.answered, scale.shown));
				subdimensionMeans.computeIfAbsent(scale.dimension, (dimension) -> new ArrayList<>()).add(mean);
			}
		});
		Map<Dimension, Double> dimensions = new EnumMap<>(Dimension.class);
		Map<Dimension, Fraction> exactDimensions = new EnumMap<>(Dimension.class);
		subdimensionMeans.forEach((dimension, means) -> {
			Fraction mean = Fraction.mean(means);
			exactDimensions.put(dimension, mean);
			dimensions.put(dimension, mean.toDouble());
		});
		return new RespondentScores(items, itemScales, subdimensions, dimensions, overall(exactDimensions));
	}

	/** (v − 1) / 4 × 100, which is (v − 1) × 25 and always a whole number. */
	static int itemScore(int value, boolean reverse) {
		int scored = reverse ? 6 - value : value;
		return (scored - 1) * 25;
	}

	private static OptionalDouble overall(Map<Dimension, Fraction> dimensions) {
		List<Fraction> parts = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			if (dimension.inOverall()) {
				Fraction score = dimensions.get(dimension);
				if (score == null) {
					return OptionalDouble.empty();
				}
				parts.add(score);
			}
		}
		return OptionalDouble.of(Fraction.mean(parts).toDouble());
	}

	private SubDimension subdimensionOf(QuestionnaireDefinition definition, Item item) {
		SubDimension subdimension = this.framework.subdimension(item.subdimension())
			.orElseThrow(() -> new IllegalArgumentException(describe(definition, item) + ": sub-dimension \""
					+ item.subdimension() + "\" is not in framework \"" + this.framework.id() + "\""));
		if (item.dimension() != null && item.dimension() != subdimension.dimension()) {
			throw new IllegalArgumentException(describe(definition, item) + ": sub-dimension \"" + subdimension.id()
					+ "\" belongs to " + subdimension.dimension().code() + ", not " + item.dimension().code());
		}
		return subdimension;
	}

	/** 1–5, or null when the answer is missing, "not applicable" or "don't know". */
	private static Integer likertValue(QuestionnaireDefinition definition, Item item, String answer) {
		ItemSpec.Likert likert = (ItemSpec.Likert) item.spec();
		if (answer == null) {
			return null;
		}
		if (answer.equals(NOT_APPLICABLE) && likert.notApplicable()) {
			return null;
		}
		if (answer.equals(DONT_KNOW) && likert.dontKnow()) {
			return null;
		}
		if (answer.length() == 1 && answer.charAt(0) >= '1' && answer.charAt(0) <= '5') {
			return answer.charAt(0) - '0';
		}
		throw new IllegalArgumentException(describe(definition, item) + ": answer \"" + answer
				+ "\" is not a likert answer; expected 1 to 5" + (likert.notApplicable() ? ", " + NOT_APPLICABLE : "")
				+ (likert.dontKnow() ? ", " + DONT_KNOW : ""));
	}

	private static String describe(QuestionnaireDefinition definition, Item item) {
		return "Questionnaire \"" + definition.id() + "\", item \"" + item.id() + "\" (line " + item.line() + ")";
	}

	/** The running totals of one sub-dimension while its items are read. */
	private static final class Scale {

		private final Dimension dimension;

		private int shown;

		private int answered;

		private long sum;

		Scale(Dimension dimension) {
			this.dimension = dimension;
		}

	}

	/**
	 * An exact non-negative fraction, for means of means that land exactly on band
	 * boundaries.
	 */
	private record Fraction(BigInteger numerator, BigInteger denominator) {

		static Fraction mean(List<Fraction> parts) {
			Fraction sum = new Fraction(BigInteger.ZERO, BigInteger.ONE);
			for (Fraction part : parts) {
				sum = sum.plus(part);
			}
			return new Fraction(sum.numerator, sum.denominator.multiply(BigInteger.valueOf(parts.size())));
		}

		Fraction plus(Fraction other) {
			BigInteger numerator = this.numerator.multiply(other.denominator)
				.add(other.numerator.multiply(this.denominator));
			BigInteger denominator = this.denominator.multiply(other.denominator);
			BigInteger divisor = numerator.gcd(denominator);
			return new Fraction(numerator.divide(divisor), denominator.divide(divisor));
		}

		/**
		 * The nearest double: a whole number such as 40 stays exactly 40, so it is banded
		 * correctly.
		 */
		double toDouble() {
			return new BigDecimal(this.numerator).divide(new BigDecimal(this.denominator), MathContext.DECIMAL128)
				.doubleValue();
		}

	}

}
