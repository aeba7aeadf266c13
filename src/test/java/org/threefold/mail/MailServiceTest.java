package org.threefold.mail;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.security.Role;
import org.threefold.security.SystemTask;
import org.threefold.shared.ValidationException;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sending through a real SMTP server (GreenMail on {@code ServerSetupTest.SMTP}, port
 * 3025): what arrives, what is recorded, and what a rolled-back transaction or a mail
 * server that is down leaves behind.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:mail-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=false", "spring.mail.host=localhost", "spring.mail.port=3025",
		"threefold.mail.from=invitations@threefold.test" })
class MailServiceTest {

	@RegisterExtension
	static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String INVITATION = """
			Dear colleague,

			North Vale ICS invites you to the partnership readiness survey — it takes 15 minutes.
			Your personal link: https://threefold.test/s/3f9a1c7e

			Thank you.
			""";

	@Autowired
	MailService mail;

	@Autowired
	IcsService icsService;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void an_email_reaches_the_mail_server_with_its_subject_text_and_sender_and_is_recorded_as_sent() throws Exception {
		IcsView ics = anIcs();

		OutboundEmail receipt = this.mail
			.send(new EmailMessage(ics.id(), " priya.patel@riverside.test ", "Your survey invitation", INVITATION));

		assertThat(receipt.status()).isEqualTo(EmailStatus.QUEUED);
		assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage arrived = greenMail.getReceivedMessages()[0];
		assertThat(arrived.getSubject()).isEqualTo("Your survey invitation");
		assertThat(arrived.getFrom()[0].toString()).isEqualTo("invitations@threefold.test");
		assertThat(arrived.getAllRecipients()[0].toString()).isEqualTo("priya.patel@riverside.test");
		assertThat(arrived.getContentType()).startsWith("text/plain");
		// SMTP ends the message at its last line break; compare without the final one.
		assertThat(((String) arrived.getContent()).replace("\r\n", "\n").strip()).isEqualTo(INVITATION.strip());
		OutboundEmailView recorded = outboxOf(ics).get(0);
		assertThat(recorded.status()).isEqualTo(EmailStatus.SENT);
		assertThat(recorded.sentAt()).isPresent();
		assertThat(recorded.error()).isEmpty();
		assertThat(recorded.body()).isEqualTo(INVITATION);
	}

	@Test
	void nothing_leaves_before_the_callers_transaction_commits_and_its_emails_then_all_go() {
		IcsView ics = anIcs();

		this.transaction.executeWithoutResult((status) -> {
			for (String name : List.of("ann", "bob", "cat")) {
				this.mail.send(new EmailMessage(ics.id(), name + "@partner.test", "Survey for " + name, INVITATION));
			}
			assertThat(greenMail.getReceivedMessages()).isEmpty();
		});

		assertThat(greenMail.waitForIncomingEmail(5_000, 3)).isTrue();
		assertThat(outboxOf(ics)).extracting(OutboundEmailView::status)
			.containsExactly(EmailStatus.SENT, EmailStatus.SENT, EmailStatus.SENT);
	}

	@Test
	void an_email_sent_in_a_transaction_that_rolls_back_never_arrives_and_is_not_recorded() {
		IcsView ics = anIcs();

		this.transaction.executeWithoutResult((status) -> {
			this.mail.send(new EmailMessage(ics.id(), "ann@partner.test", "Survey invitation", INVITATION));
			status.setRollbackOnly();
		});

		assertThat(greenMail.waitForIncomingEmail(1_000, 1)).isFalse();
		assertThat(outboxOf(ics)).isEmpty();
	}

	@Test
	void a_mail_server_that_is_down_is_recorded_as_failed_with_the_reason_and_the_caller_carries_on() {
		IcsView ics = anIcs();
		greenMail.stop();

		OutboundEmail receipt = this.mail
			.send(new EmailMessage(ics.id(), "ann@partner.test", "Survey invitation", INVITATION));

		assertThat(receipt.status()).isEqualTo(EmailStatus.QUEUED);
		OutboundEmailView recorded = outboxOf(ics).get(0);
		assertThat(recorded.status()).isEqualTo(EmailStatus.FAILED);
		assertThat(recorded.error()).hasValueSatisfying((error) -> assertThat(error).containsIgnoringCase("connect"));
		assertThat(recorded.sentAt()).isEmpty();
	}

	@Test
	void an_address_that_does_not_look_right_is_refused_and_nothing_is_recorded() {
		IcsView ics = anIcs();
		String tooLong = "a".repeat(250) + "@nhs.net";

		for (String address : List.of("not-an-address", "ann@partner.test, bob@partner.test", "", tooLong)) {
			assertThatThrownBy(
					() -> this.mail.send(new EmailMessage(ics.id(), address, "Survey invitation", INVITATION)))
				.as(address)
				.isInstanceOf(ValidationException.class)
				.hasMessageContaining("address");
		}
		assertThatThrownBy(() -> this.mail
			.send(new EmailMessage(ics.id(), "ann@partner.test", "S".repeat(201), "x".repeat(20_001))))
			.isInstanceOf(ValidationException.class)
			.satisfies((ex) -> assertThat(((ValidationException) ex).problems()).hasSize(2));
		assertThatThrownBy(() -> this.mail.send(
				new EmailMessage(ics.id(), "ann@partner.test", "Invitation\r\nBcc: everyone@partner.test", INVITATION)))
			.isInstanceOf(ValidationException.class)
			.hasMessageContaining("single line");
		assertThat(outboxOf(ics)).isEmpty();
		assertThat(greenMail.getReceivedMessages()).isEmpty();
	}

	@Test
	void a_leader_sees_only_their_own_ics_outbox_newest_first() {
		IcsView north = anIcs();
		IcsView south = anIcs();
		this.mail.send(new EmailMessage(north.id(), "ann@north.test", "First invitation", INVITATION));
		this.mail.send(new EmailMessage(north.id(), "ann@north.test", "Reminder", INVITATION));
		this.mail.send(new EmailMessage(south.id(), "sam@south.test", "South invitation", INVITATION));

		assertThat(outboxOf(north)).extracting(OutboundEmailView::subject)
			.containsExactly("Reminder", "First invitation");
		assertThat(outboxOf(south)).extracting(OutboundEmailView::subject).containsExactly("South invitation");
		assertThat(SystemTask.asAdministrator(this.mail::outboxForAdministrator)).extracting(OutboundEmailView::subject)
			.contains("Reminder", "First invitation", "South invitation");
	}

	@Test
	void a_board_viewer_and_other_roles_are_refused_the_outbox() {
		IcsView ics = anIcs();
		for (Role role : new Role[] { Role.BOARD_VIEWER, Role.FACILITATOR, Role.PARTNER_LEAD }) {
			assertThatThrownBy(() -> SignIn.run(SignIn.as(role, ics.id(), null), this.mail::outbox)).as(role.label())
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(
				() -> SignIn.run(SignIn.as(Role.ICS_LEADER, ics.id(), null), this.mail::outboxForAdministrator))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> SystemTask.asAdministrator(this.mail::outbox))
			.isInstanceOf(AccessDeniedException.class);
	}

	private IcsView anIcs() {
		String code = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return SystemTask.asAdministrator(() -> this.icsService.create(code, "Mail ICS " + code, null, false));
	}

	private List<OutboundEmailView> outboxOf(IcsView ics) {
		return SignIn.run(SignIn.as(Role.ICS_LEADER, ics.id(), null), this.mail::outbox);
	}

}
