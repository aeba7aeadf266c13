package org.threefold.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.threefold.partner.BudgetBand;
import org.threefold.partner.Sector;
import org.threefold.scoring.Moments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Pins the power maps' arithmetic and disclosure control on four partners with k = 5:
 * Acute (A), two voluntary-sector partners (Carers, Hub) and the Council.
 */
class PowerCalculatorTest {

	static final long ACUTE = 1;

	static final long CARERS = 2;

	static final long HUB = 3;

	static final long COUNCIL = 4;

	static final List<PowerCalculator.PartnerFacts> PARTNERS = List.of(
			new PowerCalculator.PartnerFacts(ACUTE, "Acute", Sector.ACUTE_TRUST, 7000, BudgetBand.OVER_500M),
			new PowerCalculator.PartnerFacts(CARERS, "Carers", Sector.VOLUNTARY_COMMUNITY, 20, BudgetBand.UNDER_1M),
			new PowerCalculator.PartnerFacts(HUB, "Hub", Sector.VOLUNTARY_COMMUNITY, 30, BudgetBand.UNDER_1M),
			new PowerCalculator.PartnerFacts(COUNCIL, "Council", Sector.LOCAL_AUTHORITY, 2950, null));

	final PowerCalculator calculator = new PowerCalculator(5, PARTNERS);

	final List<PowerCalculator.Rating> ratings = new ArrayList<>();

	@Test
	void a_cell_is_the_mean_score_of_the_row_partners_people_about_the_column_partner_with_its_n() {
		rate(ACUTE, CARERS, 25, 25, 25, 50, 50, 0);
		HeatCell cell = influence(RaterGrouping.PARTNER).heatmap().cell(0, 1);
		assertThat(cell).isInstanceOfSatisfying(HeatCell.Shown.class, (shown) -> {
			assertThat(shown.value()).isCloseTo(175 / 6.0, within(1e-9));
			assertThat(shown.n()).isEqualTo(6);
		});
	}

	@Test
	void the_self_view_stands_against_everyone_else_and_a_clear_gap_is_flagged() {
		rate(CARERS, CARERS, 75, 75, 75, 75, 75);
		rate(ACUTE, CARERS, 25, 25, 25, 25, 25, 25);
		rate(COUNCIL, CARERS, 50, 50, 50, 50, 50);
		PowerMaps.SelfView carers = influence(RaterGrouping.PARTNER).selfViews().get(1);
		assertThat(carers.partner()).isEqualTo("Carers");
		assertThat(((HeatCell.Shown) carers.self()).value()).isEqualTo(75);
		assertThat(((HeatCell.Shown) carers.others()).value()).isCloseTo((6 * 25 + 5 * 50) / 11.0, within(1e-9));
		assertThat(((HeatCell.Shown) carers.others()).n()).isEqualTo(11);
		assertThat(carers.gap()).isCloseTo(75 - 400 / 11.0, within(1e-9));
		assertThat(carers.clear()).isTrue();
	}

	@Test
	void a_small_self_view_is_withheld_without_hiding_how_others_see_the_partner() {
		rate(CARERS, CARERS, 100, 100, 100);
		rate(ACUTE, CARERS, 25, 25, 25, 25, 25, 25);
		PowerMaps.SelfView carers = influence(RaterGrouping.PARTNER).selfViews().get(1);
		assertThat(carers.self()).isInstanceOf(HeatCell.Withheld.class);
		assertThat(carers.others()).isInstanceOf(HeatCell.Shown.class);
		assertThat(Double.isNaN(carers.gap())).isTrue();
	}

	@Test
	void a_small_rater_group_is_withheld_and_so_is_the_smallest_other_row_that_would_reveal_it() {
		rate(ACUTE, CARERS, 25, 25, 25, 25, 25, 25, 25);
		rate(HUB, CARERS, 0, 0, 0);
		rate(COUNCIL, CARERS, 50, 50, 50, 50, 50);
		PowerMaps.Matrix matrix = influence(RaterGrouping.PARTNER);
		Heatmap heatmap = matrix.heatmap();
		// The Hub's 3 are withheld; everyone else (15) minus Acute (7) would then give
		// the
		// Hub from the Council's 5, so the Council goes too. Rows with nothing shown are
		// named instead of drawn (Carers rated nobody).
		assertThat(heatmap.rows()).containsExactly("Acute", "Everyone but the partner itself");
		assertThat(matrix.withheldRows()).containsExactly("Hub", "Council");
		assertThat(heatmap.cell(0, 1)).isInstanceOf(HeatCell.Shown.class);
		assertThat(((HeatCell.Shown) heatmap.cell(1, 1)).n()).isEqualTo(15);
	}

