package org.threefold.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Sector;
import org.threefold.partner.PartnershipSummary;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;

import static org.assertj.core.api.Assertions.assertThat;

class GettingStartedTest {

	private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

	@Test
	void a_new_partnership_has_nothing_ticked_and_every_step_points_somewhere() {
		GettingStarted.Checklist list = GettingStarted.forLeader(partnership(0, 0), List.of(), Optional.empty());
		assertThat(list.doneCount()).isZero();
		assertThat(list.steps()).extracting(GettingStarted.Step::title)
			.containsExactly("Add your partner organisations", "Record each partner's headcount and budget band",
					"Pick a questionnaire", "Plan and open an assessment", "Invite people to answer",
					"Watch responses arrive", "Read the results");
		assertThat(list.steps()).allSatisfy((step) -> assertThat(step.href()).isNotBlank());
		assertThat(list.steps().get(0).detail()).contains("import them all from a CSV file");
		assertThat(list.then().href()).as("no workshop screen in this installation").isNull();
	}

	@Test
	void partners_without_headcount_keep_that_step_open_and_say_how_many() {
		GettingStarted.Checklist list = GettingStarted.forLeader(partnership(12, 3), List.of(), Optional.empty());
		assertThat(list.steps().get(0).done()).isTrue();
		assertThat(list.steps().get(0).detail()).startsWith("12 partners so far");
		assertThat(list.steps().get(1).done()).isFalse();
		assertThat(list.steps().get(1).detail()).isEqualTo("3 partners still have no headcount");
	}

	@Test
	void a_draft_ticks_the_questionnaire_and_links_to_the_draft_to_open_it() {
		GettingStarted.Checklist list = GettingStarted.forLeader(partnership(12, 0),
				List.of(assessment(7, AssessmentStatus.DRAFT, 0, 0)), Optional.empty());
		assertThat(list.steps()).extracting(GettingStarted.Step::done)
			.containsExactly(true, true, true, false, false, false, false);
		assertThat(list.steps().get(3).href()).isEqualTo("assessments/7");
	}

	@Test
	void an_open_assessment_with_drafts_only_ticks_inviting_but_not_watching() {
		GettingStarted.Checklist list = GettingStarted.forLeader(partnership(12, 0),
				List.of(assessment(8, AssessmentStatus.OPEN, 0, 2)), Optional.empty());
		assertThat(list.steps()).extracting(GettingStarted.Step::done)
			.containsExactly(true, true, true, true, true, false, false);
		assertThat(list.steps().get(5).href()).isEqualTo("assessments/8");
	}

	@Test
	void a_closed_assessment_with_responses_completes_the_list_and_links_to_its_results() {
		GettingStarted.Checklist list = GettingStarted.forLeader(partnership(15, 0),
				List.of(assessment(3, AssessmentStatus.CLOSED, 900, 0), assessment(4, AssessmentStatus.OPEN, 10, 5)),
				Optional.of("workshops"));
		assertThat(list.complete()).isTrue();
		assertThat(list.steps().get(6).href()).isEqualTo("results/3");
		assertThat(list.steps().get(4).href()).as("invite from the open one").isEqualTo("assessments/4");
		assertThat(list.then().href()).isEqualTo("workshops");
		assertThat(list.then().done()).isFalse();
	}

	@Test
	void a_closed_assessment_nobody_answered_has_no_results_to_read() {
		GettingStarted.Checklist list = GettingStarted.forLeader(partnership(15, 0),
				List.of(assessment(3, AssessmentStatus.CLOSED, 0, 0)), Optional.empty());
		assertThat(list.steps().get(6).done()).isFalse();
		assertThat(list.steps().get(6).href()).isEqualTo("assessments");
	}

	@Test
	void a_facilitator_is_pointed_at_the_latest_results() {
		GettingStarted.Checklist before = GettingStarted.forFacilitator(partnership(0, 0), List.of(), Optional.empty());
		assertThat(before.doneCount()).isZero();
		assertThat(before.steps().get(1).detail()).contains("once an assessment closes");
		GettingStarted.Checklist after = GettingStarted.forFacilitator(partnership(15, 0),
				List.of(assessment(3, AssessmentStatus.CLOSED, 900, 0)), Optional.empty());
		assertThat(after.complete()).isTrue();
		assertThat(after.steps().get(1).href()).isEqualTo("results/3");
		assertThat(after.steps().get(1).detail()).contains("Assessment 3");
	}

	@Test
	void a_partner_lead_shares_their_link_and_reads_their_results() {
		PartnerView pharmacy = new PartnerView(new PartnerId(9), new IcsId(1), "Riverside Community Pharmacy",
				Sector.values()[0], null, null, null);
		GettingStarted.Checklist before = GettingStarted.forPartnerLead(pharmacy,
				List.of(assessment(4, AssessmentStatus.OPEN, 0, 0)), Optional.empty());
		assertThat(before.doneCount()).isZero();
		assertThat(before.steps().get(0).detail()).contains("ask your ICS leader");
		assertThat(before.steps().get(1).href()).isEqualTo("assessments/4");
		GettingStarted.Checklist after = GettingStarted.forPartnerLead(new PartnerView(new PartnerId(9), new IcsId(1),
				"Riverside Community Pharmacy", Sector.values()[0], null, 14, null),
				List.of(assessment(3, AssessmentStatus.CLOSED, 6, 0)), Optional.empty());
		assertThat(after.complete()).isTrue();
		assertThat(after.steps().get(0).detail()).contains("a headcount of 14");
		assertThat(after.steps().get(3).href()).isEqualTo("results/3");
	}

	private static PartnershipSummary partnership(long partners, long withoutHeadcount) {
		return new PartnershipSummary(new IcsView(new IcsId(1), "NV", "North Vale", "North", false, partners), partners,
				partners, 0, Map.of(), 1000, withoutHeadcount);
	}

	private static AssessmentSummary assessment(long id, AssessmentStatus status, long submitted, long inProgress) {
		return new AssessmentSummary(new AssessmentId(id), "Assessment " + id, null, status, MAY.plusDays(id),
				MAY.plusDays(id + 30), 3, submitted, inProgress);
	}

}
