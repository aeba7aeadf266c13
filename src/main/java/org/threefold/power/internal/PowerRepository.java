package org.threefold.power.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import org.threefold.power.PowerCalculator;
import org.threefold.scoring.Moments;

/**
 * The one query behind the power maps. It reads {@code answer_tally}, which the
 * assessment module keeps at submission (count, sum and sum of squares of the per-partner
 * answers by assessment, rater partner, question and rated partner; "don't know" and "not
 * applicable" left out), as the scoring module reads {@code respondent_score}: a few
 * thousand rows per assessment through its primary key, whatever the number of
 * respondents, and still there once raw answers have been deleted by retention. Nothing
 * is loaded per answer or per respondent.
 */
@Repository
public class PowerRepository {

	private final JdbcTemplate jdbc;

	PowerRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Count, sum and sum of squares of the raw answers of one group. */
	public record Sums(long rater, String itemId, long rated, long n, long sum, long squares) {
	}

	public List<Sums> sums(long assessmentId, Collection<String> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		String sql = "select partner_id, item_id, sub_key, answers, total, squares "
				+ "from answer_tally where assessment_id = ? and item_id in ("
				+ String.join(", ", items.stream().map((v) -> "?").toList()) + ")";
		List<Object> args = new ArrayList<>();
		args.add(assessmentId);
		args.addAll(items);
		return this.jdbc.query(sql, (row, i) -> new Sums(row.getLong(1), row.getString(2),
				Long.parseLong(row.getString(3)), row.getLong(4), row.getLong(5), row.getLong(6)), args.toArray());
	}

	/**
	 * Partner-matrix answers v of 1 to 5 as 0–100 scores, (v − 1) × 25.
	 * @param measures item id to measure code
	 */
	public static List<PowerCalculator.Rating> matrix(List<Sums> sums, Map<String, String> measures) {
		List<PowerCalculator.Rating> ratings = new ArrayList<>();
		for (Sums s : sums) {
			String measure = measures.get(s.itemId());
			if (measure != null) {
				// score = 25 (v − 1): Σscore = 25 (Σv − n), Σscore² = 625 (Σv² − 2Σv + n)
				ratings.add(new PowerCalculator.Rating(s.rater(), measure, s.rated(),
						new Moments(s.n(), 25.0 * (s.sum() - s.n()), 625.0 * (s.squares() - 2 * s.sum() + s.n()))));
			}
		}
		return ratings;
	}

	/**
	 * Allocations in points. A rater who shared out points but gave a partner none counts
	 * as 0 for it, so n is every rater of the rater partner who answered the question:
	 * the points they gave add up to that many times the item's total, which submission
	 * enforces.
	 * @param measures item id to measure code
	 * @param totals item id to the points each person shares out
	 * @param partners every partner taking part, so that partners given nothing still get
	 * their zeros
	 */
	public static List<PowerCalculator.Rating> allocations(List<Sums> sums, Map<String, String> measures,
			Map<String, Integer> totals, Collection<Long> partners) {
		Map<String, long[]> raters = new HashMap<>();
		Map<String, Sums> byKey = new HashMap<>();
		for (Sums s : sums) {
			if (measures.containsKey(s.itemId())) {
				raters.computeIfAbsent(s.rater() + "|" + s.itemId(), (k) -> new long[1])[0] += s.sum();
				byKey.put(s.rater() + "|" + s.itemId() + "|" + s.rated(), s);
			}
		}
		List<PowerCalculator.Rating> ratings = new ArrayList<>();
		raters.forEach((key, points) -> {
			String[] parts = key.split("\\|", 2);
			long n = Math.round((double) points[0] / totals.get(parts[1]));
			for (long rated : partners) {
				Sums s = byKey.get(key + "|" + rated);
				ratings.add(new PowerCalculator.Rating(Long.parseLong(parts[0]), measures.get(parts[1]), rated,
						new Moments(n, (s == null) ? 0 : s.sum(), (s == null) ? 0 : s.squares())));
			}
		});
		return ratings;
	}

}
