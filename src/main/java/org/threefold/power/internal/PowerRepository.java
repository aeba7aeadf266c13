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
 * The two aggregate queries behind the power maps. They read the assessment module's
 * {@code answer} and {@code response} tables in SQL, as the scoring module reads
 * {@code respondent_score}: one {@code GROUP BY} rater partner × question × rated partner
 * each, so that no answer is loaded into memory. Only submitted responses count.
 */
@Repository
public class PowerRepository {

	private final JdbcTemplate jdbc;

	PowerRepository(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Partner-matrix ratings as 0–100 scores ((v − 1) × 25 for an answer v of 1 to 5);
	 * "not applicable" and "don't know" are left out, as everywhere else.
	 * @param measures item id to measure code
	 */
	public List<PowerCalculator.Rating> matrix(long assessmentId, Map<String, String> measures) {
		if (measures.isEmpty()) {
			return List.of();
		}
		String sql = "select r.partner_id, a.item_id, a.sub_key, count(*), sum(cast(a.answer_value as integer)), "
				+ "sum(cast(a.answer_value as integer) * cast(a.answer_value as integer)) "
				+ "from answer a join response r on r.id = a.response_id "
				+ "where r.assessment_id = ? and r.status = 'SUBMITTED' and a.item_id in (" + marks(measures.keySet())
				+ ") and a.answer_value in ('1', '2', '3', '4', '5') group by r.partner_id, a.item_id, a.sub_key";
		List<Object> args = new ArrayList<>();
		args.add(assessmentId);
		args.addAll(measures.keySet());
		return this.jdbc.query(sql, (row, i) -> {
			long n = row.getLong(4);
			double sum = row.getLong(5);
			double squares = row.getLong(6);
			// score = 25 (v − 1): Σscore = 25 (Σv − n), Σscore² = 625 (Σv² − 2Σv + n)
			Moments moments = new Moments(n, 25 * (sum - n), 625 * (squares - 2 * sum + n));
			return new PowerCalculator.Rating(row.getLong(1), measures.get(row.getString(2)),
					Long.parseLong(row.getString(3)), moments);
		}, args.toArray());
	}

	/**
	 * Allocations in points out of 100. A rater who shared out points but gave a partner
	 * none counts as 0 for it, so n is every rater of the rater partner who answered the
	 * question, from a second, much smaller count.
	 * @param measures item id to measure code
	 * @param partners ids of every partner taking part, so that partners given nothing
	 * still get their zeros
	 */
	public List<PowerCalculator.Rating> allocations(long assessmentId, Map<String, String> measures,
			Collection<Long> partners) {
		if (measures.isEmpty()) {
			return List.of();
		}
		List<Object> args = new ArrayList<>();
		args.add(assessmentId);
		args.addAll(measures.keySet());
		String from = "from answer a join response r on r.id = a.response_id "
				+ "where r.assessment_id = ? and r.status = 'SUBMITTED' and a.item_id in (" + marks(measures.keySet())
				+ ")";
		Map<String, Long> raters = new HashMap<>();
		this.jdbc.query(
				"select r.partner_id, a.item_id, count(distinct r.id) " + from + " group by r.partner_id, a.item_id",
				(row) -> {
					raters.put(row.getLong(1) + "|" + row.getString(2), row.getLong(3));
				}, args.toArray());
		Map<String, double[]> sums = new HashMap<>();
		this.jdbc.query("select r.partner_id, a.item_id, a.sub_key, sum(cast(a.answer_value as integer)), "
				+ "sum(cast(a.answer_value as integer) * cast(a.answer_value as integer)) " + from
				+ " group by r.partner_id, a.item_id, a.sub_key", (row) -> {
					sums.put(row.getLong(1) + "|" + row.getString(2) + "|" + row.getString(3),
							new double[] { row.getLong(4), row.getLong(5) });
				}, args.toArray());
		List<PowerCalculator.Rating> ratings = new ArrayList<>();
		raters.forEach((key, n) -> {
			String[] parts = key.split("\\|", 2);
			for (long rated : partners) {
				double[] sum = sums.getOrDefault(key + "|" + rated, new double[2]);
				ratings.add(new PowerCalculator.Rating(Long.parseLong(parts[0]), measures.get(parts[1]), rated,
						new Moments(n, sum[0], sum[1])));
			}
		});
		return ratings;
	}

	private static String marks(Collection<String> values) {
		return String.join(", ", values.stream().map((v) -> "?").toList());
	}

}
