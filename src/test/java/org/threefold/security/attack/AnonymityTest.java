package org.threefold.security.attack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.InvitationLinkView;
import org.threefold.assessment.RespondentProfile;
import org.threefold.assessment.RespondentService;
import org.threefold.audit.AuditLog;
import org.threefold.partner.Profession;
import org.threefold.partner.SeniorityBand;
import org.threefold.questionnaire.Audience;
import org.threefold.scoring.AssessmentResults;
import org.threefold.scoring.Cell;
import org.threefold.scoring.Comments;
import org.threefold.scoring.GroupResult;
import org.threefold.scoring.Grouping;
import org.threefold.scoring.ResultsService;
import org.threefold.scoring.Scale;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tries to find out what one respondent said: by filtering results down to a group of
 * one, by subtracting shown groups from the total, by the order comments come in, and by
 * timestamps. Built on one crafted assessment: twelve staff of one partner, of whom one
 * nurse is the only board member and one gave no profession.
 */
@AttackContext
class AnonymityTest {

	@Autowired
	AssessmentService assessments;

	@Autowired
	RespondentService respondents;

	@Autowired
	ResultsService results;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	SignedInUser leader;

	IcsId ics;

	List<PartnerId> partners;

	@BeforeEach
	void partnership() {
		this.ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		this.leader = SignIn.as(Role.ICS_LEADER, this.ics, null);
		this.partners = this.jdbc
			.queryForList("select id from partner where ics_id = ? order by id fetch first 2 rows only", Long.class,
					this.ics.value())
			.stream()
			.map(PartnerId::new)
			.toList();
	}

	/** Twelve submitted responses at one partner; comments submitted in reverse order. */
	AssessmentId crafted() {
		AssessmentId id = SignIn.run(this.leader, () -> {
			AssessmentId created = this.assessments
				.createDraft(new AssessmentPlan("Anonymity " + System.nanoTime(), "Anonymity " + System.nanoTime(),
						LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), 5, 10, true, true, null,
						"staff-pulse", Set.copyOf(this.partners)))
				.id();
			this.assessments.open(created);
			return created;
		});
		InvitationLinkView link = SignIn.run(this.leader, () -> this.assessments.links(id))
			.stream()
			.filter((l) -> l.audience() == Audience.STAFF)
			.findFirst()
			.orElseThrow();
		String code = link.url().substring(link.url().lastIndexOf('/') + 1);
		List<RespondentProfile> people = new ArrayList<>();
		people.add(new RespondentProfile(Profession.NURSE, SeniorityBand.BOARD_EXECUTIVE));
		for (int i = 0; i < 5; i++) {
			people.add(new RespondentProfile(Profession.NURSE, SeniorityBand.FRONTLINE));
		}
		for (int i = 0; i < 5; i++) {
			people.add(new RespondentProfile(Profession.DOCTOR, SeniorityBand.FRONTLINE));
		}
		people.add(new RespondentProfile(null, SeniorityBand.FRONTLINE));
		char letter = 'z';
		for (RespondentProfile person : people) {
			String secret = this.respondents.startFromLink(code, person).deviceSecret();
			TwoPartnerships.answerEverything(this.respondents, secret, letter + " comment");
			letter--;
			this.respondents.submit(secret);
		}
		return id;
	}

	@Test
	void no_group_smaller_than_the_threshold_can_be_seen_or_worked_out_from_the_others() {
		AssessmentId id = crafted();
		AssessmentResults shown = SignIn.run(this.leader, () -> this.results.results(id));
		List<String> disclosures = new ArrayList<>();
		for (Scale scale : shown.scales()) {
			Cell total = shown.ics().cell(scale);
			for (Grouping grouping : Grouping.values()) {
				long sum = 0;
				for (GroupResult group : shown.groups(grouping)) {
					if (group.cell(scale) instanceof Cell.Shown cell) {
						assertThat(cell.statistic().n()).as(grouping + " " + group.label())
							.isGreaterThanOrEqualTo(shown.threshold());
						sum += cell.statistic().n();
					}
				}
				if (total instanceof Cell.Shown all && sum > 0) {
					long hidden = all.statistic().n() - sum;
					if (hidden > 0 && hidden < shown.threshold()) {
						disclosures.add(scale.label() + " by " + grouping + ": total minus shown groups = " + hidden);
					}
				}
			}
		}
		assertThat(disclosures).as("groups under the threshold worked out by subtraction").isEmpty();
		assertThat(shown.groups(Grouping.SENIORITY)).filteredOn((g) -> g.label().contains("Board"))
			.allSatisfy((board) -> assertThat(board.cells().values()).noneMatch(Cell::shown));
	}

	@Test
	void comments_come_in_the_order_of_their_text_never_of_their_submission() {
		AssessmentId id = crafted();
		Comments comments = SignIn.run(this.leader, () -> this.results.comments(id));
		List<String> all = comments.questions().stream().flatMap((q) -> q.comments().stream()).toList();
		assertThat(all).isNotEmpty();
		for (Comments.Question question : comments.questions()) {
			assertThat(question.comments()).isSortedAccordingTo(String::compareTo);
		}
	}

	@Test
	void nothing_stored_about_a_response_is_finer_than_a_week() {
		List<String> timed = this.jdbc.queryForList(
				"select table_name || '.' || column_name from information_schema.columns where lower(table_name) in"
						+ " ('response', 'answer', 'respondent_score', 'invitation_token') and (lower(data_type) like"
						+ " '%time%' or lower(data_type) like '%interval%')",
				String.class);
		assertThat(timed).as("time columns on anything a respondent leaves behind").isEmpty();
		AssessmentId id = crafted();
		assertThat(this.jdbc.queryForList(
				"select distinct submitted_week from response where assessment_id = ? and status = 'SUBMITTED'",
				java.sql.Date.class, id.value()))
			.allSatisfy((week) -> assertThat(week.toLocalDate().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY));
	}

	@Test
	void a_partner_lead_sees_no_other_partners_rows_and_a_leader_viewing_small_counts_is_audited() {
		AssessmentId id = crafted();
		SignedInUser lead = SignIn.as(Role.PARTNER_LEAD, this.ics, this.partners.get(1));
		AssessmentResults theirs = SignIn.run(lead, () -> this.results.results(id));
		assertThat(theirs.groups(Grouping.PARTNER)).hasSizeLessThanOrEqualTo(1)
			.allSatisfy((row) -> assertThat(row.key()).isEqualTo(String.valueOf(this.partners.get(1).value())));

		SignIn.run(this.leader, () -> this.assessments.monitor(id));
		SignIn.run(this.leader, () -> this.assessments.monitor(id));
		SignedInUser admin = SignIn.as(Role.ADMINISTRATOR, null, null);
		assertThat(SignIn.run(admin, () -> this.audit.recent()))
			.filteredOn((entry) -> entry.action().equals("monitor.small-groups")
					&& entry.username().equals(this.leader.username()) && entry.subject().contains("Anonymity"))
			.as("recorded once, however often the screen refreshes")
			.hasSize(1);
	}

}