	@Test
	void sector_rows_leave_out_the_rated_partners_own_people_and_are_suppressed_like_partners() {
		rate(CARERS, CARERS, 100, 100, 100, 100, 100);
		rate(HUB, CARERS, 0, 0, 0);
		rate(ACUTE, CARERS, 50, 50, 50, 50, 50);
		rate(COUNCIL, CARERS, 50, 50, 50, 50, 50);
		rate(ACUTE, HUB, 50, 50, 50, 50, 50);
		PowerMaps.Matrix matrix = influence(RaterGrouping.SECTOR);
		Heatmap heatmap = matrix.heatmap();
		// The voluntary sector's view of Carers is the Hub's 3 people only, not Carers'
		// own
		// 5, so it is withheld; non-NHS (8) minus the council (5) would reveal the Hub,
		// and
		// the whole (13) minus those would reveal the acute trust: all three go.
		assertThat(heatmap.rows()).containsExactly("Acute hospital trust", "Everyone but the partner itself");
		assertThat(matrix.withheldRows()).containsExactly("Voluntary and community sector", "Local authority");
		assertThat(heatmap.cell(0, 1)).isInstanceOf(HeatCell.Withheld.class);
		assertThat(heatmap.cell(0, 2)).isInstanceOf(HeatCell.Shown.class);
		Heatmap byStatus = influence(RaterGrouping.NHS_STATUS).heatmap();
		assertThat(byStatus.rows()).containsExactly("NHS organisations", "Non-NHS organisations",
				"Everyone but the partner itself");
		assertThat(((HeatCell.Shown) byStatus.cell(1, 1)).n()).isEqualTo(8);
		assertThat(((HeatCell.Shown) byStatus.cell(1, 1)).value()).isCloseTo(250 / 8.0, within(1e-9));
	}

	@Test
	void asymmetry_compares_a_about_b_with_b_about_a_only_where_both_are_shown() {
		rate(ACUTE, COUNCIL, 50, 50, 50, 50, 50, 50);
		rate(COUNCIL, ACUTE, 100, 100, 100, 100, 75);
		rate(CARERS, ACUTE, 100, 100, 100, 100, 100);
		rate(ACUTE, CARERS, 25, 25);
		List<PowerMaps.Asymmetry> pairs = influence(RaterGrouping.PARTNER).asymmetries();
		assertThat(pairs).hasSize(1);
		PowerMaps.Asymmetry first = pairs.get(0);
		assertThat(first.a()).isEqualTo("Council");
		assertThat(first.b()).isEqualTo("Acute");
		assertThat(first.aRatesB().value()).isEqualTo(95);
		assertThat(first.bRatesA().value()).isEqualTo(50);
		assertThat(first.difference()).isEqualTo(45);
		assertThat(first.clear()).isTrue();
		// Carers → Acute is shown but Acute → Carers (2 people) is not, so no pair...
		assertThat(pairs).noneMatch((p) -> p.a().equals("Carers") || p.b().equals("Carers"));
	}

	@Test
	void shares_are_what_the_other_partners_people_give_against_an_equal_share_and_size() {
		allocate(ACUTE, CARERS, 6, 60, 6 * 10 * 10);
		allocate(COUNCIL, CARERS, 5, 100, 5 * 20 * 20);
		allocate(CARERS, CARERS, 5, 500, 5 * 100 * 100);
		PowerMaps.Shares shares = this.calculator.shares(this.ratings, Set.of(ShareMeasure.COST));
		assertThat(shares.equalShare()).isEqualTo(25);
		PowerMaps.ShareRow carers = shares.rows().get(1);
		HeatCell.Shown cost = (HeatCell.Shown) carers.byOthers().get(ShareMeasure.COST);
		assertThat(cost.value()).isCloseTo(160 / 11.0, within(1e-9));
		assertThat(cost.n()).isEqualTo(11);
		assertThat(cost.difference()).isCloseTo(160 / 11.0 - 25, within(1e-9));
		assertThat(carers.headcountShare()).isCloseTo(100 * 20 / 10000.0, within(1e-9));
		assertThat(carers.budgetShare()).isCloseTo(100 * 0.5 / 1001.0, within(1e-9));
		assertThat(Double.isNaN(shares.rows().get(3).budgetShare())).isTrue();
		assertThat(shares.heatmap().columns()).containsExactly("Cost", "Equal", "Staff", "Budget");
		assertThat(shares.heatmap().cell(1, 1)).isEqualTo(new HeatCell.Reference(25));
	}

	private PowerMaps.Matrix influence(RaterGrouping grouping) {
		return this.calculator.matrix(MatrixMeasure.INFLUENCE, grouping, this.ratings);
	}

	private void rate(long rater, long rated, double... scores) {
		double sum = 0;
		double squares = 0;
		for (double score : scores) {
			sum += score;
			squares += score * score;
		}
		this.ratings
			.add(new PowerCalculator.Rating(rater, "influence", rated, new Moments(scores.length, sum, squares)));
	}

	private void allocate(long rater, long rated, long n, double sum, double squares) {
		this.ratings.add(new PowerCalculator.Rating(rater, "cost", rated, new Moments(n, sum, squares)));
	}

}
