package org.threefold.mail.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.threefold.mail.EmailStatus;
import org.threefold.mail.MailService;
import org.threefold.mail.OutboundEmailView;
import org.threefold.security.CurrentUser;
import org.threefold.security.Role;
import org.threefold.shared.IcsId;
import org.threefold.support.SignIn;
import org.threefold.ui.EmptyState;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The outbox screen with its service stubbed: what a leader reads and copies. */
class OutboxViewTest {

	private static final IcsId ICS = new IcsId(1);

	/** 09:30 UTC in July is 10:30 in London. */
	private static final OutboundEmailView KEPT = new OutboundEmailView(11, ICS, Instant.parse("2026-07-01T09:30:00Z"),
			"ann@partner.test", "Your survey invitation", "Your link: https://threefold.test/s/1 <b>not bold</b>",
			EmailStatus.OUTBOX, Optional.empty(), Optional.empty());

	private static final OutboundEmailView FAILED = new OutboundEmailView(12, ICS,
			Instant.parse("2026-12-01T09:30:00Z"), "bob@partner.test", "Reminder", "Please reply", EmailStatus.FAILED,
			Optional.of("Connection refused"), Optional.empty());

	private final MailService mail = mock(MailService.class);

	private final CurrentUser currentUser = mock(CurrentUser.class);

	@AfterEach
	void closeUi() {
		MockVaadin.tearDown();
	}

	@Test
	void a_leader_sees_when_to_whom_and_in_words_what_happened_to_each_email() {
		Grid<?> grid = open(Role.ICS_LEADER, List.of(KEPT, FAILED));

		assertThat(_get(H1.class).getText()).isEqualTo("Email outbox");
		assertThat(_getFormatted(grid, 0, "created")).isEqualTo("01/07/2026 10:30");
		assertThat(_getFormatted(grid, 1, "created")).isEqualTo("01/12/2026 09:30");
		assertThat(_getFormatted(grid, 0, "to")).isEqualTo("ann@partner.test");
		assertThat(_getFormatted(grid, 0, "status")).isEqualTo(EmailStatus.OUTBOX.label());
		verify(this.mail, never()).outboxForAdministrator();
	}

	@Test
	@SuppressWarnings("unchecked")
	void selecting_an_email_shows_its_text_as_plain_text_and_why_it_failed() {
		Grid<OutboundEmailView> grid = (Grid<OutboundEmailView>) open(Role.ICS_LEADER, List.of(KEPT, FAILED));

		grid.select(KEPT);
		TextArea body = _get(TextArea.class);
		assertThat(body.getValue()).isEqualTo(KEPT.body());
		assertThat(body.isReadOnly()).isTrue();

		grid.select(FAILED);
		Paragraph why = _get(Paragraph.class, (spec) -> spec.withText("Why it was not sent: Connection refused"));
		assertThat(why.isVisible()).isTrue();
	}

	@Test
	void an_administrator_sees_every_ics_and_an_empty_outbox_explains_itself() {
		when(this.mail.outboxForAdministrator()).thenReturn(List.of());
		when(this.currentUser.require()).thenReturn(SignIn.as(Role.ADMINISTRATOR, null, null));
		MockVaadin.setup();
		UI.getCurrent().add(new OutboxView(this.mail, this.currentUser));

		_get(EmptyState.class);
		_assertNone(Grid.class);
		verify(this.mail, never()).outbox();
	}

	private Grid<?> open(Role role, List<OutboundEmailView> emails) {
		when(this.mail.outbox()).thenReturn(emails);
		when(this.currentUser.require()).thenReturn(SignIn.as(role, ICS, null));
		MockVaadin.setup();
		UI.getCurrent().add(new OutboxView(this.mail, this.currentUser));
		return _get(Grid.class);
	}

}
