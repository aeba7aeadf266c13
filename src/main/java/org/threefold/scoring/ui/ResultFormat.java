package org.threefold.scoring.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.threefold.questionnaire.MaturityBand;
import org.threefold.questionnaire.SubDimension;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.Change;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.ItemResults;
import org.threefold.scoring.PerceptionGap;
import org.threefold.scoring.Reliability;
import org.threefold.scoring.Scale;
import org.threefold.scoring.Statistic;

/**
 * Results in words and numbers for the screens: the same rounding as the charts (whole
 * numbers for scores, half up), two decimals for agreement and alpha, UK number format,
 * and a reason wherever a value is withheld, never a blank. Plain Java, so every phrase
 * is tested without a browser; the views only lay these strings out.
 */
public final class ResultFormat {

	/**
	 * The separator between the parts of a summary, read by screen readers as a pause.
	 */
	static final String DOT = " \u00b7 ";

	private static final String[] DIMENSION_READINGS = {
			"Very weak: little of this is in place across the partnership yet.",
			"Weak: some of this is in place, but it is patchy and depends on particular people.",
			"Mixed: in place in parts of the partnership, but not yet the usual way of working.",
			"Strong: mostly in place across the partnership, with some gaps.",
			"Very strong: in place across the partnership and part of normal working." };

	private final int threshold;

	/**
	 * @param threshold the assessment's anonymity threshold, for "fewer than 5 responses"
	 */
	public ResultFormat(int threshold) {
		this.threshold = threshold;
	}

	/** A score as a whole number, rounded half up like the charts: 62.5 reads "63". */
	public String score(double mean) {
		return Long.toString(Math.round(mean));
	}

	/** "62 (band 4)", with the band of the unrounded score. */
	public String scoreAndBand(Statistic statistic) {
		return score(statistic.mean()) + " (band " + statistic.band().number() + ")";
	}

	/** "62 (band 4) · n 140 · 95% CI 59–65", or why there is no number. */
	public String summary(Cell cell) {
		return switch (cell) {
			case Cell.Shown shown -> scoreAndBand(shown.statistic()) + DOT + "n " + count(shown.statistic().n()) + DOT
					+ "95% CI " + interval(shown.statistic());
			case Cell.Withheld withheld -> withheld(withheld);
			case Cell.Empty empty -> "No responses";
		};
	}

	/** Just the score, or why there is none: for grids with many columns. */
	public String cellText(Cell cell) {
		return switch (cell) {
			case Cell.Shown shown -> score(shown.statistic().mean());
			case Cell.Withheld withheld -> withheld(withheld);
			case Cell.Empty empty -> "No responses";
		};
	}

	public String withheld(Cell.Withheld withheld) {
		return switch (withheld.reason()) {
			case TOO_FEW -> "Withheld: fewer than " + this.threshold + " responses";
			case PROTECTS_ANOTHER -> "Withheld to protect another group";
		};
	}

	/** "59–65"; the interval of a single response spans the whole scale and says so. */
	public String interval(Statistic statistic) {
		if (statistic.n() < 2) {
			return "not available for one response";
		}
		return score(statistic.ciLow()) + "\u2013" + score(statistic.ciHigh());
	}

	/** UK grouping: "1,234". */
	public String count(long n) {
		return NumberFormat.getIntegerInstance(Locale.UK).format(n);
	}

