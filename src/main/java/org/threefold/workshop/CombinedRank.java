package org.threefold.workshop;

/**
 * One theme in the plenary's combined ranking.
 *
 * @param place 1 for the most important; tied themes share a place
 * @param theme the theme
 * @param points Borda points: a theme ranked first of n gets n-1 points from that group,
 * the last gets 0
 * @param meanRank the mean of the places groups gave it (1 = first)
 * @param bestRank the best place any group gave it
 * @param worstRank the worst place any group gave it
 * @param spread the standard deviation of the places, the spread of opinion (0 = all
 * groups agreed)
 * @param groups how many group rankings were combined
 */
public record CombinedRank(int place, String theme, int points, double meanRank, int bestRank, int worstRank,
		double spread, int groups) {

	/** Whether groups disagreed widely: places at least half the list apart. */
	public boolean disputed(int themes) {
		return themes > 2 && (this.worstRank - this.bestRank) * 2 >= themes;
	}

}
