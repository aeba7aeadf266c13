package org.threefold.mail;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

import org.threefold.partner.IcsService;
import org.threefold.partner.IcsView;
import org.threefold.security.Role;
import org.threefold.security.SystemTask;
import org.threefold.support.SignIn;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default: no {@code spring.mail.host}, so no mail server. Emails are kept
 * in the outbox for the leader to pass on, and nothing fails.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:outbox-${random.uuid};DB_CLOSE_DELAY=-1",
		"threefold.demo.enabled=false" })
@ExtendWith(OutputCaptureExtension.class)
class OutboxModeTest {

	private static final String SECRET_LINK = "https://threefold.test/s/7c1d0b9e-single-use";

	@Autowired
	MailService mail;

	@Autowired
	IcsService icsService;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void without_a_mail_server_an_email_is_kept_in_the_outbox_with_its_link_and_nothing_is_thrown(
			CapturedOutput output) {
		IcsView ics = anIcs();

		OutboundEmail receipt = this.mail.send(new EmailMessage(ics.id(), "ann@partner.test", "Survey invitation",
				"Your personal link: " + SECRET_LINK));

		assertThat(this.mail.mailServerConfigured()).isFalse();
		assertThat(receipt.status()).isEqualTo(EmailStatus.OUTBOX);
		OutboundEmailView kept = outboxOf(ics).get(0);
		assertThat(kept.status()).isEqualTo(EmailStatus.OUTBOX);
		assertThat(kept.body()).contains(SECRET_LINK);
		assertThat(kept.error()).isEmpty();
		assertThat(kept.sentAt()).isEmpty();
		assertThat(output).contains("ann@partner.test", "Survey invitation").doesNotContain(SECRET_LINK);
	}

	@Test
	void an_email_of_a_rolled_back_transaction_is_neither_kept_nor_logged(CapturedOutput output) {
		IcsView ics = anIcs();

		this.transaction.executeWithoutResult((status) -> {
			this.mail.send(new EmailMessage(ics.id(), "rolled-back@partner.test", "Survey invitation", SECRET_LINK));
			status.setRollbackOnly();
		});

		assertThat(outboxOf(ics)).isEmpty();
		assertThat(output).doesNotContain("rolled-back@partner.test");
	}

	@Test
	void the_outbox_shows_the_newest_two_hundred_emails() {
		IcsView ics = anIcs();
		this.transaction.executeWithoutResult((status) -> {
			for (int i = 1; i <= 201; i++) {
				this.mail.send(new EmailMessage(ics.id(), "person" + i + "@partner.test", "Invitation " + i, "Hello"));
			}
		});

		List<OutboundEmailView> outbox = outboxOf(ics);

		assertThat(outbox).hasSize(200);
		assertThat(outbox.get(0).subject()).isEqualTo("Invitation 201");
		assertThat(outbox).extracting(OutboundEmailView::subject).doesNotContain("Invitation 1");
	}

	private IcsView anIcs() {
		String code = "O" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		return SystemTask.asAdministrator(() -> this.icsService.create(code, "Outbox ICS " + code, null, false));
	}

	private List<OutboundEmailView> outboxOf(IcsView ics) {
		return SignIn.run(SignIn.as(Role.ICS_LEADER, ics.id(), null), this.mail::outbox);
	}

}
