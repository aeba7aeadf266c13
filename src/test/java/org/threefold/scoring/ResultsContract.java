package org.threefold.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.assessment.AnswerKey;
import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.Rescoring;
import org.threefold.assessment.InvitationLinkView;
import org.threefold.assessment.RespondentProfile;
import org.threefold.assessment.RespondentService;
import org.threefold.assessment.ResponseState;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Item;
import org.threefold.questionnaire.ItemSpec;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.SystemTask;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.NotFoundException;
import org.threefold.shared.PartnerId;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Results computed in the database and suppressed in the scoring layer, on a small
 * assessment whose answers are chosen so every figure can be worked out by hand: partner
 * A has 8 frontline nurses scoring 75 on everything, B 6 leaders scoring 25, C 2
 * frontline staff scoring 100; k = 5.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ResultsContract {

	@Autowired
	AssessmentService assessments;

	@Autowired
	RespondentService respondents;

	@Autowired
	ResultsService results;

	@Autowired
	Rescoring rescoring;

	@Autowired
	JdbcTemplate jdbc;

	SignedInUser leader;

	IcsId ics;

	List<PartnerId> partners;

	AssessmentId assessment;

	@BeforeAll
	void anAssessmentWithKnownAnswers() {
		this.ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		this.leader = SignIn.as(Role.ICS_LEADER, this.ics, null);
		this.partners = this.jdbc
			.queryForList("select id from partner where ics_id = ? order by name fetch first 3 rows only", Long.class,
					this.ics.value())
			.stream()
			.map(PartnerId::new)
			.toList();
		this.assessment = SignIn.run(this.leader, () -> {
			AssessmentId id = this.assessments
				.createDraft(new AssessmentPlan("Known answers " + System.nanoTime(), "Known",
						LocalDate.now().minusDays(1), LocalDate.now().plusDays(9), 5, 10, true, true, null,
						"staff-pulse", Set.copyOf(this.partners)))
				.id();
			this.assessments.open(id);
			return id;
		});
		respond(0, 8, 4, Profession.NURSE, SeniorityBand.FRONTLINE);
		respond(1, 6, 2, Profession.MANAGEMENT_ADMINISTRATION, SeniorityBand.SENIOR_LEADER);
		respond(2, 2, 5, Profession.CARE_AND_SUPPORT, SeniorityBand.FRONTLINE);
	}

	@Test
	void the_partnership_figure_is_the_mean_of_every_respondent() {
		AssessmentResults results = asLeader();
		Scale overall = results.scales().get(0);
		Statistic statistic = ((Cell.Shown) results.ics().cell(overall)).statistic();
		assertThat(statistic.n()).isEqualTo(16);
		assertThat(statistic.mean()).isCloseTo((8 * 75 + 6 * 25 + 2 * 100) / 16.0, within(1e-9));
		assertThat(results.respondents()).isEqualTo(16);
		double sqlMean = this.jdbc.queryForObject(
				"select avg(score) from respondent_score where assessment_id = ? and scale_kind = 'OVERALL'",
				Double.class, this.assessment.value());
		assertThat(statistic.mean()).isCloseTo(sqlMean, within(1e-9));
	}

	@Test
	void a_small_partner_is_withheld_and_the_next_smallest_with_it() {
		AssessmentResults results = asLeader();
		Scale overall = results.scales().get(0);
		List<GroupResult> partners = results.groups(Grouping.PARTNER);
		assertThat(cellOf(partners, this.partners.get(2)).cell(overall)).isInstanceOf(Cell.Withheld.class)
			.extracting((cell) -> ((Cell.Withheld) cell).reason())
			.isEqualTo(Cell.Reason.TOO_FEW);
		assertThat(cellOf(partners, this.partners.get(1)).cell(overall))
			.extracting((cell) -> ((Cell.Withheld) cell).reason())
			.isEqualTo(Cell.Reason.PROTECTS_ANOTHER);
		Statistic a = ((Cell.Shown) cellOf(partners, this.partners.get(0)).cell(overall)).statistic();
		assertThat(a.n()).isEqualTo(8);
		assertThat(a.mean()).isCloseTo(75, within(1e-9));
		// Partner-weighted: only shown partners count, so C cannot be worked back from
		// it.
		assertThat(results.partnerWeighted().get(overall.key())).isCloseTo(75, within(1e-9));
		assertThat(results.partnersLeftOut().get(overall.key())).isEqualTo(2);
	}

	@Test
	void leaders_and_frontline_differ_clearly_and_the_gap_is_flagged() {
		AssessmentResults results = asLeader();
		PerceptionGap gap = results.gaps()
			.stream()
			.filter((g) -> g.comparison().startsWith("Leaders") && g.scale().kind() == Scale.Kind.OVERALL)
			.findFirst()
			.orElseThrow();
		assertThat(gap.first().shown()).isTrue();
		assertThat(gap.second().shown()).isTrue();
		assertThat(gap.difference()).isCloseTo(25 - (8 * 75 + 2 * 100) / 10.0, within(1e-9));
		assertThat(gap.clear()).isTrue();
	}

	@Test
	void no_shown_cell_anywhere_describes_fewer_people_than_the_threshold() {
		AssessmentResults results = asLeader();
		assertThat(results.groups()
			.values()
			.stream()
			.flatMap(List::stream)
			.flatMap((g) -> g.cells().values().stream())
			.filter(Cell::shown)
			.map((cell) -> ((Cell.Shown) cell).statistic().n())).isNotEmpty()
			.allSatisfy((n) -> assertThat(n).isGreaterThanOrEqualTo(5));
	}

	@Test
	void a_partner_lead_sees_their_own_organisation_beside_the_partnership_only() {
		SignedInUser lead = SignIn.as(Role.PARTNER_LEAD, this.ics, this.partners.get(0));
		AssessmentResults results = SignIn.run(lead, () -> this.results.results(this.assessment));
		assertThat(results.groups(Grouping.PARTNER)).extracting(GroupResult::key)
			.containsExactly(this.partners.get(0).toString());
		assertThat(results.ics().cell(results.scales().get(0)).shown()).isTrue();
	}

	@Test
	void another_partnership_cannot_read_these_results() {
		SignedInUser stranger = SignIn.as(Role.BOARD_VIEWER, new IcsId(Long.MAX_VALUE - 3), null);
		assertThatThrownBy(() -> SignIn.run(stranger, () -> this.results.results(this.assessment)))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void item_drill_down_shows_wording_and_is_suppressed_the_same_way() {
		AssessmentResults results = asLeader();
		Scale subdimension = results.scales(Scale.Kind.SUBDIMENSION).get(0);
		ItemResults items = SignIn.run(this.leader, () -> this.results.items(this.assessment, subdimension.id()));
		assertThat(items.items()).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.item().label()).isNotBlank();
			Statistic ics = ((Cell.Shown) row.ics().cell(row.item())).statistic();
			assertThat(ics.n()).isEqualTo(16);
			GroupResult small = cellOf(row.partners(), this.partners.get(2));
			assertThat(small.cell(row.item()).shown()).isFalse();
		});
	}

	@Test
	void reliability_is_computed_in_the_database_for_every_scale_with_two_or_more_items() {
		AssessmentResults results = asLeader();
		// T1 and CR-commitment have two items each in the staff pulse. Every respondent
		// gives
		// the same score to all their items, so the items move together perfectly: alpha
		// = 1.
		assertThat(results.reliability()).extracting((r) -> r.scale().id()).contains("T1", "CR-commitment");
		assertThat(results.reliability()).allSatisfy((r) -> {
			assertThat(r.respondents()).isEqualTo(16);
			assertThat(r.alpha()).isCloseTo(1.0, within(1e-9));
		});
	}

	@Test
	void comments_appear_only_over_the_free_text_threshold_and_never_in_time_order() {
		Comments comments = SignIn.run(this.leader, () -> this.results.comments(this.assessment));
		assertThat(comments.threshold()).isEqualTo(10);
		Comments.Question question = comments.questions().get(0);
		assertThat(question.comments()).hasSize(16).isSorted();
		// No single partner reaches 10 respondents, so no partner's comments are shown
		// apart.
		assertThat(question.partnerComments()).isEmpty();
	}

	private AssessmentResults asLeader() {
		return SignIn.run(this.leader, () -> this.results.results(this.assessment));
	}

	private static GroupResult cellOf(List<GroupResult> groups, PartnerId partner) {
		return groups.stream().filter((g) -> g.key().equals(partner.toString())).findFirst().orElseThrow();
	}

	@Test
	void the_trend_shows_every_earlier_round_of_the_series_oldest_first_each_suppressed_by_its_threshold() {
		String series = "Series " + System.nanoTime();
		AssessmentId first = round(series, "Round one", 3, 2, LocalDate.now().minusWeeks(60));
		AssessmentId second = round(series, "Round two", 5, 3, LocalDate.now().minusWeeks(30));
		AssessmentId third = round(series, "Round three", 6, 4, null);

		AssessmentResults results = SignIn.run(this.leader, () -> this.results.results(third));

		assertThat(results.series()).extracting(SeriesPoint::id).containsExactly(first, second, third);
		assertThat(results.series()).extracting(SeriesPoint::title)
			.containsExactly("Round one", "Round two", "Round three");
		Scale overall = results.scales().get(0);
		// Three respondents are under the threshold of five: withheld, never a number.
		assertThat(results.series().get(0).cell(overall)).isInstanceOf(Cell.Withheld.class);
		assertThat(((Cell.Shown) results.series().get(1).cell(overall)).statistic().mean()).isCloseTo(50.0,
				within(1e-9));
		assertThat(((Cell.Shown) results.series().get(2).cell(overall)).statistic().mean()).isCloseTo(75.0,
				within(1e-9));
		assertThat(results.previousTitle()).contains("Round two");
		assertThat(results.changes()).first().satisfies((change) -> {
			assertThat(((Cell.Shown) change.previous()).statistic().mean()).isCloseTo(50.0, within(1e-9));
			assertThat(change.clear()).isTrue();
		});
		// The first round of a series has nothing before it.
		assertThat(SignIn.run(this.leader, () -> this.results.results(first)).series()).extracting(SeriesPoint::id)
			.containsExactly(first);
	}

	@Test
	void an_earlier_rounds_trend_point_is_kept_until_its_scores_are_rewritten() {
		String series = "Kept " + System.nanoTime();
		AssessmentId earlier = round(series, "Earlier", 5, 3, LocalDate.now().minusWeeks(30));
		AssessmentId later = round(series, "Later", 5, 4, null);
		Scale overall = SignIn.run(this.leader, () -> this.results.results(later)).scales().get(0);
		assertThat(earlierMean(later, overall)).isCloseTo(50.0, within(1e-9));

		// A closed round's figure is not read again while nothing it depends on changed:
		// rows altered behind the application's back (no rescoring) leave it as it was.
		this.jdbc.update("update respondent_score set score = 0 where assessment_id = ?", earlier.value());
		assertThat(earlierMean(later, overall)).isCloseTo(50.0, within(1e-9));

		// A correction of the answers followed by a rescoring is seen at once.
		this.jdbc.update("update answer set answer_value = '5' where answer_value = '3' and response_id in"
				+ " (select id from response where assessment_id = ?)", earlier.value());
		SystemTask.asAdministrator(() -> this.rescoring.rescore(earlier));
		Double stored = this.jdbc.queryForObject(
				"select avg(score) from respondent_score where assessment_id = ? and scale_kind = 'OVERALL'",
				Double.class, earlier.value());
		assertThat(stored).isNotCloseTo(50.0, within(1.0));
		assertThat(earlierMean(later, overall)).isCloseTo(stored, within(1e-9));
	}

	private double earlierMean(AssessmentId assessment, Scale scale) {
		AssessmentResults results = SignIn.run(this.leader, () -> this.results.results(assessment));
		return ((Cell.Shown) results.series().get(0).cell(scale)).statistic().mean();
	}

	/**
	 * One round of a series at partner A: {@code count} people answer {@code value}
	 * everywhere; closed on {@code closedOn} when given, otherwise left open.
	 */
	private AssessmentId round(String series, String title, int count, int value, LocalDate closedOn) {
		AssessmentId id = SignIn.run(this.leader, () -> {
			AssessmentId created = this.assessments
				.createDraft(new AssessmentPlan(title, series, LocalDate.now().minusDays(1),
						LocalDate.now().plusDays(9), 5, 10, true, true, null, "staff-pulse", Set.copyOf(this.partners)))
				.id();
			this.assessments.open(created);
			return created;
		});
		respond(id, 0, count, value, Profession.NURSE, SeniorityBand.FRONTLINE);
		if (closedOn != null) {
			SignIn.run(this.leader, () -> this.assessments.close(id));
			this.jdbc.update("update assessment set opens_on = ?, closes_on = ? where id = ?", closedOn.minusWeeks(4),
					closedOn, id.value());
		}
		return id;
	}

	private void respond(int partnerIndex, int count, int value, Profession profession, SeniorityBand seniority) {
		respond(this.assessment, partnerIndex, count, value, profession, seniority);
	}

	/** {@code count} people of one partner give {@code value} on every scale question. */
	private void respond(AssessmentId assessment, int partnerIndex, int count, int value, Profession profession,
			SeniorityBand seniority) {
		String name = this.jdbc.queryForObject("select name from partner where id = ?", String.class,
				this.partners.get(partnerIndex).value());
		String url = SignIn.run(this.leader, () -> this.assessments.links(assessment))
			.stream()
			.filter((link) -> link.partnerName().equals(name))
			.map(InvitationLinkView::url)
			.findFirst()
			.orElseThrow();
		String code = url.substring(url.lastIndexOf('/') + 1);
		for (int i = 0; i < count; i++) {
			String secret = this.respondents.startFromLink(code, new RespondentProfile(profession, seniority))
				.deviceSecret();
			ResponseState state = this.respondents.resume(secret).orElseThrow();
			for (Item item : state.questionnaire().items().toList()) {
				if (item.spec() instanceof ItemSpec.Likert likert) {
					// Reverse items get the mirrored answer, so every item scores the
					// same.
					int answer = likert.reverse() ? 6 - value : value;
					this.respondents.saveAnswer(secret, AnswerKey.of(item.id()), Integer.toString(answer));
				}
				if (item.spec() instanceof ItemSpec.FreeText) {
					this.respondents.saveAnswer(secret, AnswerKey.of(item.id()),
							"Partner " + partnerIndex + " view " + i);
				}
			}
			this.respondents.submit(secret);
		}
	}

}
