package org.threefold.admin.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.threefold.partner.IcsView;
import org.threefold.partner.PartnerView;
import org.threefold.partner.Sector;
import org.threefold.security.NewUserAccount;
import org.threefold.security.Role;
import org.threefold.shared.IcsId;
import org.threefold.shared.PartnerId;
import org.threefold.shared.ValidationException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The new-account form in a browserless UI: no Spring, partners come from a map. */
class NewUserFormTest {

	private static final IcsView NORTH_VALE = new IcsView(new IcsId(1), "NORTH-VALE", "North Vale ICS", null, false, 2);

	private static final IcsView SOUTH_DOWNS = new IcsView(new IcsId(2), "SOUTH-DOWNS", "South Downs ICS", null, false,
			1);

	private static final PartnerView RIVERSIDE_PHARMACY = aPartner(11, NORTH_VALE, "Riverside Pharmacy");

	private static final PartnerView VALE_COUNCIL = aPartner(12, NORTH_VALE, "Vale Council");

	private static final PartnerView DOWNS_HOSPICE = aPartner(21, SOUTH_DOWNS, "Downs Hospice");

	private static final Map<IcsId, List<PartnerView>> PARTNERS = Map.of(NORTH_VALE.id(),
			List.of(RIVERSIDE_PHARMACY, VALE_COUNCIL), SOUTH_DOWNS.id(), List.of(DOWNS_HOSPICE));

	private final List<NewUserAccount> saved = new ArrayList<>();

	private NewUserForm form;

	@BeforeEach
	void openForm() {
		MockVaadin.setup();
		this.form = new NewUserForm(List.of(NORTH_VALE, SOUTH_DOWNS), PARTNERS::get);
		this.form.addSaveListener((save) -> this.saved.add(save.request()));
		UI.getCurrent().add(this.form);
	}

	@AfterEach
	void closeUi() {
		MockVaadin.tearDown();
	}

	@Test
	void the_ics_and_partner_choices_stay_hidden_until_a_role_needs_them() {
		_assertNone(ComboBox.class, (spec) -> spec.withLabel("Partnership (ICS)"));
		_assertNone(ComboBox.class, (spec) -> spec.withLabel("Partner organisation"));

		_setValue(role(), Role.ADMINISTRATOR);
		_assertNone(ComboBox.class, (spec) -> spec.withLabel("Partnership (ICS)"));

		_setValue(role(), Role.FACILITATOR);
		_get(ComboBox.class, (spec) -> spec.withLabel("Partnership (ICS)"));
		_assertNone(ComboBox.class, (spec) -> spec.withLabel("Partner organisation"));
	}

	@Test
	void choosing_partner_lead_reveals_the_partners_of_the_chosen_ics_only() {
		_setValue(role(), Role.PARTNER_LEAD);
		_setValue(ics(), SOUTH_DOWNS);
		assertThat(getSuggestions(partner())).containsExactly("Downs Hospice");

		_setValue(ics(), NORTH_VALE);
		assertThat(getSuggestions(partner())).containsExactly("Riverside Pharmacy", "Vale Council");
	}

	@Test
	void saving_fires_an_event_carrying_what_was_typed() {
		_setValue(_get(TextField.class, (spec) -> spec.withLabel("Username")), "p.patel");
		_setValue(_get(TextField.class, (spec) -> spec.withLabel("Full name")), "Priya Patel");
		_setValue(_get(EmailField.class, (spec) -> spec.withLabel("Email (optional)")), "priya@example.org");
		_setValue(role(), Role.PARTNER_LEAD);
		_setValue(ics(), NORTH_VALE);
		_setValue(partner(), RIVERSIDE_PHARMACY);
		_setValue(_get(PasswordField.class, (spec) -> spec.withLabel("Password")), "three long words");

		_click(_get(Button.class, (spec) -> spec.withText("Add user")));

		assertThat(this.saved).containsExactly(new NewUserAccount("p.patel", "Priya Patel", "priya@example.org",
				"three long words", Role.PARTNER_LEAD, NORTH_VALE.id(), RIVERSIDE_PHARMACY.id()));
	}

	@Test
	void a_choice_the_role_does_not_use_is_left_out_of_the_request() {
		_setValue(role(), Role.PARTNER_LEAD);
		_setValue(ics(), NORTH_VALE);
		_setValue(partner(), VALE_COUNCIL);
		_setValue(role(), Role.ICS_LEADER);

		_click(_get(Button.class, (spec) -> spec.withText("Add user")));

		assertThat(this.saved).singleElement().satisfies((request) -> {
			assertThat(request.icsId()).isEqualTo(NORTH_VALE.id());
			assertThat(request.partnerId()).isNull();
		});
	}

	@Test
	void a_refusal_is_listed_in_the_form_and_save_works_again() {
		this.form.addSaveListener((save) -> {
			throw new ValidationException(List.of("The username \"p.patel\" is taken", "Role is required"));
		});

		_click(_get(Button.class, (spec) -> spec.withText("Add user")));

		FormProblems problems = _get(FormProblems.class);
		assertThat(problems.problems()).containsExactly("The username \"p.patel\" is taken", "Role is required");
		assertThat(_get(Button.class, (spec) -> spec.withText("Add user")).isEnabled()).isTrue();
	}

	@SuppressWarnings("unchecked")
	private static Select<Role> role() {
		return _get(Select.class, (spec) -> spec.withLabel("Role"));
	}

	@SuppressWarnings("unchecked")
	private static ComboBox<IcsView> ics() {
		return _get(ComboBox.class, (spec) -> spec.withLabel("Partnership (ICS)"));
	}

	@SuppressWarnings("unchecked")
	private static ComboBox<PartnerView> partner() {
		return _get(ComboBox.class, (spec) -> spec.withLabel("Partner organisation"));
	}

	private static PartnerView aPartner(long id, IcsView ics, String name) {
		return new PartnerView(new PartnerId(id), ics.id(), name, Sector.OTHER, null, null, null);
	}

}
