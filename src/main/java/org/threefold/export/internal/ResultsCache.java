package org.threefold.export.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import org.threefold.assessment.AssessmentDetail;
import org.threefold.scoring.AssessmentResults;
import org.threefold.security.Role;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;

/**
 * Suppressed results kept for a short while, so that a board report, a workbook and a CSV
 * asked for together (as a board pack is) compute them once. The key is everything the
 * results depend on that can change between two files: the caller's ICS, role and
 * organisation (a partner lead sees different rows), the assessment's details (title,
 * dates, thresholds, partners) and its number of submitted responses. What the key cannot
 * see (a rescoring, a renamed partner) shows within {@link #KEEP}, after which the
 * results are computed afresh.
 */
@Component
public class ResultsCache {

	/**
	 * How long results are reused (measured on the monotonic clock, not the wall clock).
	 */
	static final Duration KEEP = Duration.ofMinutes(2);

	static final int KEPT = 8;

	private final Map<Key, Kept> kept = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, Kept> eldest) {
			return size() > KEPT;
		}

	};

	/**
	 * The results for this key, computed by {@code compute} unless computed for the same
	 * key within {@link #KEEP}.
	 */
	public AssessmentResults results(Key key, Supplier<AssessmentResults> compute) {
		long now = System.nanoTime();
		synchronized (this.kept) {
			this.kept.values().removeIf((entry) -> now - entry.expires() > 0);
			Kept entry = this.kept.get(key);
			if (entry != null) {
				return entry.results();
			}
		}
		AssessmentResults results = compute.get();
		synchronized (this.kept) {
			this.kept.put(key, new Kept(results, now + KEEP.toNanos()));
		}
		return results;
	}

	/**
	 * What suppressed results depend on.
	 *
	 * @param ics the caller's ICS
	 * @param role the caller's role
	 * @param partner the caller's organisation, for partner leads
	 * @param assessment the assessment's details as read for this export
	 * @param submitted how many responses have been submitted
	 */
	public record Key(IcsId ics, Role role, Optional<PartnerId> partner, AssessmentDetail assessment, long submitted) {
	}

	private record Kept(AssessmentResults results, long expires) {
	}

	/** Forgets everything kept (for benchmarks measuring a first export). */
	public void clear() {
		synchronized (this.kept) {
			this.kept.clear();
		}
	}

}
