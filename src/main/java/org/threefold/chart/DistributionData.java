package org.threefold.chart;

import java.util.List;

/**
 * How many respondents fall in each maturity band, for a few scales.
 *
 * @param bars one per scale, e.g. the overall score and each dimension
 */
public record DistributionData(String title, List<Bar> bars) {

	public DistributionData {
		bars = List.copyOf(bars);
		if (bars.isEmpty()) {
			throw new IllegalArgumentException("A distribution needs at least one scale");
		}
	}

	/**
	 * @param respondents per band, band 1 first: five counts
	 */
	public record Bar(String label, List<Long> respondents) {

		public Bar {
			respondents = List.copyOf(respondents);
			if (respondents.size() != 5 || respondents.stream().anyMatch((n) -> n < 0)) {
				throw new IllegalArgumentException("A distribution has five counts of zero or more, one per band");
			}
		}

		public long total() {
			return this.respondents.stream().mapToLong(Long::longValue).sum();
		}

	}

}
