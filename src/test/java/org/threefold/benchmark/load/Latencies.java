package org.threefold.benchmark.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Round-trip times by request kind, from many virtual respondents at once; percentiles by
 * nearest rank, in milliseconds.
 */
final class Latencies implements RespondentJourney.Timings {

	private final Map<String, Series> series = new ConcurrentHashMap<>();

	@Override
	public void record(String kind, long nanos) {
		this.series.computeIfAbsent(kind, (name) -> new Series()).add(nanos);
	}

	int count(String kind) {
		Series found = this.series.get(kind);
		return (found == null) ? 0 : found.count();
	}

	/** In milliseconds; NaN when nothing of that kind was recorded. */
	double percentile(String kind, double p) {
		Series found = this.series.get(kind);
		return (found == null) ? Double.NaN : found.percentile(p);
	}

	Map<String, Integer> counts() {
		Map<String, Integer> counts = new TreeMap<>();
		this.series.forEach((kind, values) -> counts.put(kind, values.count()));
		return counts;
	}

	private static final class Series {

		private long[] values = new long[4096];

		private int count;

		synchronized void add(long nanos) {
			if (this.count == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.values.length * 2);
			}
			this.values[this.count++] = nanos;
		}

		synchronized int count() {
			return this.count;
		}

		synchronized double percentile(double p) {
			if (this.count == 0) {
				return Double.NaN;
			}
			long[] sorted = Arrays.copyOf(this.values, this.count);
			Arrays.sort(sorted);
			int rank = (int) Math.ceil(p / 100 * sorted.length);
			return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
		}

	}

}
