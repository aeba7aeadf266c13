package org.threefold.workshop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Combines the groups' rankings of the themes by Borda count (GD-45): in a list of n
 * themes a group's first choice earns n-1 points and its last 0. Ties in points are
 * broken by the mean place and then share a place. The spread of places shows where
 * groups disagreed, which the plenary should discuss rather than hide behind an average.
 */
public final class RankingAggregation {

	private RankingAggregation() {
	}

	/**
	 * @param themes every theme that was ranked
	 * @param rankings each group's full order of those themes
	 * @return the themes, most important first
	 * @throws IllegalArgumentException if a ranking is not an order of exactly the themes
	 */
	public static List<CombinedRank> combine(List<String> themes, List<List<String>> rankings) {
		for (List<String> ranking : rankings) {
			if (ranking.size() != themes.size() || !new HashSet<>(ranking).equals(new HashSet<>(themes))) {
				throw new IllegalArgumentException("A ranking must order exactly the themes: " + ranking);
			}
		}
		int n = themes.size();
		record Tally(String theme, int points, double mean, int best, int worst, double spread) {
		}
		List<Tally> tallies = new ArrayList<>();
		for (String theme : themes) {
			int points = 0;
			int best = Integer.MAX_VALUE;
			int worst = 0;
			double sum = 0;
			double squares = 0;
			for (List<String> ranking : rankings) {
				int place = ranking.indexOf(theme) + 1;
				points += n - place;
				best = Math.min(best, place);
				worst = Math.max(worst, place);
				sum += place;
				squares += (double) place * place;
			}
			int groups = rankings.size();
			double mean = (groups == 0) ? Double.NaN : sum / groups;
			double spread = (groups == 0) ? Double.NaN : Math.sqrt(Math.max(0, squares / groups - mean * mean));
			tallies.add(new Tally(theme, points, mean, (groups == 0) ? 0 : best, worst, spread));
		}
		tallies.sort(Comparator.comparingInt(Tally::points)
			.reversed()
			.thenComparingDouble(Tally::mean)
			.thenComparing(Tally::theme));
		List<CombinedRank> combined = new ArrayList<>();
		for (int i = 0; i < tallies.size(); i++) {
			Tally tally = tallies.get(i);
			int place = i + 1;
			if (i > 0) {
				Tally before = tallies.get(i - 1);
				if (before.points() == tally.points() && Double.compare(before.mean(), tally.mean()) == 0) {
					place = combined.get(i - 1).place();
				}
			}
			combined.add(new CombinedRank(place, tally.theme(), tally.points(), tally.mean(), tally.best(),
					tally.worst(), tally.spread(), rankings.size()));
		}
		return combined;
	}

	/** Convenience for a map of group number to ranking. */
	public static List<CombinedRank> combine(List<String> themes, Map<Integer, List<String>> rankings) {
		return combine(themes, List.copyOf(rankings.values()));
	}

}
