package org.threefold.security.attack;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import org.threefold.assessment.AssessmentPlan;
import org.threefold.assessment.AssessmentService;
import org.threefold.assessment.RespondentService;
import org.threefold.audit.AuditLog;
import org.threefold.partner.IcsService;
import org.threefold.privacy.RetentionService;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.security.SignedInUser;
import org.threefold.security.UserAccountService;
import org.threefold.security.UserAccountView;
import org.threefold.shared.AssessmentId;
import org.threefold.shared.AuditEvent;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention deletes raw answers but keeps scores; erasure removes a person's name from
 * their account and from the audit log; the audit log records who, in which role and ICS,
 * and each ICS leader reads only their own ICS's entries.
 */
@AttackContext
class PrivacyControlsTest {

	@Autowired
	RetentionService retention;

	@Autowired
	AssessmentService assessments;

	@Autowired
	RespondentService respondents;

	@Autowired
	UserAccountService accounts;

	@Autowired
	IcsService partnerships;

	@Autowired
	AuditLog audit;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	final SignedInUser admin = SignIn.as(Role.ADMINISTRATOR, null, null);

	@Test
	void retention_deletes_raw_answers_of_long_closed_assessments_and_keeps_every_score() {
		TwoPartnerships world = TwoPartnerships.in(this.jdbc, this.partnerships, this.accounts, this.assessments,
				this.respondents);
		SignedInUser leader = SignIn.as(Role.ICS_LEADER, world.icsB, null);
		PartnerId partner = world.partnerB;
		AssessmentId id = SignIn.run(leader, () -> {
			AssessmentId created = this.assessments
				.createDraft(new AssessmentPlan("Old pulse " + System.nanoTime(), "Old", LocalDate.now().minusDays(2),
						LocalDate.now().plusDays(1), 5, 10, true, true, null, "staff-pulse", Set.of(partner)))
				.id();
			this.assessments.open(created);
			return created;
		});
		String url = SignIn.run(leader, () -> this.assessments.links(id)).get(0).url();
		String code = url.substring(url.lastIndexOf('/') + 1);
		String submitted = this.respondents.startFromLink(code, null).deviceSecret();
		TwoPartnerships.answerEverything(this.respondents, submitted, "kept until retention");
		this.respondents.submit(submitted);
		this.respondents.startFromLink(code, null);
		SignIn.run(leader, () -> this.assessments.close(id));
		long scores = count("select count(*) from respondent_score where assessment_id = ?", id);
		assertThat(scores).isPositive();

		assertThatThrownBy(() -> SignIn.run(leader, () -> this.retention.change(Optional.of(0))))
			.isInstanceOf(ValidationException.class);
		SignIn.run(leader, () -> this.retention.change(Optional.of(12)));
		assertThat(SignIn.run(this.admin, this.retention::applyAll)).as("closed only today: nothing expired").isZero();
		// Pretend it closed two years ago.
		this.jdbc.update("update assessment set opens_on = ?, closes_on = ? where id = ?",
				LocalDate.now().minusYears(3), LocalDate.now().minusYears(2), id.value());
		assertThat(SignIn.run(this.admin, this.retention::applyAll)).isPositive();

		assertThat(count(
				"select count(*) from answer a join response r on r.id = a.response_id" + " where r.assessment_id = ?",
				id))
			.isZero();
		assertThat(count("select count(*) from response where assessment_id = ? and status <> 'SUBMITTED'", id))
			.as("responses never submitted go")
			.isZero();
		assertThat(count("select count(*) from respondent_score where assessment_id = ?", id)).isEqualTo(scores);
		assertThat(SignIn.run(leader, () -> this.audit.recent())).extracting(org.threefold.audit.AuditEntry::action)
			.contains("privacy.retention", "privacy.raw-answers-deleted");
		SignIn.run(leader, () -> this.retention.change(Optional.empty()));
	}

	@Test
	void erasing_a_person_removes_their_name_everywhere_and_is_itself_audited() {
		IcsId ics = new IcsId(this.jdbc.queryForObject("select id from ics where code = 'NORTH-VALE'", Long.class));
		String username = "erase-me-" + (System.nanoTime() % 100000);
		UserAccountView person = SignIn.run(this.admin, () -> this.accounts.create(new NewUserAccount(username,
				"Eric Erasable", "eric@example.org", "long enough password", Role.ICS_LEADER, ics, null)));
		SignedInUser asPerson = new SignedInUser(person.id(), username, "Eric Erasable", Role.ICS_LEADER,
				Optional.of(ics), Optional.empty());
		SignIn.run(asPerson, () -> this.events.publishEvent(new AuditEvent(null, "export.test", "Board report")));
		assertThat(SignIn.run(asPerson, () -> this.audit.recent())).anySatisfy((entry) -> {
			assertThat(entry.username()).isEqualTo(username);
			assertThat(entry.role()).isEqualTo("ICS leader");
			assertThat(entry.ics()).contains(ics);
		});

		String pseudonym = SignIn.run(this.admin, () -> this.accounts.erase(person.id()));

		assertThat(this.jdbc.queryForMap("select username, display_name, email, enabled from app_user where id = ?",
				person.id().value()))
			.containsEntry("USERNAME", pseudonym)
			.containsEntry("DISPLAY_NAME", "Erased account")
			.containsEntry("EMAIL", null)
			.containsEntry("ENABLED", false);
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_event where username = ?", Long.class, username))
			.isZero();
		assertThat(SignIn.run(this.admin, () -> this.audit.recent())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("account.erased");
			assertThat(entry.username()).isEqualTo("administrator-test");
		});
		assertThatThrownBy(() -> SignIn.run(asPerson, () -> this.accounts.erase(person.id())))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_leader_reads_only_their_own_partnerships_audit_entries() {
		TwoPartnerships world = TwoPartnerships.in(this.jdbc, this.partnerships, this.accounts, this.assessments,
				this.respondents);
		SignedInUser leaderB = SignIn.as(Role.ICS_LEADER, world.icsB, null);
		SignIn.run(leaderB, () -> this.events.publishEvent(new AuditEvent(world.icsB, "export.test", "B only")));
		SignedInUser leaderA = SignIn.as(Role.ICS_LEADER, world.icsA, null);
		assertThat(SignIn.run(leaderA, () -> this.audit.recent()))
			.noneMatch((entry) -> entry.ics().equals(Optional.of(world.icsB)));
		assertThat(SignIn.run(leaderB, () -> this.audit.recent()))
			.anyMatch((entry) -> entry.subject().equals("B only"));
		for (Role role : new Role[] { Role.PARTNER_LEAD, Role.FACILITATOR, Role.BOARD_VIEWER }) {
			SignedInUser other = SignIn.as(role, world.icsA, (role == Role.PARTNER_LEAD) ? world.partnerA : null);
			assertThatThrownBy(() -> SignIn.run(other, () -> this.audit.recent()))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	private long count(String sql, AssessmentId id) {
		return this.jdbc.queryForObject(sql, Long.class, id.value());
	}

}
