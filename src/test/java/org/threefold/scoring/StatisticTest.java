package org.threefold.scoring;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Worked examples for the group statistics in docs/scoring.md. */
class StatisticTest {

	@Test
	void five_scores_give_mean_spread_and_a_student_t_interval() {
		// Scores 50, 75, 75, 100, 50: mean 70, sd 20.92, t(0.975, 4) = 2.776.
		Statistic statistic = Statistic.of(moments(50, 75, 75, 100, 50));
		assertThat(statistic.n()).isEqualTo(5);
		assertThat(statistic.mean()).isCloseTo(70, within(1e-9));
		assertThat(statistic.sd()).isCloseTo(20.9165, within(1e-4));
		double half = 2.7764 * 20.9165 / Math.sqrt(5);
		assertThat(statistic.ciLow()).isCloseTo(70 - half, within(1e-3));
		assertThat(statistic.ciHigh()).isCloseTo(Math.min(100, 70 + half), within(1e-3));
	}

	@Test
	void agreement_is_one_when_everyone_agrees_and_falls_to_zero_for_a_split_room() {
		assertThat(Statistic.of(moments(50, 50, 50, 50, 50)).agreement()).isEqualTo(1.0);
		// Half at 0 and half at 100: variance far above a uniform spread, so no agreement
		// at all.
		assertThat(Statistic.of(moments(0, 0, 0, 100, 100, 100)).agreement()).isZero();
		// Both groups have a mean of 50; only agreement tells them apart.
		assertThat(Statistic.of(moments(50, 50, 50, 50, 50)).mean())
			.isEqualTo(Statistic.of(moments(0, 0, 50, 100, 100)).mean());
	}

	@Test
	void intervals_that_do_not_overlap_are_a_clear_difference() {
		Statistic low = Statistic.of(moments(25, 25, 25, 50, 25, 25, 25, 50));
		Statistic high = Statistic.of(moments(75, 75, 100, 75, 75, 75, 100, 75));
		Statistic middle = Statistic.of(moments(25, 50, 75, 100, 0, 50, 75, 25));
		assertThat(low.clearlyDifferentFrom(high)).isTrue();
		assertThat(low.clearlyDifferentFrom(middle)).isFalse();
	}

	@Test
	void student_t_matches_the_tables() {
		assertThat(StudentT.quantile975(1)).isCloseTo(12.706, within(0.001));
		assertThat(StudentT.quantile975(4)).isCloseTo(2.776, within(0.001));
		assertThat(StudentT.quantile975(10)).isCloseTo(2.228, within(0.001));
		assertThat(StudentT.quantile975(30)).isCloseTo(2.042, within(0.001));
		assertThat(StudentT.quantile975(120)).isCloseTo(1.980, within(0.001));
		assertThat(StudentT.quantile975(100_000)).isCloseTo(1.960, within(0.001));
	}

	@Test
	void moments_add_up_so_groups_roll_up_exactly() {
		Moments a = moments(10, 20, 30);
		Moments b = moments(40, 50);
		assertThat(a.plus(b)).isEqualTo(moments(10, 20, 30, 40, 50));
		assertThat(a.plus(b).minus(b)).isEqualTo(a);
	}

	@Test
	void cronbach_alpha_of_a_worked_example() {
		// Three items, four respondents: (50,50,75), (75,75,75), (25,50,25),
		// (100,75,100).
		List<Moments> items = List.of(moments(50, 75, 25, 100), moments(50, 75, 50, 75), moments(75, 75, 25, 100));
		Moments totals = moments(175, 225, 100, 275);
		// Item variances 1041.67, 208.33 and 989.58 sum to 2239.58; the totals' variance
		// is
		// 5572.92; α = 3/2 × (1 − 2239.58 / 5572.92) = 0.8972.
		assertThat(CronbachAlpha.of(items, totals)).isCloseTo(0.8972, within(1e-4));
		assertThat(CronbachAlpha.of(items.subList(0, 1), totals)).isNaN();
	}

	static Moments moments(double... scores) {
		Moments moments = Moments.EMPTY;
		for (double score : scores) {
			moments = moments.plus(new Moments(1, score, score * score));
		}
		return moments;
	}

}