	/** Two decimals, UK format: "0.72". */
	public String twoDecimals(double value) {
		NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/**
	 * "0.72: people largely agree", with the conventional reading at 0.7
	 * (MEASUREMENT.md).
	 */
	public String agreement(Cell cell) {
		if (!(cell instanceof Cell.Shown shown)) {
			return (cell instanceof Cell.Withheld withheld) ? withheld(withheld) : "No responses";
		}
		if (Double.isNaN(shown.statistic().agreement())) {
			return "Not available for one response";
		}
		double agreement = twoPlaces(shown.statistic().agreement());
		String reading = (agreement >= 0.7) ? "people largely agree"
				: (agreement >= 0.5) ? "views vary" : "views differ widely";
		return twoDecimals(agreement) + ": " + reading;
	}

	/** Cronbach's alpha with its usual reading: 0.7 or more is acceptable. */
	public String alpha(Reliability reliability) {
		if (Double.isNaN(reliability.alpha())) {
			return (reliability.items() < 2) ? "Not calculated: one question"
					: "Not calculated: fewer than " + this.threshold + " people answered every question";
		}
		double alpha = twoPlaces(reliability.alpha());
		return twoDecimals(alpha) + ": " + alphaReading(alpha);
	}

	/**
	 * Rounded as shown, so that the reading matches the number: an alpha of 0.6965 shows
	 * as "0.70" and reads as acceptable, never "0.70: questionable".
	 */
	private static double twoPlaces(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
	}

	private static String alphaReading(double alpha) {
		if (alpha >= 0.9) {
			return "excellent";
		}
		if (alpha >= 0.8) {
			return "good";
		}
		if (alpha >= 0.7) {
			return "acceptable";
		}
		return (alpha >= 0.6) ? "questionable: read this score with care"
				: "low: the questions may not measure one thing";
	}

	/** A short reading of a dimension's band, the same for every dimension. */
	public String dimensionReading(MaturityBand band) {
		return DIMENSION_READINGS[band.number() - 1];
	}

	/** A reading of a sub-dimension's band from the framework's two ends of its scale. */
	public String subdimensionReading(MaturityBand band, SubDimension subdimension) {
		return switch (band.number()) {
			case 1 -> "At the weak end of the scale: " + subdimension.low();
			case 2 -> "Nearer the weak end of the scale: " + subdimension.low();
			case 4 -> "Nearer the strong end of the scale: " + subdimension.high();
			case 5 -> "At the strong end of the scale: " + subdimension.high();
			default -> "Midway between the weak end (" + subdimension.low() + ") and the strong end ("
					+ subdimension.high() + ")";
		};
	}

	/**
	 * "Relationships is the weakest dimension at 48 (band 3)." Named only when all three
	 * dimensions are shown: a withheld one might be the weakest.
	 */
	public String weakestDimension(AssessmentResults results, GroupResult group) {
		List<Scale> three = results.scales(Scale.Kind.DIMENSION)
			.stream()
			.filter((scale) -> scale.dimension() != null && scale.dimension().inOverall())
			.toList();
		List<String> notShown = three.stream().filter((scale) -> !group.cell(scale).shown()).map(Scale::label).toList();
		if (three.isEmpty()) {
			return "There are no dimension scores yet.";
		}
		if (!notShown.isEmpty()) {
			return "The weakest dimension cannot be named because " + list(notShown) + " "
					+ ((notShown.size() == 1) ? "has" : "have") + " no score that can be shown.";
		}
		Scale weakest = three.stream()
			.min(Comparator.comparingDouble((Scale scale) -> mean(group.cell(scale))))
			.orElseThrow();
		return weakest.label() + " is the weakest dimension at "
				+ scoreAndBand(((Cell.Shown) group.cell(weakest)).statistic()) + ".";
	}

	/** "12 of 15 partners have enough responses to be included." */
	public String partnerMix(long included, long leftOut) {
		long all = included + leftOut;
		String sentence = included + " of " + all + ((all == 1) ? " partner has" : " partners have")
				+ " enough responses to be included.";
		if (leftOut > 0) {
			sentence += " The " + ((leftOut == 1) ? "other is" : leftOut + " others are")
					+ " left out, so their scores cannot be worked back from the average.";
		}
		return sentence;
	}

	/**
	 * For a partner lead, who sees only their own row: how many partners were left out.
	 */
	public String partnersLeftOut(long leftOut) {
		return (leftOut == 0) ? "Every partner with responses is included."
				: leftOut + ((leftOut == 1) ? " partner is" : " partners are")
						+ " left out for having too few responses to show.";
	}

	/** The partnership's score counting each organisation once, or why there is none. */
	public String partnerWeighted(AssessmentResults results, Scale scale) {
		Double mean = results.partnerWeighted().get(scale.key());
		if (mean == null) {
			return "Not available: no partner has enough responses";
		}
		return score(mean) + " (band " + MaturityBand.of(Math.max(0, Math.min(100, mean))).number() + ")";
	}

	/**
	 * One line per overall score and dimension: the partnership respondent-weighted and
	 * partner-weighted, an optional group beside it, agreement and what the band means.
	 */
	public List<ScoreRow> overviewRows(AssessmentResults results, Optional<GroupResult> beside) {
		List<ScoreRow> rows = new ArrayList<>();
		for (Scale scale : headlineScales(results)) {
			Cell cell = results.ics().cell(scale);
			String reading = (cell instanceof Cell.Shown shown) ? dimensionReading(shown.statistic().band())
					: "No reading without a score.";
			rows.add(new ScoreRow(scale.label(), summary(cell), partnerWeighted(results, scale),
					beside.map((group) -> summary(group.cell(scale))).orElse(""), agreement(cell), reading));
		}
		return rows;
	}

	/**
	 * The overall score, then each dimension, change readiness last, as the framework
	 * orders them.
	 */
	public static List<Scale> headlineScales(AssessmentResults results) {
		List<Scale> scales = new ArrayList<>(results.scales(Scale.Kind.OVERALL));
		scales.addAll(results.scales(Scale.Kind.DIMENSION));
		return scales;
	}

	public GapRow gapRow(PerceptionGap gap) {
		String verdict;
		if (!(gap.first() instanceof Cell.Shown) || !(gap.second() instanceof Cell.Shown)) {
			verdict = "Cannot be compared: one of the two groups has no score that can be shown";
		}
		else {
			double difference = gap.difference();
			String size = (Math.round(Math.abs(difference)) == 0) ? "The same score" : gap.firstLabel() + " "
					+ points(Math.abs(difference)) + " " + ((difference > 0) ? "higher" : "lower");
			verdict = size
					+ (gap.clear() ? ": a clear difference" : ": not a clear difference (the intervals overlap)");
		}
		return new GapRow(gap.comparison(), gap.scale().label(), gap.firstLabel(), summary(gap.first()),
				gap.secondLabel(), summary(gap.second()), verdict, gap.clear());
	}

	public ChangeRow changeRow(Change change) {
		String verdict;
		if (!(change.previous() instanceof Cell.Shown) || !(change.current() instanceof Cell.Shown)) {
			verdict = "Cannot be compared: a score is not available in both assessments";
		}
		else {
			double difference = change.difference();
			String size = (Math.round(Math.abs(difference)) == 0) ? "No change in the rounded score"
					: points(Math.abs(difference)) + " " + ((difference > 0) ? "higher" : "lower");
			verdict = size + (change.clear() ? ": a clear change" : ": not a clear change (the intervals overlap)");
		}
		return new ChangeRow(change.scale().label(), summary(change.previous()), summary(change.current()), verdict,
				change.clear());
	}

	public ReliabilityRow reliabilityRow(Reliability reliability) {
		return new ReliabilityRow(reliability.questionnaireTitle(),
				reliability.scale().id() + " " + reliability.scale().label(), count(reliability.items()),
				(reliability.respondents() == 0) ? "Fewer than " + this.threshold : count(reliability.respondents()),
				alpha(reliability));
	}

	/**
	 * Respondents per band as counts with shares, for the table under the distribution
	 * chart.
	 */
	public DistributionRow distributionRow(Scale scale, long[] perBand) {
		long total = 0;
		for (long n : perBand) {
			total += n;
		}
		List<String> bands = new ArrayList<>();
		for (long n : perBand) {
			bands.add((total == 0) ? "0" : count(n) + " (" + Math.round(100.0 * n / total) + "%)");
		}
		return new DistributionRow(scale.label(), bands, count(total));
	}

	public ItemRow itemRow(ItemResults.ItemRow item) {
		List<String> partners = item.partners()
			.stream()
			.map((partner) -> partner.label() + ": " + summary(partner.cell(item.item())))
			.toList();
		return new ItemRow(item.item().label(), "From " + item.questionnaireTitle(),
				item.reverse() ? "Reverse-scored: agreeing with this statement lowers the score" : "",
				"Whole partnership: " + summary(item.ics().cell(item.item())), partners);
	}

	private static String points(double difference) {
		long rounded = Math.round(difference);
		return rounded + ((rounded == 1) ? " point" : " points");
	}

	private static double mean(Cell cell) {
		return ((Cell.Shown) cell).statistic().mean();
	}

	static String list(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	/** A line of the overview table; {@code beside} is empty when nothing is compared. */
	public record ScoreRow(String scale, String partnership, String partnerWeighted, String beside, String agreement,
			String reading) {
	}

	public record GapRow(String comparison, String scale, String firstLabel, String first, String secondLabel,
			String second, String verdict, boolean clear) {
	}

	public record ChangeRow(String scale, String previous, String current, String verdict, boolean clear) {
	}

	public record ReliabilityRow(String questionnaire, String subdimension, String items, String respondents,
			String alpha) {
	}

	/**
	 * @param bands five entries, band 1 first, e.g. "22 (16%)"
	 */
	public record DistributionRow(String scale, List<String> bands, String total) {
	}

	public record ItemRow(String question, String source, String reverse, String partnership, List<String> partners) {
	}

}
