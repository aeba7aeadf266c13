package org.threefold.home;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.threefold.assessment.AssessmentStatus;
import org.threefold.assessment.AssessmentSummary;
import org.threefold.partner.PartnerView;
import org.threefold.partner.PartnershipSummary;

/**
 * The first-run checklists, worked out from what the partnership already holds: each step
 * is ticked when the data shows it done, so nobody has to tick anything by hand. Plain
 * Java, so the rules are tested without a browser.
 */
final class GettingStarted {

	/**
	 * One step: what to do, why or how, where to do it, and whether it is done.
	 */
	record Step(String title, String detail, String href, boolean done) {
	}

	/**
	 * A checklist: the steps to tick, and a final step beyond them (such as planning a
	 * workshop) that is never ticked here.
	 */
	record Checklist(String key, String title, List<Step> steps, Step then) {

		long doneCount() {
			return this.steps.stream().filter(Step::done).count();
		}

		boolean complete() {
			return doneCount() == this.steps.size();
		}

	}

	private GettingStarted() {
	}

	/**
	 * Add partners, pick a questionnaire, open an assessment, invite, watch responses,
	 * read results, then plan a workshop.
	 * @param workshops the address of the workshops screen, when there is one
	 */
	static Checklist forLeader(PartnershipSummary partnership, List<AssessmentSummary> assessments,
			Optional<String> workshops) {
		long partners = partnership.partnerCount();
		boolean planned = !assessments.isEmpty();
		Optional<AssessmentSummary> draft = latest(assessments, AssessmentStatus.DRAFT);
		Optional<AssessmentSummary> open = latest(assessments, AssessmentStatus.OPEN);
		Optional<AssessmentSummary> closed = assessments.stream()
			.filter((a) -> a.status() == AssessmentStatus.CLOSED && a.submitted() > 0)
			.max(Comparator.comparing(AssessmentSummary::closesOn, Comparator.nullsFirst(Comparator.naturalOrder())));
		boolean opened = assessments.stream().anyMatch((a) -> a.status() != AssessmentStatus.DRAFT);
		boolean answered = assessments.stream().anyMatch((a) -> a.submitted() + a.inProgress() > 0);
		boolean submitted = assessments.stream().anyMatch((a) -> a.submitted() > 0);
		String live = open.map(GettingStarted::address).orElse("assessments");
		List<Step> steps = List.of(
				new Step("Add your partner organisations",
						(partners > 0) ? partners + " partners so far; add more at any time"
								: "add them one by one, or import them all from a CSV file",
						"partners", partners > 0),
				new Step("Record each partner's headcount and budget band",
						(partnership.partnersWithoutHeadcount() > 0)
								? partnership.partnersWithoutHeadcount() + " partners still have no headcount"
								: "used for response rates and to compare who carries cost and risk",
						"partners", partners > 0 && partnership.partnersWithoutHeadcount() == 0),
				new Step("Pick a questionnaire",
						"the full assessment for partner leads, the five-minute staff pulse, or both", "questionnaires",
						planned),
				new Step("Plan and open an assessment",
						"choose its partners, dates and anonymity thresholds; opening fixes the questions",
						draft.map(GettingStarted::address).orElse("assessments"), opened),
				new Step("Invite people to answer",
						"share each partner's link or QR code, or email single-use invitations", live, answered),
				new Step("Watch responses arrive", "live counts by partner, profession and seniority while it is open",
						live, submitted),
				new Step("Read the results",
						"once it closes: scores by dimension, a heatmap by partner and sector, and perception gaps",
						closed.map((a) -> "results/" + a.id().value()).orElse("assessments"), closed.isPresent()));
		return new Checklist("leader", "Getting started", steps, workshopStep(workshops));
	}

	/**
	 * For a partner lead: check the organisation's details, share its link, follow its
	 * responses and read its results. The assessment counts a partner lead sees are their
	 * own organisation's.
	 */
	static Checklist forPartnerLead(PartnerView own, List<AssessmentSummary> assessments, Optional<String> workshops) {
		Optional<AssessmentSummary> open = latest(assessments, AssessmentStatus.OPEN);
		Optional<AssessmentSummary> closed = assessments.stream()
			.filter((a) -> a.status() == AssessmentStatus.CLOSED && a.submitted() > 0)
			.max(Comparator.comparing(AssessmentSummary::closesOn, Comparator.nullsFirst(Comparator.naturalOrder())));
		String live = open.map(GettingStarted::address).orElse("assessments");
		List<Step> steps = List.of(
				new Step("Check your organisation's details",
						(own.headcount() == null) ? "ask your ICS leader to record your staff headcount"
								: "a headcount of " + own.headcount() + " gives your response rate",
						"partners/" + own.id().value(), own.headcount() != null),
				new Step("Share your organisation's link with your staff",
						open.isPresent() ? "copy the link or show its QR code, or invite people by email"
								: "your link appears here when your ICS leader opens an assessment",
						live, assessments.stream().anyMatch((a) -> a.submitted() + a.inProgress() > 0)),
				new Step("Follow your response rate", "see how many of your staff have answered while it is open", live,
						assessments.stream().anyMatch((a) -> a.submitted() > 0)),
				new Step("Read your organisation's results",
						"your scores beside the whole partnership's, once the assessment closes",
						closed.map((a) -> "results/" + a.id().value()).orElse("assessments"), closed.isPresent()));
		return new Checklist("partner-lead", "Getting started as a partner lead", steps,
				new Step("Then talk the results through with your teams",
						workshops.isPresent() ? "and take part in the partnership's workshops"
								: "and with the other partners at the partnership's workshops",
						workshops.orElse(null), false));
	}

	/** Know the partnership, read its latest results, then plan a workshop. */
	static Checklist forFacilitator(PartnershipSummary partnership, List<AssessmentSummary> assessments,
			Optional<String> workshops) {
		long partners = partnership.partnerCount();
		Optional<AssessmentSummary> closed = assessments.stream()
			.filter((a) -> a.status() == AssessmentStatus.CLOSED && a.submitted() > 0)
			.max(Comparator.comparing(AssessmentSummary::closesOn, Comparator.nullsFirst(Comparator.naturalOrder())));
		List<Step> steps = List.of(
				new Step("Get to know the partnership",
						(partners > 0) ? partners + " partner organisations; mix their sectors in every group"
								: "your ICS leader has not added any partners yet",
						"partners", partners > 0),
				new Step("Read the latest results",
						closed.map((a) -> "\"" + a.title() + "\": start from the weakest dimension and the widest gaps")
							.orElse("results appear here once an assessment closes"),
						closed.map((a) -> "results/" + a.id().value()).orElse("assessments"), closed.isPresent()),
				new Step("Read the questions people answered",
						"so you know what each score stands for before the room asks", "questionnaires",
						closed.isPresent()));
		return new Checklist("facilitator", "Getting started as a facilitator", steps, workshopStep(workshops));
	}

	private static Step workshopStep(Optional<String> workshops) {
		return new Step("Then plan a workshop",
				workshops.isPresent() ? "talk the results through in a generative dialogue and agree actions"
						: "talk the results through with the partners, using the five stages on this page",
				workshops.orElse(null), false);
	}

	private static Optional<AssessmentSummary> latest(List<AssessmentSummary> assessments, AssessmentStatus status) {
		return assessments.stream()
			.filter((a) -> a.status() == status)
			.max(Comparator.comparing(AssessmentSummary::opensOn, Comparator.nullsFirst(Comparator.naturalOrder())));
	}

	private static String address(AssessmentSummary assessment) {
		return "assessments/" + assessment.id().value();
	}

}
