package org.threefold.power;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.threefold.actionplan.ActionEdit;
import org.threefold.actionplan.ActionOrigin;
import org.threefold.actionplan.ActionPlanService;
import org.threefold.actionplan.ActionStatus;
import org.threefold.actionplan.PlanAction;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.shared.WorkshopActionAgreed;
import org.threefold.shared.WorkshopId;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The power maps and the action plan on the demo partnership, whose partner leads rate
 * every partner: the service's figures against the same figures worked out in plain SQL,
 * suppression as the demo needs it, and the plan's rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PowerContract {

	@Autowired
	PowerService power;

	@Autowired
	ActionPlanService plans;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	SignedInUser leader;

	IcsId ics;

	AssessmentId assessment;

	@BeforeAll
	void theDemo() {
		this.ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		this.leader = SignIn.as(Role.ICS_LEADER, this.ics, null);
		this.assessment = new AssessmentId(this.jdbc.queryForObject(
				"select id from assessment where status = 'CLOSED' and ics_id = ?", Long.class, this.ics.value()));
	}

	@Test
	void everyone_elses_view_of_each_partner_matches_the_answers_worked_out_in_sql() {
		PowerMaps maps = SignIn.run(this.leader, () -> this.power.maps(this.assessment, RaterGrouping.PARTNER));
		PowerMaps.Matrix influence = maps.matrices().get(0);
		assertThat(influence.measure()).isEqualTo(MatrixMeasure.INFLUENCE);
		List<Long> ids = this.jdbc.queryForList(
				"select p.id from partner p join assessment_partner ap on ap.partner_id = p.id where ap.assessment_id = ? order by p.name",
				Long.class, this.assessment.value());
		assertThat(maps.partners()).hasSize(ids.size());
		int others = influence.heatmap().rows().size() - 1;
		for (int column = 0; column < ids.size(); column++) {
			Object[] expected = this.jdbc.queryForObject("""
					select count(*), avg((cast(a.answer_value as integer) - 1) * 25.0) from answer a
					join response r on r.id = a.response_id
					where r.assessment_id = ? and a.item_id = 'pp-influence' and a.sub_key = ? and r.partner_id <> ?
					  and a.answer_value in ('1', '2', '3', '4', '5')""",
					(row, i) -> new Object[] { row.getLong(1), row.getDouble(2) }, this.assessment.value(),
					Long.toString(ids.get(column)), ids.get(column));
			HeatCell.Shown cell = (HeatCell.Shown) influence.heatmap().cell(others, column);
			assertThat(cell.n()).isEqualTo((Long) expected[0]);
			assertThat(cell.value()).isCloseTo((Double) expected[1], within(1e-9));
		}
	}

	@Test
	void the_maps_stay_the_same_once_the_raw_answers_are_deleted() {
		PowerMaps before = SignIn.run(this.leader, () -> this.power.maps(this.assessment, RaterGrouping.PARTNER));
		this.transactions.executeWithoutResult((status) -> {
			int deleted = this.jdbc.update(
					"delete from answer where response_id in (select id from response where assessment_id = ?)",
					this.assessment.value());
			assertThat(deleted).isGreaterThan(10_000);
			PowerMaps after = SignIn.run(this.leader, () -> this.power.maps(this.assessment, RaterGrouping.PARTNER));
			assertThat(after.toString()).isEqualTo(before.toString());
			assertThat(after.matrices().get(0).heatmap().rows()).isNotEmpty();
			// Put the answers back for the other tests: this transaction is rolled back.
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.queryForObject(
				"select count(*) from answer a join response r on r.id = a.response_id where r.assessment_id = ?",
				Long.class, this.assessment.value()))
			.isGreaterThan(10_000L);
	}

	@Test
	void the_demo_shows_a_dominant_acute_trust_an_unheard_voluntary_sector_and_costs_on_social_care() {
		PowerMaps maps = SignIn.run(this.leader, () -> this.power.maps(this.assessment, RaterGrouping.NHS_STATUS));
		Heatmap influence = maps.matrices().get(0).heatmap();
		int others = influence.rows().size() - 1;
		double acute = value(influence, others, maps.partners().indexOf("North Vale Hospitals NHS Foundation Trust"));
		double vcs = value(influence, others, maps.partners().indexOf("North Vale Council for Voluntary Service"));
		assertThat(acute).isGreaterThan(75);
		assertThat(vcs).isLessThan(25);
		PowerMaps.ShareRow care = maps.shares()
			.rows()
			.stream()
			.filter((r) -> r.partner().equals("Heathfield Care Homes"))
			.findFirst()
			.orElseThrow();
		HeatCell.Shown cost = (HeatCell.Shown) care.byOthers().get(ShareMeasure.COST);
		HeatCell.Shown benefit = (HeatCell.Shown) care.byOthers().get(ShareMeasure.BENEFIT);
		assertThat(cost.value()).isGreaterThan(care.equalShare()).isGreaterThan(3 * benefit.value());
		assertThat(maps.matrices()).extracting(PowerMaps.Matrix::measure)
			.containsExactly(MatrixMeasure.INFLUENCE, MatrixMeasure.RESPECT, MatrixMeasure.DATA_TRUST);
	}

	@Test
	void partners_with_fewer_than_k_leads_are_withheld_as_raters_and_a_partner_lead_sees_only_their_own_row() {
		PowerMaps maps = SignIn.run(this.leader, () -> this.power.maps(this.assessment, RaterGrouping.PARTNER));
		// One partner lead at the opticians: never a row of its own, named as withheld
		assertThat(maps.matrices().get(0).withheldRows()).contains("Brightsight Opticians");
		assertThat(maps.matrices().get(0).heatmap().rows()).doesNotContain("Brightsight Opticians");
		long council = this.jdbc.queryForObject("select id from partner where name = 'North Vale County Council'",
				Long.class);
		PowerMaps own = SignIn.run(SignIn.as(Role.PARTNER_LEAD, this.ics, new PartnerId(council)),
				() -> this.power.maps(this.assessment, RaterGrouping.PARTNER));
		assertThat(own.matrices().get(0).heatmap().rows()).containsExactly("North Vale County Council",
				"Everyone but the partner itself");
		assertThat(own.matrices().get(0).asymmetries())
			.allMatch((a) -> a.a().equals("North Vale County Council") || a.b().equals("North Vale County Council"));
	}

	@Test
	void suggestions_are_stored_once_and_a_leader_accepts_edits_and_dismisses_them() {
		SignIn.run(this.leader, () -> {
			assertThat(this.plans.suggest(this.assessment)).isZero();
			List<PlanAction> suggested = this.plans.plan()
				.actions()
				.stream()
				.filter((a) -> a.status() == ActionStatus.SUGGESTED)
				.toList();
			assertThat(suggested).isNotEmpty().allSatisfy((a) -> {
				assertThat(a.evidence()).contains("band");
				assertThat(a.n()).isPositive();
				assertThat(a.source()).isNotBlank();
			});
			PlanAction action = suggested.get(0);
			this.plans.accept(action.id());
			long owner = this.jdbc.queryForObject("select min(id) from partner where ics_id = ?", Long.class,
					this.ics.value());
			this.plans.update(action.id(), new ActionEdit("Rewritten <b>title</b>", "Detail", action.subdimension(),
					new PartnerId(owner), LocalDate.of(2027, 3, 31), ActionStatus.IN_PROGRESS, "Started"));
			PlanAction edited = this.plans.plan()
				.actions()
				.stream()
				.filter((a) -> a.id() == action.id())
				.findFirst()
				.orElseThrow();
			assertThat(edited.title()).isEqualTo("Rewritten <b>title</b>");
			assertThat(edited.status()).isEqualTo(ActionStatus.IN_PROGRESS);
			assertThat(edited.owner()).isEqualTo(new PartnerId(owner));
			assertThat(edited.due()).isEqualTo(LocalDate.of(2027, 3, 31));
			assertThatThrownBy(() -> this.plans.update(action.id(),
					new ActionEdit(" ", null, "NOPE", new PartnerId(999_999), null, null, null)))
				.isInstanceOfSatisfying(ValidationException.class, (ex) -> assertThat(ex.problems()).hasSize(4));
			this.plans.dismiss(suggested.get(1).id());
			assertThat(this.plans.plan().count(ActionStatus.DISMISSED)).isGreaterThanOrEqualTo(1);
		});
		assertThatThrownBy(() -> SignIn.run(SignIn.as(Role.BOARD_VIEWER, this.ics, null),
				() -> this.plans.suggest(this.assessment)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void a_workshop_agreement_joins_the_plan_once_however_often_it_is_announced() {
		WorkshopActionAgreed agreed = new WorkshopActionAgreed(this.ics, new WorkshopId(77), 3, "Power workshop",
				"Rotate the chair of the digital board", null, LocalDate.of(2027, 1, 31), "R5", this.assessment,
				Instant.parse("2026-11-20T10:00:00Z"));
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(agreed));
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(agreed));
		List<PlanAction> fromWorkshop = SignIn.run(this.leader,
				() -> this.plans.plan()
					.actions()
					.stream()
					.filter((a) -> a.origin() == ActionOrigin.WORKSHOP && a.source().equals("Workshop: Power workshop"))
					.toList());
		assertThat(fromWorkshop).singleElement().satisfies((a) -> {
			assertThat(a.title()).isEqualTo("Rotate the chair of the digital board");
			assertThat(a.status()).isEqualTo(ActionStatus.ACCEPTED);
			assertThat(a.source()).isEqualTo("Workshop: Power workshop");
			assertThat(a.subdimension()).isEqualTo("R5");
		});
	}

	private static double value(Heatmap heatmap, int row, int column) {
		return ((HeatCell.Shown) heatmap.cell(row, column)).value();
	}

}
