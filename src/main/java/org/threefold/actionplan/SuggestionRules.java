package org.threefold.actionplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.threefold.questionnaire.ActionLibrary;
import org.threefold.questionnaire.RecommendedAction;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.Scale;
import org.threefold.scoring.Statistic;

/**
 * Which sub-dimensions are weak, and which library actions to suggest for them. Only
 * shown (unsuppressed) cells are ever used, so a suggestion cannot reveal a withheld
 * score. Three rules, in this order (a library action suggested by an earlier rule is not
 * repeated by a later one):
 * <ol>
 * <li><b>Lowest band</b>: every sub-dimension whose whole-partnership score is in band 1
 * or 2; when none is, the {@value #LOWEST_WHEN_NONE_WEAK} lowest.</li>
 * <li><b>Widest gap</b>: the {@value #MOST_GAPS} sub-dimensions where the highest and
 * lowest shown partner scores are furthest apart, if at least {@value #GAP_POINTS}
 * points; actions are chosen by the lowest partner's band.</li>
 * <li><b>Most disputed</b>: the {@value #MOST_DISPUTED} sub-dimensions with the lowest
 * within-group agreement (r<sub>wg</sub>) across the partnership, if below
 * {@value #DISPUTED_BELOW}.</li>
 * </ol>
 * Actions come from the library for the sub-dimension and band; national actions are kept
 * and marked, so the plan can show them as "escalate or influence".
 */
public final class SuggestionRules {

	static final int LOWEST_WHEN_NONE_WEAK = 2;

	static final int MOST_GAPS = 3;

	static final double GAP_POINTS = 20;

	static final int MOST_DISPUTED = 3;

	static final double DISPUTED_BELOW = 0.5;

	private SuggestionRules() {
	}

	public static List<Suggestion> suggest(AssessmentResults results, ActionLibrary library) {
		Map<String, Suggestion> suggestions = new LinkedHashMap<>();
		List<Scale> subdimensions = results.scales(Scale.Kind.SUBDIMENSION);
		// Lowest band.
		List<Scale> shown = subdimensions.stream().filter((s) -> stat(results.ics(), s) != null).toList();
		List<Scale> weak = shown.stream()
			.filter((s) -> stat(results.ics(), s).band().number() <= 2)
			.sorted(Comparator.comparingDouble((Scale s) -> stat(results.ics(), s).mean()))
			.toList();
		if (weak.isEmpty()) {
			weak = shown.stream()
				.sorted(Comparator.comparingDouble((Scale s) -> stat(results.ics(), s).mean()))
				.limit(LOWEST_WHEN_NONE_WEAK)
				.toList();
		}
		for (Scale scale : weak) {
			Statistic stat = stat(results.ics(), scale);
			add(suggestions, library, scale, Trigger.LOWEST_BAND, stat,
					"Whole partnership " + whole(stat.mean()) + " (" + band(stat) + ", n " + stat.n() + ")");
		}
		// Widest gap between partners.
		record Gap(Scale scale, GroupResult low, Statistic lowStat, GroupResult high, Statistic highStat) {
			double width() {
				return this.highStat.mean() - this.lowStat.mean();
			}
		}
		List<Gap> gaps = new ArrayList<>();
		for (Scale scale : subdimensions) {
			GroupResult low = null;
			GroupResult high = null;
			for (GroupResult partner : results.groups(Grouping.PARTNER)) {
				Statistic stat = stat(partner, scale);
				if (stat == null) {
					continue;
				}
				if (low == null || stat.mean() < stat(low, scale).mean()) {
					low = partner;
				}
				if (high == null || stat.mean() > stat(high, scale).mean()) {
					high = partner;
				}
			}
			if (low != null && high != low) {
				Gap gap = new Gap(scale, low, stat(low, scale), high, stat(high, scale));
				if (gap.width() >= GAP_POINTS) {
					gaps.add(gap);
				}
			}
		}
		gaps.sort(Comparator.comparingDouble((Gap g) -> -g.width()));
		for (Gap gap : gaps.stream().limit(MOST_GAPS).toList()) {
			add(suggestions, library, gap.scale(), Trigger.WIDEST_GAP, gap.lowStat(),
					"Partners range from " + whole(gap.lowStat().mean()) + " (" + gap.low().label() + ", "
							+ band(gap.lowStat()) + ", n " + gap.lowStat().n() + ") to " + whole(gap.highStat().mean())
							+ " (" + gap.high().label() + ", n " + gap.highStat().n() + "): " + whole(gap.width())
							+ " points apart");
		}
		// Most disputed.
		shown.stream()
			.filter((s) -> !Double.isNaN(stat(results.ics(), s).agreement())
					&& stat(results.ics(), s).agreement() < DISPUTED_BELOW)
			.sorted(Comparator.comparingDouble((Scale s) -> stat(results.ics(), s).agreement()))
			.limit(MOST_DISPUTED)
			.forEach((scale) -> {
				Statistic stat = stat(results.ics(), scale);
				add(suggestions, library, scale, Trigger.MOST_DISPUTED, stat,
						"Answers disagree: agreement " + String.format(Locale.UK, "%.2f", stat.agreement())
								+ " (0.7 or more reads as agreement); whole partnership " + whole(stat.mean()) + " ("
								+ band(stat) + ", n " + stat.n() + ")");
			});
		return List.copyOf(suggestions.values());
	}

	private static void add(Map<String, Suggestion> suggestions, ActionLibrary library, Scale scale, Trigger trigger,
			Statistic stat, String evidence) {
		int band = stat.band().number();
		for (RecommendedAction action : library.forSubdimension(scale.id(), band)) {
			suggestions.putIfAbsent(action.id(),
					new Suggestion(action, trigger, scale.id(), scale.label(), stat.mean(), band, stat.n(), evidence));
		}
	}

	private static Statistic stat(GroupResult group, Scale scale) {
		return (group.cell(scale) instanceof Cell.Shown shown) ? shown.statistic() : null;
	}

	private static String whole(double value) {
		return Long.toString(Math.round(value));
	}

	private static String band(Statistic stat) {
		return "band " + stat.band().number() + " of 5";
	}

}
