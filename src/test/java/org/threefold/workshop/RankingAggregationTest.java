package org.threefold.workshop;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class RankingAggregationTest {

	private static final List<String> THEMES = List.of("Records", "Trust", "Skills");

	@Test
	void borda_points_give_n_minus_one_for_first_and_nothing_for_last() {
		List<CombinedRank> combined = RankingAggregation.combine(THEMES, List.of(List.of("Trust", "Records", "Skills"),
				List.of("Trust", "Skills", "Records"), List.of("Records", "Trust", "Skills")));
		assertThat(combined).extracting(CombinedRank::theme).containsExactly("Trust", "Records", "Skills");
		assertThat(combined).extracting(CombinedRank::points).containsExactly(5, 3, 1);
		CombinedRank trust = combined.get(0);
		assertThat(trust.meanRank()).isCloseTo(4 / 3.0, within(1e-9));
		assertThat(trust.bestRank()).isEqualTo(1);
		assertThat(trust.worstRank()).isEqualTo(2);
		assertThat(trust.spread()).isCloseTo(Math.sqrt(2 / 9.0), within(1e-9));
		assertThat(trust.groups()).isEqualTo(3);
	}

	@Test
	void full_agreement_has_no_spread_and_wide_disagreement_is_flagged() {
		List<CombinedRank> agreed = RankingAggregation.combine(THEMES,
				List.of(List.of("Records", "Trust", "Skills"), List.of("Records", "Trust", "Skills")));
		assertThat(agreed).allSatisfy((rank) -> assertThat(rank.spread()).isZero());
		List<CombinedRank> split = RankingAggregation.combine(THEMES,
				List.of(List.of("Records", "Trust", "Skills"), List.of("Skills", "Trust", "Records")));
		CombinedRank records = split.stream().filter((rank) -> rank.theme().equals("Records")).findFirst().get();
		assertThat(records.disputed(3)).isTrue();
		assertThat(records.spread()).isEqualTo(1.0);
	}

	@Test
	void equal_points_and_mean_share_a_place() {
		List<CombinedRank> split = RankingAggregation.combine(List.of("A", "B"),
				List.of(List.of("A", "B"), List.of("B", "A")));
		assertThat(split).extracting(CombinedRank::place).containsExactly(1, 1);
	}

	@Test
	void a_ranking_that_is_not_an_order_of_the_themes_is_refused() {
		assertThatThrownBy(() -> RankingAggregation.combine(THEMES, List.of(List.of("Records", "Trust"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RankingAggregation.combine(THEMES, List.of(List.of("Records", "Trust", "Trust"))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void no_rankings_yet_gives_every_theme_no_points() {
		assertThat(RankingAggregation.combine(THEMES, List.<List<String>>of())).extracting(CombinedRank::points)
			.containsOnly(0);
	}

}
