package org.threefold.admin.ui;

import java.util.List;
import java.util.Optional;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.threefold.admin.AccountAdministration;
import org.threefold.admin.UserRow;
import org.threefold.security.Role;
import org.threefold.shared.IcsId;
import org.threefold.shared.UserId;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireCancel;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The account list with its service stubbed: what it shows and what it asks first. */
class UsersAdminViewTest {

	private static final UserRow PRIYA = new UserRow(new UserId(7), "p.patel", "Priya Patel", null, Role.PARTNER_LEAD,
			Optional.of(new IcsId(1)), Optional.of("North Vale ICS"), Optional.of("Riverside Pharmacy"), true);

	private final AccountAdministration administration = mock(AccountAdministration.class);

	private Grid<UserRow> grid;

	@BeforeEach
	@SuppressWarnings("unchecked")
	void openView() {
		when(this.administration.users()).thenReturn(List.of(PRIYA));
		MockVaadin.setup();
		UI.getCurrent().add(new UsersAdminView(this.administration));
		this.grid = _get(Grid.class);
	}

	@AfterEach
	void closeUi() {
		MockVaadin.tearDown();
	}

	@Test
	void each_account_shows_its_ics_partner_and_status_in_words() {
		assertThat(_getFormatted(this.grid, 0, "role")).isEqualTo("Partner lead");
		assertThat(_getFormatted(this.grid, 0, "ics")).isEqualTo("North Vale ICS");
		assertThat(_getFormatted(this.grid, 0, "partner")).isEqualTo("Riverside Pharmacy");
		assertThat(_getFormatted(this.grid, 0, "status")).isEqualTo("Active");
	}

	@Test
	void disabling_an_account_waits_for_confirmation() {
		_click(_get(_getCellComponent(this.grid, 0, "actions"), Button.class, (spec) -> spec.withText("Disable")));

		verify(this.administration, never()).setEnabled(any(), anyBoolean());
		_fireConfirm(_get(ConfirmDialog.class));
		verify(this.administration).setEnabled(PRIYA.id(), false);
	}

	@Test
	void cancelling_the_confirmation_leaves_the_account_active() {
		_click(_get(_getCellComponent(this.grid, 0, "actions"), Button.class, (spec) -> spec.withText("Disable")));

		_fireCancel(_get(ConfirmDialog.class));

		verify(this.administration, never()).setEnabled(any(), anyBoolean());
	}

}
